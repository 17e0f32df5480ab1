-- =============================================================================
-- Webhook worker: an optional organization scope
-- =============================================================================
-- A worker run may be narrowed to one organization's events (support, and tests that must
-- not process each other's events); the schedule runs it for all.
drop function public.claim_webhook_events(integer);
create function public.claim_webhook_events(p_limit integer default 50, p_organization_id uuid default null)
returns setof public.webhook_events
language sql volatile security definer set search_path = '' as $$
  update public.webhook_events w
     set status = 'processing', attempts = w.attempts + 1, next_attempt_at = now() + interval '5 minutes'
    from (select id from public.webhook_events
          where status in ('received', 'failed') and next_attempt_at <= now()
            and (p_organization_id is null or organization_id = p_organization_id)
          order by next_attempt_at limit greatest(p_limit, 0) for update skip locked) due
   where w.id = due.id
  returning w.*;
$$;
comment on function public.claim_webhook_events(integer, uuid) is
  'Claims due events (of one organization, if given) for one worker (SKIP LOCKED); a claimed event that is never completed becomes due again after 5 minutes.';
grant execute on function public.claim_webhook_events(integer, uuid) to service_role;
