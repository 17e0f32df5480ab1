import type { Sql } from '../db.ts';

/** How long before a non-renewable token runs out the admins are told to reconnect. */
export const EXPIRY_WARNING_DAYS = 7;

const dubaiDate = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Dubai', day: '2-digit', month: '2-digit', year: 'numeric' });

/**
 * Warns, once per grant, about active connections whose access token cannot be renewed
 * without the user (Facebook's long-lived token) and runs out within a week: a
 * `token_expiring` notification naming the day (DD/MM/YYYY, Asia/Dubai). Answers how many
 * were created.
 */
export async function warnAboutExpiringTokens(sql: Sql, now: Date): Promise<number> {
  const due = await sql`
    select s.connection_id, s.organization_id, s.access_token_expires_at, s.granted_at, c.name, p.name as provider_name
      from public.oauth_token_status s
      join public.integration_connections c on c.id = s.connection_id
      join public.integration_providers p on p.id = c.provider_id
     where c.status = 'active' and not s.renewable and s.access_token_expires_at is not null
       and s.access_token_expires_at < ${now}::timestamptz + make_interval(days => ${EXPIRY_WARNING_DAYS})
     limit 500`;
  let created = 0;
  for (const row of due) {
    const expiresAt = row.access_token_expires_at as Date;
    const day = dubaiDate.format(expiresAt);
    const past = expiresAt.getTime() <= now.getTime();
    const inserted = await sql`
      insert into public.notifications (organization_id, connection_id, kind, severity, title, body, dedupe_key)
      values (${row.organization_id}, ${row.connection_id}, 'token_expiring', ${past ? 'critical' : 'warning'},
              ${`${row.provider_name} connection "${row.name}" ${past ? 'expired on' : 'must be reconnected by'} ${day}`.slice(0, 200)},
              ${`${row.provider_name} does not let its access token be renewed without you. Open the connection and connect again to keep it working.`},
              ${`token_expiring:${row.connection_id}:${(row.granted_at as Date).getTime()}`})
      on conflict (organization_id, dedupe_key) do nothing
      returning id`;
    created += inserted.length;
  }
  return created;
}
