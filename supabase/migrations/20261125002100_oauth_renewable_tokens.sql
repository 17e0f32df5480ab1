-- =============================================================================
-- OAuth: tokens that renew without a refresh token
-- =============================================================================
-- Instagram's long-lived token is renewed with itself, so "can be refreshed by the
-- scheduler" is no longer the same as "a refresh token was issued".
alter table public.oauth_token_status rename column has_refresh_token to renewable;
comment on column public.oauth_token_status.renewable is
  'True when the access token can be renewed without the user: a refresh token was issued, or (Instagram) the long-lived token renews itself. The scheduler refreshes only these.';

-- A token that cannot be renewed without the user (Facebook's long-lived token, about 60
-- days) warns the organization's admins a week before it runs out.
alter table public.notifications drop constraint notifications_kind_check;
alter table public.notifications add constraint notifications_kind_check
  check (kind in ('health_changed', 'rate_limit_crossed', 'webhook_dead_letter', 'token_refresh_failed', 'token_expiring',
                  'social_activity', 'order_event', 'payment_event', 'system'));
