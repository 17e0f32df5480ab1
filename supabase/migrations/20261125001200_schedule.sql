-- =============================================================================
-- The schedule: one definition of what runs when. The local stack's scheduler reads
-- this table; on hosted Supabase install_cron_schedule() turns it into pg_cron jobs
-- (pg_net for function calls, the URL and secret read from Supabase Vault). Where
-- those extensions are absent the install is skipped cleanly.
-- =============================================================================

create table private.schedule (
  name text primary key check (name ~ '^hub-[a-z0-9-]+$'),
  -- pg_cron syntax: a cron expression, or '<n> seconds' (1-59)
  schedule text not null,
  kind text not null check (kind in ('function', 'sql')),
  -- function kind: the function path after /functions/v1/ ; sql kind: the statement
  target text not null,
  body jsonb not null default '{}',
  enabled boolean not null default true,
  description text not null
);
comment on table private.schedule is 'What runs when (health checks, webhook retries, maintenance); read by the local scheduler and by install_cron_schedule.';
alter table private.schedule enable row level security;

insert into private.schedule (name, schedule, kind, target, description) values
  ('hub-health-checks', '*/5 * * * *', 'function', 'health-monitor',
   'Health checks of every due connection (per-connection intervals are honoured by due_health_checks).'),
  ('hub-webhook-retries', '15 seconds', 'function', 'webhook-handler/_worker',
   'Processes stored webhook events and retries failed ones on their backoff schedule.'),
  ('hub-log-partitions', '0 3 * * *', 'sql', 'select public.ensure_log_partitions(3)',
   'Creates the coming months'' log partitions before rows need them.'),
  ('hub-health-history', '30 3 * * *', 'sql', 'select public.prune_health_history(interval ''30 days'')',
   'Keeps health history bounded.');

-- Creates (or re-creates) one pg_cron job per enabled schedule row. Returns how many
-- were scheduled; 0 with a notice when pg_cron, pg_net or Vault is not available.
create function private.install_cron_schedule() returns integer
language plpgsql volatile security definer set search_path = '' as $$
declare
  v_job record;
  v_command text;
  v_count integer := 0;
begin
  if not exists (select 1 from pg_catalog.pg_extension where extname = 'pg_cron')
     or not exists (select 1 from pg_catalog.pg_extension where extname = 'pg_net')
     or to_regclass('vault.decrypted_secrets') is null then
    raise notice 'pg_cron, pg_net or Vault is not installed: the schedule is not installed (the local stack runs it itself)';
    return 0;
  end if;
  for v_job in select * from private.schedule loop
    execute 'select cron.unschedule(jobid) from cron.job where jobname = $1' using v_job.name;
    continue when not v_job.enabled;
    if v_job.kind = 'sql' then
      v_command := v_job.target;
    else
      v_command := format(
        $cmd$select net.http_post(
          url := (select decrypted_secret from vault.decrypted_secrets where name = 'hub_functions_url') || %L,
          headers := jsonb_build_object('content-type', 'application/json',
            'x-scheduler-secret', (select decrypted_secret from vault.decrypted_secrets where name = 'hub_scheduler_secret')),
          body := %L::jsonb,
          timeout_milliseconds := 55000)$cmd$,
        '/' || v_job.target, v_job.body::text);
    end if;
    execute 'select cron.schedule($1, $2, $3)' using v_job.name, v_job.schedule, v_command;
    v_count := v_count + 1;
  end loop;
  return v_count;
end;
$$;
comment on function private.install_cron_schedule() is
  'Hosted Supabase: turns private.schedule into pg_cron jobs calling the functions through pg_net with the scheduler secret from Vault.';

select private.install_cron_schedule();
