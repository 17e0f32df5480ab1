-- =============================================================================
-- Notification e-mail through the organization's own SendGrid connection
-- =============================================================================
-- An organization may have its notifications (of a chosen severity and up) e-mailed
-- through one of its SendGrid connections. Each notification to send gets one outbox row
-- (written by a trigger in the notification's own transaction, so none is lost); the
-- notification-mailer function sends due rows with retries and backoff.

create table public.notification_email_settings (
  organization_id uuid primary key references public.organizations (id) on delete cascade,
  enabled boolean not null default false,
  sendgrid_connection_id uuid references public.integration_connections (id) on delete set null,
  from_email text not null check (length(from_email) <= 254 and from_email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
  recipients text[] not null default '{}' check (cardinality(recipients) <= 20),
  min_severity text not null default 'critical' check (min_severity in ('warning', 'critical')),
  updated_at timestamptz not null default now(),
  updated_by uuid references auth.users (id) on delete set null,
  check (not enabled or (sendgrid_connection_id is not null and cardinality(recipients) > 0))
);
comment on table public.notification_email_settings is
  'Per organization: whether notifications of min_severity and up are e-mailed, through which of its SendGrid connections, from and to whom. Admins edit; members read.';

-- The SendGrid connection must be the organization's own; recipients are checked e-mail
-- addresses, lower-cased and without repeats.
create function private.guard_notification_email_settings() returns trigger
language plpgsql set search_path = '' as $$
begin
  if new.sendgrid_connection_id is not null and not exists (
    select 1 from public.integration_connections c join public.integration_providers p on p.id = c.provider_id
     where c.id = new.sendgrid_connection_id and c.organization_id = new.organization_id and p.slug = 'sendgrid'
  ) then
    raise exception 'the e-mail connection must be one of the organization''s SendGrid connections' using errcode = '23514';
  end if;
  if exists (select 1 from unnest(new.recipients) r where length(r) > 254 or r !~ '^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$') then
    raise exception 'every recipient must be an e-mail address' using errcode = '23514';
  end if;
  new.recipients := array(select distinct lower(trim(r)) from unnest(new.recipients) r order by 1);
  new.from_email := lower(trim(new.from_email));
  new.updated_at := now();
  new.updated_by := coalesce(auth.uid(), new.updated_by);
  return new;
end;
$$;
comment on function private.guard_notification_email_settings() is 'Trigger: the organization''s own SendGrid connection, valid and unique recipients, who changed it when.';
create trigger notification_email_settings_guard before insert or update on public.notification_email_settings
  for each row execute function private.guard_notification_email_settings();

alter table public.notification_email_settings enable row level security;
grant select, insert, update, delete on public.notification_email_settings to authenticated;
grant all on public.notification_email_settings to service_role;
create policy "members read e-mail settings" on public.notification_email_settings
  for select to authenticated using (organization_id in (select private.org_ids_with_role('viewer')));
create policy "admins write e-mail settings" on public.notification_email_settings
  for insert to authenticated with check (organization_id in (select private.org_ids_with_role('admin')));
create policy "admins change e-mail settings" on public.notification_email_settings
  for update to authenticated using (organization_id in (select private.org_ids_with_role('admin')))
  with check (organization_id in (select private.org_ids_with_role('admin')));
create policy "admins remove e-mail settings" on public.notification_email_settings
  for delete to authenticated using (organization_id in (select private.org_ids_with_role('admin')));

-- -----------------------------------------------------------------------------
-- Outbox
-- -----------------------------------------------------------------------------
create table public.notification_emails (
  id bigint generated always as identity primary key,
  notification_id uuid not null unique references public.notifications (id) on delete cascade,
  organization_id uuid not null references public.organizations (id) on delete cascade,
  status text not null default 'pending' check (status in ('pending', 'sent', 'failed')),
  attempts integer not null default 0 check (attempts >= 0),
  next_attempt_at timestamptz not null default now(),
  -- Safe to show: an HTTP status and our own words, never a provider body or a key.
  last_error text check (length(last_error) <= 300),
  sent_at timestamptz,
  created_at timestamptz not null default now()
);
comment on table public.notification_emails is
  'One row per notification to e-mail: pending until SendGrid accepts it (retried with backoff), then sent, or failed after 5 attempts. Members read; only the service role writes.';
create index notification_emails_due_idx on public.notification_emails (next_attempt_at) where status = 'pending';
create index notification_emails_org_idx on public.notification_emails (organization_id, created_at desc);

alter table public.notification_emails enable row level security;
grant select on public.notification_emails to authenticated;
grant all on public.notification_emails to service_role;
create policy "members read e-mail deliveries" on public.notification_emails
  for select to authenticated using (organization_id in (select private.org_ids_with_role('viewer')));

-- A notification of the organization's chosen severity and up is queued for e-mail in the
-- transaction that creates it.
create function private.queue_notification_email() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  insert into public.notification_emails (notification_id, organization_id)
  select new.id, new.organization_id
    from public.notification_email_settings s
   where s.organization_id = new.organization_id and s.enabled
     and (new.severity = 'critical' or (new.severity = 'warning' and s.min_severity = 'warning'));
  return null;
end;
$$;
comment on function private.queue_notification_email() is 'Trigger: queues a new notification for e-mail when its organization asked for that severity.';
create trigger notifications_queue_email after insert on public.notifications
  for each row execute function private.queue_notification_email();

-- Claims up to p_limit due e-mails (of one organization, if given) for one worker run. The claim pushes next_attempt_at
-- five minutes out, so rows of a worker that died are taken again later, never twice at once.
create function public.claim_notification_emails(p_limit integer default 50, p_organization_id uuid default null)
returns table (id bigint, attempts integer, organization_id uuid, sendgrid_connection_id uuid, sendgrid_status text, from_email text,
               recipients text[], severity text, title text, body text, connection_name text, created_at timestamptz)
language sql volatile security definer set search_path = '' as $$
  with due as (
    select e.id from public.notification_emails e
     where e.status = 'pending' and e.next_attempt_at <= now()
       and (p_organization_id is null or e.organization_id = p_organization_id)
     order by e.next_attempt_at
     limit least(greatest(p_limit, 1), 500)
     for update skip locked
  ), claimed as (
    update public.notification_emails e set attempts = e.attempts + 1, next_attempt_at = now() + interval '5 minutes'
      from due where e.id = due.id
    returning e.id, e.attempts, e.organization_id, e.notification_id
  )
  select c.id, c.attempts, c.organization_id, s.sendgrid_connection_id, sg.status::text, s.from_email, s.recipients,
         n.severity, n.title, n.body, ic.name, n.created_at
    from claimed c
    join public.notifications n on n.id = c.notification_id
    left join public.notification_email_settings s on s.organization_id = c.organization_id and s.enabled
    left join public.integration_connections sg on sg.id = s.sendgrid_connection_id
    left join public.integration_connections ic on ic.id = n.connection_id;
$$;
comment on function public.claim_notification_emails(integer, uuid) is 'Worker: takes due notification e-mails (skip locked) with what sending them needs. Service role only.';
grant execute on function public.claim_notification_emails(integer, uuid) to service_role;

-- Records a send: sent; or, after a retryable failure, the next try in 1, 5, 15, 60
-- minutes; failed for good after 5 attempts or a failure that a retry cannot fix.
create function public.finish_notification_email(p_id bigint, p_sent boolean, p_error text default null, p_retry boolean default true)
returns void
language sql volatile security definer set search_path = '' as $$
  update public.notification_emails e set
    status = case when p_sent then 'sent' when not p_retry or e.attempts >= 5 then 'failed' else 'pending' end,
    sent_at = case when p_sent then now() end,
    last_error = case when p_sent then null else left(p_error, 300) end,
    next_attempt_at = case when p_sent or not p_retry or e.attempts >= 5 then e.next_attempt_at
                           else now() + (array[interval '1 minute', interval '5 minutes', interval '15 minutes', interval '60 minutes'])[least(e.attempts, 4)] end
   where e.id = p_id;
$$;
comment on function public.finish_notification_email(bigint, boolean, text, boolean) is 'Worker: records the outcome of one notification e-mail. Service role only.';
grant execute on function public.finish_notification_email(bigint, boolean, text, boolean) to service_role;

insert into private.schedule (name, schedule, kind, target, description) values
  ('hub-notification-emails', '30 seconds', 'function', 'notification-mailer',
   'E-mails queued notifications through each organization''s SendGrid connection, retrying with backoff.')
on conflict (name) do nothing;

select private.install_cron_schedule();
