-- Local demo data only (the local stack seeds only databases on this machine).
-- An organization in Dubai with an admin and a viewer, and a few connections.
-- The demo logins are printed by `npm start` (scripts/stack/demo.ts).

insert into auth.users (
  instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
  raw_app_meta_data, raw_user_meta_data, created_at, updated_at,
  confirmation_token, recovery_token, email_change_token_new, email_change
) values
  ('00000000-0000-0000-0000-000000000000', 'a0000000-0000-4000-8000-000000000001', 'authenticated', 'authenticated',
   'admin@alkhayyat.ae', extensions.crypt('Khayyat-Demo-2026', extensions.gen_salt('bf', 10)), now(),
   '{"provider":"email","providers":["email"]}', '{"full_name":"Mariam Al Khayyat"}', now(), now(), '', '', '', ''),
  ('00000000-0000-0000-0000-000000000000', 'a0000000-0000-4000-8000-000000000002', 'authenticated', 'authenticated',
   'viewer@alkhayyat.ae', extensions.crypt('Khayyat-Viewer-2026', extensions.gen_salt('bf', 10)), now(),
   '{"provider":"email","providers":["email"]}', '{"full_name":"Omar Haddad"}', now(), now(), '', '', '', '')
on conflict (id) do nothing;

insert into public.organizations (id, name, slug)
values ('b0000000-0000-4000-8000-000000000001', 'Al Khayyat Tailoring', 'al-khayyat')
on conflict (id) do nothing;

insert into public.organization_members (organization_id, user_id, role) values
  ('b0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', 'super_admin'),
  ('b0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000002', 'viewer')
on conflict do nothing;

insert into public.integration_connections (id, organization_id, provider_id, name, environment, status, health_status, last_health_check_at)
select v.id::uuid, 'b0000000-0000-4000-8000-000000000001', p.id, v.name, v.environment::public.connection_environment,
       v.status::public.connection_status, v.health::public.health_status, v.checked::timestamptz
from (values
  ('c0000000-0000-4000-8000-000000000001', 'stripe', 'Stripe (online shop)', 'sandbox', 'active', 'healthy', '2026-11-25 08:15:00+00'),
  ('c0000000-0000-4000-8000-000000000002', 'network_international', 'N-Genius (boutique POS)', 'sandbox', 'active', 'degraded', '2026-11-25 08:15:00+00'),
  ('c0000000-0000-4000-8000-000000000003', 'aramex', 'Aramex deliveries', 'sandbox', 'pending', 'unknown', null),
  ('c0000000-0000-4000-8000-000000000004', 'instagram', 'Instagram @alkhayyat', 'production', 'error', 'down', '2026-11-25 08:10:00+00'),
  ('c0000000-0000-4000-8000-000000000005', 'whatsapp_business', 'WhatsApp order updates', 'production', 'active', 'healthy', '2026-11-25 08:15:00+00')
) as v(id, slug, name, environment, status, health, checked)
join public.integration_providers p on p.slug = v.slug
on conflict (id) do nothing;
