import 'server-only';
import { z } from 'zod';
import type { Tx } from '@/lib/db/pool.server';
import {
  auditRowSchema,
  connectionDetailSchema,
  credentialHintSchema,
  healthCheckRowSchema,
  logRowSchema,
  type ConnectionDetail,
} from './connection-detail.schema';

// Everything the connection page reads, under the reader's RLS: other organizations'
// rows are simply absent, and the audit trail is empty for non-admins by policy.

const RECENT = 20;

export async function getConnectionDetail(tx: Tx, id: string): Promise<ConnectionDetail | null> {
  const [row] = await tx`
    select c.id, c.name, c.environment, c.status, c.status_reason, c.base_url_override, c.health_status,
           c.last_health_check_at, c.last_used_at, c.created_at, c.updated_at, c.created_by,
           p.slug as provider_slug, p.name as provider_name, p.category, p.auth_scheme, p.credential_fields, p.docs_url,
           private.has_org_role(c.organization_id, 'admin') as can_manage
      from public.integration_connections c join public.integration_providers p on p.id = c.provider_id
     where c.id = ${id}`;
  return row ? connectionDetailSchema.parse(row) : null;
}

export async function listCredentialHints(tx: Tx, id: string) {
  return z.array(credentialHintSchema).parse(await tx`select * from public.list_credential_hints(${id})`);
}

export async function listHealthHistory(tx: Tx, id: string) {
  const rows = await tx`
    select id, status, latency_ms, http_status, error_class, message, checked_at
      from public.integration_health where connection_id = ${id} order by checked_at desc, id desc limit ${RECENT}`;
  return z.array(healthCheckRowSchema).parse(rows);
}

export async function listRecentLogs(tx: Tx, id: string) {
  const rows = await tx`
    select id, log_type, method, path, status_code, duration_ms, error_code, created_at
      from public.integration_logs where connection_id = ${id} order by created_at desc, id desc limit ${RECENT}`;
  return z.array(logRowSchema).parse(rows);
}

export async function listCredentialAudit(tx: Tx, id: string) {
  const rows = await tx`
    select id, action, actor_type, actor_id, fields, purpose, host(ip) as ip, created_at
      from public.credential_audit_log where connection_id = ${id} order by created_at desc, id desc limit 50`;
  return z.array(auditRowSchema).parse(rows);
}
