-- =============================================================================
-- OAuth: tokens that renew without a refresh token
-- =============================================================================
-- Instagram's long-lived token is renewed with itself, so "can be refreshed by the
-- scheduler" is no longer the same as "a refresh token was issued".
alter table public.oauth_token_status rename column has_refresh_token to renewable;
comment on column public.oauth_token_status.renewable is
  'True when the access token can be renewed without the user: a refresh token was issued, or (Instagram) the long-lived token renews itself. The scheduler refreshes only these.';
