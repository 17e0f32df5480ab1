-- =============================================================================
-- Provider catalogue data: the 16 providers the hub can connect, with their protocol
-- facts (auth, base URLs, health check, webhook signing, documented rate limits).
-- Why: the setup wizard, api-proxy, health-monitor, rate-limiter and webhook-handler all
-- read these rows instead of hard-coding provider knowledge in each of them.
-- Every value comes from the shared provider reference (PROVIDERS.md). What it marks
-- UNCONFIRMED is recorded as a "note": "UNCONFIRMED ..." or left out, never guessed.
-- Re-runnable: upserts keyed on slug (providers) and provider_id (payment/shipping facts).
-- Placeholders kept as the docs write them: {dc} (Mailchimp data centre, from the API key
-- suffix), v{N}.0 (Graph API version), {account_sid} and {phone_number_id} (credential fields).
-- =============================================================================

-- =============================================================================
-- Providers
-- =============================================================================

insert into public.integration_providers (
  slug, name, category, description, auth_scheme, credential_fields,
  sandbox_base_url, production_base_url, health_check, webhook_signature, rate_limits, docs_url
) values

-- --- Payments ----------------------------------------------------------------

(
  'stripe', 'Stripe', 'payment',
  'Card payments in AED (integer fils). One host for both modes: the secret key (sk_test_ or sk_live_) selects test or live. Availability for a UAE-registered Stripe account is UNCONFIRMED.',
  'bearer',
  '[
    {"name": "secret_key", "label": "Secret key", "secret": true, "required": true,
     "pattern": "^(sk|rk)_(test|live)_[A-Za-z0-9]+$",
     "help": "A secret (sk_) or restricted (rk_) key from the Stripe Dashboard; an sk_test_ key selects test mode.",
     "placeholder": "sk_test_..."},
    {"name": "webhook_signing_secret", "label": "Webhook signing secret", "secret": true, "required": false,
     "pattern": "^whsec_\\S+$",
     "help": "Shown in the Stripe Dashboard on the webhook endpoint you create for this hub URL.",
     "placeholder": "whsec_..."},
    {"name": "publishable_key", "label": "Publishable key", "secret": false, "required": false,
     "pattern": "^pk_(test|live)_[A-Za-z0-9]+$",
     "help": "Only needed if the app renders Stripe Elements; listed next to the secret key in the Stripe Dashboard.",
     "placeholder": "pk_test_..."}
  ]'::jsonb,
  'https://api.stripe.com', 'https://api.stripe.com',
  '{"method": "GET", "path": "/v1/balance", "expect_status": [200],
    "note": "Read-only and needs the secret key; UNCONFIRMED as the cheapest call."}'::jsonb,
  '{"scheme": "stripe_v1", "header": "Stripe-Signature", "encoding": "hex",
    "signed_bytes": "t + \".\" + raw body, HMAC-SHA256 keyed by the whsec_ string as UTF-8; accept any v1, ignore v0",
    "tolerance_seconds": 300, "dedupe_key": "event.id (evt_...)"}'::jsonb,
  '[
    {"window": "second", "limit": 100, "scope": "live_read"},
    {"window": "second", "limit": 100, "scope": "live_write"},
    {"window": "second", "limit": 25, "scope": "test_read"},
    {"window": "second", "limit": 25, "scope": "test_write"},
    {"window": "second", "limit": 25, "scope": "per_endpoint", "note": "Default per individual endpoint (newer Stripe page)."},
    {"window": "second", "limit": 20, "scope": "search_read"},
    {"window": "second", "limit": 20, "scope": "files_read"},
    {"window": "second", "limit": 20, "scope": "files_write"},
    {"window": "hour", "limit": 1000, "scope": "per_payment_intent_update"}
  ]'::jsonb,
  'https://docs.stripe.com/api'
),

(
  'paypal', 'PayPal', 'payment',
  'PayPal Checkout orders. AED is NOT a PayPal currency: a UAE merchant must present prices in a supported currency such as USD.',
  'oauth2_client_credentials',
  '[
    {"name": "client_id", "label": "Client ID", "secret": false, "required": true,
     "help": "From your REST app on developer.paypal.com (sandbox and live apps have different IDs)."},
    {"name": "client_secret", "label": "Client secret", "secret": true, "required": true,
     "help": "Shown next to the client ID of the same REST app on developer.paypal.com."},
    {"name": "webhook_id", "label": "Webhook ID", "secret": false, "required": false,
     "help": "The ID PayPal gives the webhook you add for this hub URL in the REST app; signature checks need it."}
  ]'::jsonb,
  'https://api-m.sandbox.paypal.com', 'https://api-m.paypal.com',
  '{"method": "POST", "path": "/v1/oauth2/token", "body": {"grant_type": "client_credentials"}, "expect_status": [200],
    "note": "The token call itself: form-encoded body, Basic client_id:client_secret; moves no money. Cache the token (expires_in)."}'::jsonb,
  '{"scheme": "paypal_rsa_sha256", "header": "PAYPAL-TRANSMISSION-SIG", "encoding": "base64",
    "signed_bytes": "transmission_id|transmission_time|webhook_id|crc32(raw body) as unsigned decimal, RSA-SHA256 with the PAYPAL-CERT-URL certificate",
    "dedupe_key": "body id (WH-...)",
    "note": "Alternative: POST /v1/notifications/verify-webhook-signature. Tolerance UNCONFIRMED (transmission time is signed). Retries up to 25 times over 3 days."}'::jsonb,
  '[]'::jsonb,
  'https://developer.paypal.com/api/rest/'
),

(
  'network_international', 'Network International N-Genius', 'payment',
  'N-Genius Online card payments in AED (integer minor units). API key is exchanged for a 5-minute Bearer token. Webhooks are unsigned and delivered once without retries: reconcile by fetching the order.',
  'oauth2_client_credentials',
  '[
    {"name": "api_key", "label": "API key", "secret": true, "required": true,
     "help": "The service-account API key from the N-Genius portal, sent as-is after Basic to get an access token."},
    {"name": "outlet_reference", "label": "Outlet reference", "secret": false, "required": true,
     "pattern": "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
     "help": "The UUID of the outlet that takes the payments, from the N-Genius portal."},
    {"name": "webhook_header_key", "label": "Webhook header name", "secret": false, "required": false,
     "help": "The Header Key you set in the N-Genius portal under Settings, Integrations, Webhooks."},
    {"name": "webhook_header_value", "label": "Webhook header value", "secret": true, "required": false,
     "help": "The Header Value set on the same portal webhook; it is the only authenticity check N-Genius offers."}
  ]'::jsonb,
  'https://api-gateway.sandbox.ngenius-payments.com', 'https://api-gateway.ngenius-payments.com',
  '{"method": "POST", "path": "/identity/auth/access-token", "body": {"grant_type": "client_credentials"}, "expect_status": [200],
    "note": "The token call: Basic <API key>, Content-Type application/vnd.ni-identity.v1+json; newer docs add realm ni (UAT) or networkinternational (production)."}'::jsonb,
  '{"scheme": "static_header_secret",
    "dedupe_key": "UNCONFIRMED: order reference + event name",
    "note": "No signature: the header name and value are the ones chosen in the portal. A new webhook stays inactive until Network International white-lists it."}'::jsonb,
  '[]'::jsonb,
  'https://docs.ngenius-payments.com/'
),

(
  'telr', 'Telr', 'payment',
  'Telr Hosted Payment Page in AED (decimal major units). Same URL for test and live: test is selected with ivp_test=1; live requests only from pre-approved server IPs. ivp_cart must be unique (E56 Duplicate transaction).',
  'body_fields',
  '[
    {"name": "store_id", "label": "Store ID", "secret": false, "required": true,
     "help": "Your Telr store ID (sent as ivp_store), from Telr Merchant Admin."},
    {"name": "auth_key", "label": "Authentication key", "secret": true, "required": true,
     "help": "The Hosted Payment Page authentication key (sent as ivp_authkey), from Telr Merchant Admin."},
    {"name": "transaction_advice_secret", "label": "Transaction advice secret", "secret": true, "required": false,
     "help": "The secret set in Telr Merchant Admin under Transaction advice; it prefixes the tran_check hash."}
  ]'::jsonb,
  'https://secure.telr.com/gateway', 'https://secure.telr.com/gateway',
  '{"method": "POST", "path": "/order.json", "body": {"ivp_method": "check"}, "expect_status": [200],
    "note": "No ping endpoint: check needs a known order ref (field name UNCONFIRMED); success is an order object, failure an error object."}'::jsonb,
  '{"scheme": "telr_sha1_check", "encoding": "hex",
    "signed_bytes": "plain SHA-1 (not HMAC) of secret:tran_store:tran_type:tran_class:tran_test:tran_ref:tran_prevref:tran_firstref:tran_currency:tran_amount:tran_cartid:tran_desc:tran_status:tran_authcode:tran_authmessage, sent in form field tran_check",
    "dedupe_key": "tran_ref",
    "note": "UNCONFIRMED field list (consistent across third-party implementations, not read from Telr); no timestamp."}'::jsonb,
  '[]'::jsonb,
  'https://docs.telr.com/'
),

-- --- Shipping ----------------------------------------------------------------

(
  'aramex', 'Aramex', 'shipping',
  'Aramex Shipping Services API (shipments, labels, pickups, tracking, rates, locations) with JSON variants at /<Service>/Service_1_0.svc/json/<Operation>. No public webhook: tracking is polled with TrackShipments.',
  'client_info_body',
  '[
    {"name": "user_name", "label": "User name", "secret": false, "required": true,
     "help": "ClientInfo.UserName issued with your Aramex API account."},
    {"name": "password", "label": "Password", "secret": true, "required": true,
     "help": "ClientInfo.Password issued with your Aramex API account."},
    {"name": "account_number", "label": "Account number", "secret": false, "required": true,
     "help": "ClientInfo.AccountNumber: your Aramex customer account number."},
    {"name": "account_pin", "label": "Account PIN", "secret": true, "required": true,
     "help": "ClientInfo.AccountPin issued with your Aramex account."},
    {"name": "account_entity", "label": "Account entity", "secret": false, "required": true,
     "help": "ClientInfo.AccountEntity: the Aramex entity code of your account.", "placeholder": "DXB"},
    {"name": "account_country_code", "label": "Account country code", "secret": false, "required": true,
     "pattern": "^[A-Z]{2}$",
     "help": "ClientInfo.AccountCountryCode: ISO 3166 two-letter country of the account.", "placeholder": "AE"},
    {"name": "version", "label": "ClientInfo version", "secret": false, "required": true,
     "help": "ClientInfo.Version; the Aramex manual uses v1.0.", "placeholder": "v1.0"},
    {"name": "source", "label": "Source", "secret": false, "required": false,
     "help": "ClientInfo.Source, only if Aramex assigned you one."}
  ]'::jsonb,
  'https://ws.dev.aramex.net/ShippingAPI.V2', 'https://ws.aramex.net/ShippingAPI.V2',
  '{"method": "POST", "path": "/Location/Service_1_0.svc/json/FetchCountries", "body": {}, "expect_status": [200],
    "note": "Read-only; ClientInfo is added to the body. UNCONFIRMED as the officially recommended check."}'::jsonb,
  '{"scheme": "none",
    "dedupe_key": "WaybillNumber + UpdateCode + UpdateDateTime from TrackShipments",
    "note": "UNCONFIRMED: no public Aramex webhook or push API found; poll TrackShipments."}'::jsonb,
  '[]'::jsonb,
  null
),

(
  'dhl_express', 'DHL Express', 'shipping',
  'MyDHL API (rates, shipments and labels, pickups, tracking) with HTTP Basic. The separate Shipment Tracking - Unified API (https://api-eu.dhl.com/track/shipments, DHL-API-Key header, production only) and its Push API use another host; whether Push covers Express shipments is UNCONFIRMED.',
  'basic',
  '[
    {"name": "mydhl_username", "label": "MyDHL API username", "secret": false, "required": true,
     "help": "The MyDHL API key DHL issues for your Express account (the Basic username)."},
    {"name": "mydhl_password", "label": "MyDHL API password", "secret": true, "required": true,
     "help": "The MyDHL API secret DHL issues with that key (the Basic password)."},
    {"name": "account_number", "label": "Shipper account number", "secret": false, "required": true,
     "help": "Your DHL Express shipper account number, sent inside shipment and rate payloads."},
    {"name": "tracking_api_key", "label": "Tracking API key", "secret": true, "required": false,
     "help": "Consumer key of your Shipment Tracking - Unified app on developer.dhl.com (DHL-API-Key header)."},
    {"name": "push_header_name", "label": "Push header name", "secret": false, "required": false,
     "help": "The header name you choose when subscribing to the Tracking Push API."},
    {"name": "push_token", "label": "Push header token", "secret": true, "required": false,
     "help": "The token you choose for that header; DHL echoes it on each push instead of signing."}
  ]'::jsonb,
  'https://express.api.dhl.com/mydhlapi/test', 'https://express.api.dhl.com/mydhlapi',
  '{"method": "GET", "path": "/address-validate", "expect_status": [200],
    "note": "UNCONFIRMED: a third-party integration uses it to test MyDHL credentials; its query parameters are not recorded. The documented check is on the Tracking host: GET https://api-eu.dhl.com/track/shipments?trackingNumber=<known id> with DHL-API-Key (404 with a valid key still proves auth, 401 = bad key)."}'::jsonb,
  '{"scheme": "static_header_secret",
    "dedupe_key": "UNCONFIRMED",
    "note": "Tracking Push: no signature, only the header and token chosen at subscription. Express coverage UNCONFIRMED."}'::jsonb,
  '[
    {"window": "day", "limit": 250, "scope": "tracking_unified",
     "note": "Initial (Starter) level of the Tracking API; Standard is 2/s and 1,000/day. Quota resets 24:00 GMT."},
    {"window": "second", "limit": 1, "scope": "tracking_unified", "note": "Initial (Starter) level of the Tracking API."}
  ]'::jsonb,
  'https://developer.dhl.com'
),

(
  'fedex', 'FedEx', 'shipping',
  'FedEx APIs with OAuth client credentials (token valid 60 minutes). Shipment Visibility webhooks need a U.S. 9-digit billing account and a monthly fee per tracking number, a constraint for a UAE business.',
  'oauth2_client_credentials',
  '[
    {"name": "api_key", "label": "API key", "secret": false, "required": true,
     "help": "The API key (client_id) of your project on developer.fedex.com."},
    {"name": "secret_key", "label": "Secret key", "secret": true, "required": true,
     "help": "The secret key (client_secret) of the same project on developer.fedex.com."},
    {"name": "account_number", "label": "Shipping account number", "secret": false, "required": true,
     "help": "The FedEx shipping account number linked to the project."},
    {"name": "child_key", "label": "Child key", "secret": false, "required": false,
     "help": "Only for integrator (parent-child) projects: the customer child key."},
    {"name": "child_secret", "label": "Child secret", "secret": true, "required": false,
     "help": "Only for integrator (parent-child) projects: the customer child secret."},
    {"name": "webhook_security_token", "label": "Webhook security token", "secret": true, "required": false,
     "help": "The security token of your Shipment Visibility webhook project; it keys fdx-signature."}
  ]'::jsonb,
  'https://apis-sandbox.fedex.com', 'https://apis.fedex.com',
  '{"method": "POST", "path": "/oauth/token", "body": {"grant_type": "client_credentials"}, "expect_status": [200],
    "note": "The token call: form-encoded with client_id and client_secret."}'::jsonb,
  '{"scheme": "fedex_hmac_sha256_base64", "header": "fdx-signature", "encoding": "base64",
    "signed_bytes": "raw body, HMAC-SHA256 keyed by the security token",
    "dedupe_key": "none documented (third-party: hash of the body)",
    "note": "No timestamp; events may arrive out of order (use the scan time). Sender allowlist 20.65.16.22/31."}'::jsonb,
  -- FedEx documents 1,400 transactions per 10-second window per project and a per-organisation daily
  -- quota given only as an example: neither fits the window set, so nothing is recorded.
  '[]'::jsonb,
  'https://developer.fedex.com'
),

(
  'smsa', 'SMSA Express', 'shipping',
  'SMSA e-commerce REST API (B2C shipments, C2B returns, tracking, lookups) with an apikey header. Sources are third-party; the sandbox host is UNCONFIRMED.',
  'api_key_header',
  '[
    {"name": "api_key", "label": "API key", "secret": true, "required": true,
     "help": "The e-commerce API key SMSA issues to your account, sent in the apikey header."},
    {"name": "retail_id", "label": "SMSA retail ID", "secret": false, "required": false,
     "help": "Your SMSARetailID, only if SMSA assigned one."}
  ]'::jsonb,
  'https://ecomapis-sandbox.azurewebsites.net', 'https://ecomapis.smsaexpress.com',
  '{"method": "GET", "path": "/api/track/statuslookup", "expect_status": [200], "note": "Read-only."}'::jsonb,
  '{"scheme": "none",
    "dedupe_key": "AWB + scan code",
    "note": "UNCONFIRMED: push exists per a third party (manual setup with SMSA); header, signing and payload unknown."}'::jsonb,
  '[]'::jsonb,
  null
),

-- --- Social ------------------------------------------------------------------

(
  'facebook', 'Facebook', 'social',
  'Meta Graph API for Pages (posts, comments, Page webhooks). Replace v{N}.0 with the Graph API version the app targets.',
  'bearer',
  '[
    {"name": "app_id", "label": "App ID", "secret": false, "required": false,
     "help": "From the Meta App Dashboard; used with the app secret for debug_token."},
    {"name": "app_secret", "label": "App secret", "secret": true, "required": false,
     "help": "From the Meta App Dashboard basic settings; needed to verify webhooks."},
    {"name": "page_id", "label": "Page ID", "secret": false, "required": true,
     "help": "The ID of the Facebook Page this connection manages."},
    {"name": "access_token", "label": "Page access token", "secret": true, "required": true,
     "help": "A Page or system-user access token with the Page permissions the app was granted."},
    {"name": "webhook_verify_token", "label": "Webhook verify token", "secret": true, "required": false,
     "help": "Any string you choose; enter the same one in the App Dashboard Webhooks settings."}
  ]'::jsonb,
  'https://graph.facebook.com/v{N}.0', 'https://graph.facebook.com/v{N}.0',
  '{"method": "GET", "path": "/me?fields=id", "expect_status": [200],
    "note": "UNCONFIRMED as the cheapest call; alternative GET /debug_token?input_token=<token>&access_token=<app_id>|<app_secret>."}'::jsonb,
  '{"scheme": "hmac_sha256_hex_prefixed", "header": "X-Hub-Signature-256", "encoding": "hex",
    "signed_bytes": "raw body as received (Meta signs its escaped-unicode form), HMAC-SHA256 keyed by the App Secret",
    "handshake": "meta_hub_challenge",
    "dedupe_key": "none; compose from entry id, time and change ids (e.g. comment_id)"}'::jsonb,
  -- Meta reports usage percentages in X-App-Usage / X-Page-Usage headers; numeric limits are UNCONFIRMED.
  '[]'::jsonb,
  'https://developers.facebook.com/docs/graph-api'
),

(
  'instagram', 'Instagram', 'social',
  'Instagram API with Instagram Login (graph.instagram.com, Instagram User token). With Facebook Login the host is graph.facebook.com with a Facebook Page token instead. Webhooks need a live app and a public account.',
  'bearer',
  '[
    {"name": "app_id", "label": "App ID", "secret": false, "required": false,
     "help": "From the Meta App Dashboard of the app that has the Instagram product."},
    {"name": "app_secret", "label": "App secret", "secret": true, "required": false,
     "help": "From the Meta App Dashboard; needed to verify webhooks (which secret applies to Instagram Login apps is UNCONFIRMED)."},
    {"name": "instagram_account_id", "label": "Instagram account ID", "secret": false, "required": false,
     "help": "The professional account ID; leave empty to use /me."},
    {"name": "access_token", "label": "Instagram user access token", "secret": true, "required": true,
     "help": "An Instagram User access token with instagram_business_basic (and the comment permissions you need)."},
    {"name": "webhook_verify_token", "label": "Webhook verify token", "secret": true, "required": false,
     "help": "Any string you choose; enter the same one in the App Dashboard Webhooks settings."}
  ]'::jsonb,
  'https://graph.instagram.com', 'https://graph.instagram.com',
  '{"method": "GET", "path": "/me?fields=id,username", "expect_status": [200],
    "note": "UNCONFIRMED as a documented health check."}'::jsonb,
  '{"scheme": "hmac_sha256_hex_prefixed", "header": "X-Hub-Signature-256", "encoding": "hex",
    "signed_bytes": "raw body as received, HMAC-SHA256 keyed by the app secret",
    "handshake": "meta_hub_challenge",
    "dedupe_key": "comment id / media id in change value"}'::jsonb,
  -- Business Use Case limits apply; their numbers are UNCONFIRMED.
  '[]'::jsonb,
  'https://developers.facebook.com/documentation/instagram-platform'
),

(
  'linkedin', 'LinkedIn', 'social',
  'LinkedIn Marketing APIs: REST endpoints under /rest/ need LinkedIn-Version (YYYYMM) and X-Restli-Protocol-Version: 2.0.0; legacy endpoints under /v2/. Webhooks only for apps with an approved webhook use case.',
  'oauth2_authorization_code',
  '[
    {"name": "client_id", "label": "Client ID", "secret": false, "required": true,
     "help": "From the Auth tab of your app in the LinkedIn Developer Portal."},
    {"name": "client_secret", "label": "Client secret", "secret": true, "required": true,
     "help": "From the same Auth tab; it also keys webhook signatures and the challenge response."},
    {"name": "access_token", "label": "Member access token", "secret": true, "required": true,
     "help": "The member token from the OAuth 2.0 consent flow (lifetime 60 days per a third party, UNCONFIRMED)."},
    {"name": "refresh_token", "label": "Refresh token", "secret": true, "required": false,
     "help": "Returned by the consent flow only if LinkedIn granted refresh tokens to the app."},
    {"name": "organization_urn", "label": "Organization URN", "secret": false, "required": false,
     "pattern": "^urn:li:organization:\\S+$",
     "help": "The Page (organization) the connection manages.", "placeholder": "urn:li:organization:..."},
    {"name": "api_version", "label": "LinkedIn-Version", "secret": false, "required": true,
     "pattern": "^[0-9]{6}$",
     "help": "The YYYYMM API version sent in the LinkedIn-Version header on /rest/ calls.", "placeholder": "YYYYMM"}
  ]'::jsonb,
  null, 'https://api.linkedin.com',
  '{"method": "GET", "path": "/v2/userinfo", "expect_status": [200],
    "note": "UNCONFIRMED: OIDC userinfo (or an organization ACL lookup)."}'::jsonb,
  '{"scheme": "linkedin_hmac_sha256", "header": "X-LI-Signature", "encoding": "hex",
    "signed_bytes": "\"hmacsha256=\" + raw body, HMAC-SHA256 keyed by the client secret (literal doc reading)",
    "handshake": "linkedin_challenge_code",
    "dedupe_key": "notification ID in the payload",
    "note": "UNCONFIRMED: exact signed string and hex encoding; some implementations strip hmacsha256= from the header and sign the bare body. Test both against a real delivery."}'::jsonb,
  -- Daily limits per application and per member exist, but LinkedIn does not publish the numbers.
  '[]'::jsonb,
  'https://learn.microsoft.com/linkedin/'
),

(
  'tiktok', 'TikTok', 'social',
  'TikTok for Developers (Login Kit, Display, Content Posting): user access tokens live 24 h, refresh tokens 365 days. The TikTok API for Business is a different platform with its own auth and UNCONFIRMED webhook signing.',
  'oauth2_authorization_code',
  '[
    {"name": "client_key", "label": "Client key", "secret": false, "required": true,
     "help": "From your app in the TikTok Developer Portal."},
    {"name": "client_secret", "label": "Client secret", "secret": true, "required": true,
     "help": "From the same app in the Developer Portal; it also keys webhook signatures."},
    {"name": "access_token", "label": "User access token", "secret": true, "required": true,
     "help": "Returned by the OAuth flow (POST /v2/oauth/token/); valid 24 hours."},
    {"name": "refresh_token", "label": "Refresh token", "secret": true, "required": false,
     "help": "Returned with the access token; valid 365 days."}
  ]'::jsonb,
  null, 'https://open.tiktokapis.com',
  '{"method": "GET", "path": "/v2/user/info/?fields=open_id", "expect_status": [200],
    "note": "UNCONFIRMED as the recommended check."}'::jsonb,
  '{"scheme": "tiktok_hmac_sha256", "header": "TikTok-Signature", "encoding": "hex",
    "signed_bytes": "t + \".\" + raw body, HMAC-SHA256 keyed by the client secret (header t=..,s=..)",
    "dedupe_key": "none; compose event + user_openid + create_time + content",
    "note": "TikTok gives no tolerance number for t; choose one."}'::jsonb,
  '[
    {"window": "minute", "limit": 600, "scope": "per_endpoint",
     "note": "Default for /v2/user/info/, /v2/video/query/, /v2/video/list/; sliding window."}
  ]'::jsonb,
  'https://developers.tiktok.com'
),

-- --- Messaging ---------------------------------------------------------------

(
  'mailchimp', 'Mailchimp', 'messaging',
  'Mailchimp Marketing API (audiences). The host data centre {dc} is the suffix of the API key; no sandbox. Limited to 10 simultaneous connections per account, with no per-minute quota.',
  'basic',
  '[
    {"name": "api_key", "label": "API key", "secret": true, "required": true,
     "pattern": "^\\S+-[a-z]+[0-9]+$",
     "help": "From your Mailchimp account API keys; the part after the last dash (e.g. us19) is the data centre that picks the API host.",
     "placeholder": "...-us19"},
    {"name": "audience_id", "label": "Audience ID", "secret": false, "required": false,
     "help": "The audience (list) whose webhooks and members this connection uses."},
    {"name": "webhook_url_secret", "label": "Webhook URL secret", "secret": true, "required": false,
     "help": "An unguessable value put in the webhook URL query, since Mailchimp does not sign webhooks."}
  ]'::jsonb,
  null, 'https://{dc}.api.mailchimp.com/3.0',
  '{"method": "GET", "path": "/ping", "expect_status": [200],
    "note": "Documented health check; needs auth, returns health_status without account data."}'::jsonb,
  '{"scheme": "url_token",
    "handshake": "mailchimp_get",
    "dedupe_key": "none; form type + fired_at + data[id]",
    "note": "Form-encoded POSTs; Mailchimp sends a GET on save that must return 200."}'::jsonb,
  '[]'::jsonb,
  'https://mailchimp.com/developer/marketing/'
),

(
  'sendgrid', 'SendGrid', 'messaging',
  'Twilio SendGrid v3 e-mail API. EU regional subusers use https://api.eu.sendgrid.com. Limits vary per endpoint and are reported in X-RateLimit-* headers only.',
  'bearer',
  '[
    {"name": "api_key", "label": "API key", "secret": true, "required": true,
     "help": "A scoped API key created in SendGrid settings; it is shown only once."},
    {"name": "webhook_verification_key", "label": "Event Webhook verification key", "secret": false, "required": false,
     "help": "The public key (base64, P-256) SendGrid shows when you enable the Signed Event Webhook."},
    {"name": "webhook_id", "label": "Event Webhook ID", "secret": false, "required": false,
     "help": "The ID of the Event Webhook pointing at this hub, when the account has several."}
  ]'::jsonb,
  null, 'https://api.sendgrid.com/v3',
  '{"method": "GET", "path": "/scopes", "expect_status": [200],
    "note": "UNCONFIRMED: returns the key scopes."}'::jsonb,
  '{"scheme": "sendgrid_ecdsa_p256", "header": "X-Twilio-Email-Event-Webhook-Signature", "encoding": "base64",
    "signed_bytes": "X-Twilio-Email-Event-Webhook-Timestamp value + raw body, ECDSA P-256 / SHA-256 (DER signature)",
    "dedupe_key": "sg_event_id per event",
    "note": "No tolerance documented (third-party libraries use 300 s)."}'::jsonb,
  '[]'::jsonb,
  'https://www.twilio.com/docs/sendgrid'
),

(
  'twilio', 'Twilio', 'messaging',
  'Twilio Programmable Messaging. Basic auth with Account SID and Auth Token, or an API key SID and secret. REST limits are concurrency-based (error 20429, safe to retry); sender throughput is separate.',
  'basic',
  '[
    {"name": "account_sid", "label": "Account SID", "secret": false, "required": true,
     "help": "Shown on the Twilio Console dashboard."},
    {"name": "auth_token", "label": "Auth token", "secret": true, "required": true,
     "help": "Shown next to the Account SID in the Twilio Console; webhook validation needs it even when API keys are used."},
    {"name": "api_key_sid", "label": "API key SID", "secret": false, "required": false,
     "help": "Optional: an API key created in the Twilio Console, used instead of the Account SID as the Basic username."},
    {"name": "api_key_secret", "label": "API key secret", "secret": true, "required": false,
     "help": "The secret shown once when that API key is created."},
    {"name": "messaging_service_sid", "label": "Messaging Service SID", "secret": false, "required": false,
     "help": "The Messaging Service to send from, from the Twilio Console Messaging section."},
    {"name": "from_number", "label": "Sender number", "secret": false, "required": false,
     "pattern": "^\\+[1-9][0-9]{1,14}$",
     "help": "A Twilio phone number in E.164 form, if not sending through a Messaging Service.", "placeholder": "+971..."}
  ]'::jsonb,
  null, 'https://api.twilio.com/2010-04-01',
  '{"method": "GET", "path": "/Accounts/{account_sid}.json", "expect_status": [200],
    "note": "UNCONFIRMED as a documented health call."}'::jsonb,
  '{"scheme": "twilio_hmac_sha1", "header": "X-Twilio-Signature", "encoding": "base64",
    "signed_bytes": "full URL as configured + POST params sorted by name as name+value; JSON bodies: URL carries bodySHA256",
    "dedupe_key": "MessageSid + MessageStatus",
    "note": "If a Webhooks Rule matches, HMAC-SHA256 with the SharedKey named in X-Twilio-Webhooks-Signature-Settings. Test-credential sandbox UNCONFIRMED."}'::jsonb,
  '[]'::jsonb,
  'https://www.twilio.com/docs/messaging'
),

(
  'whatsapp_business', 'WhatsApp Business', 'messaging',
  'WhatsApp Business Cloud API on the Graph API (messages at /{phone_number_id}/messages). Testing uses the Meta test number from the App Dashboard on the same host. Replace v{N}.0 with the Graph API version the app targets.',
  'bearer',
  '[
    {"name": "waba_id", "label": "WhatsApp Business Account ID", "secret": false, "required": true,
     "help": "The WABA ID from the WhatsApp section of the Meta App Dashboard."},
    {"name": "phone_number_id", "label": "Phone number ID", "secret": false, "required": true,
     "help": "The ID of the business phone number (not the number itself), from the same WhatsApp section."},
    {"name": "access_token", "label": "System-user access token", "secret": true, "required": true,
     "help": "A system-user token from Meta Business settings for production (a temporary token works for testing)."},
    {"name": "app_secret", "label": "App secret", "secret": true, "required": false,
     "help": "From the Meta App Dashboard basic settings; needed to verify webhooks."},
    {"name": "webhook_verify_token", "label": "Webhook verify token", "secret": true, "required": false,
     "help": "Any string you choose; enter the same one in the WhatsApp webhook configuration."}
  ]'::jsonb,
  'https://graph.facebook.com/v{N}.0', 'https://graph.facebook.com/v{N}.0',
  '{"method": "GET", "path": "/{phone_number_id}?fields=display_phone_number,verified_name,quality_rating", "expect_status": [200],
    "note": "UNCONFIRMED as a documented health call."}'::jsonb,
  '{"scheme": "hmac_sha256_hex_prefixed", "header": "X-Hub-Signature-256", "encoding": "hex",
    "signed_bytes": "raw body as received, HMAC-SHA256 keyed by the App Secret",
    "handshake": "meta_hub_challenge",
    "dedupe_key": "message id (wamid...) for messages; status id + status for statuses"}'::jsonb,
  '[
    {"window": "second", "limit": 80, "scope": "per_business_number",
     "note": "Default messages/s, inbound and outbound; auto-upgrades to 1,000; 20 for numbers shared with the WhatsApp Business app; error 130429."}
  ]'::jsonb,
  'https://developers.facebook.com/docs/whatsapp/cloud-api'
)

on conflict (slug) do update set
  name = excluded.name,
  category = excluded.category,
  description = excluded.description,
  auth_scheme = excluded.auth_scheme,
  credential_fields = excluded.credential_fields,
  sandbox_base_url = excluded.sandbox_base_url,
  production_base_url = excluded.production_base_url,
  health_check = excluded.health_check,
  webhook_signature = excluded.webhook_signature,
  rate_limits = excluded.rate_limits,
  docs_url = excluded.docs_url,
  updated_at = now();

-- =============================================================================
-- Payment facts: AED support, amount encoding and idempotency per payment provider.
-- PayPal keeps its row with supports_aed = false so payments can refuse AED early.
-- =============================================================================

insert into public.payment_providers (
  provider_id, supports_aed, amount_format, min_amount_fils, idempotency_header, supported_currencies, supports_refunds
) values
  -- Minimum 200 fils comes from third-party copies of the Stripe minimum-charge table.
  ((select id from public.integration_providers where slug = 'stripe'),
   true, 'minor_units_integer', 200, 'Idempotency-Key', array['AED', 'USD', 'EUR', 'GBP'], true),
  ((select id from public.integration_providers where slug = 'paypal'),
   false, 'major_units_decimal_string', null, 'PayPal-Request-Id',
   array['AUD', 'CAD', 'CHF', 'CZK', 'DKK', 'EUR', 'GBP', 'HKD', 'HUF', 'ILS', 'JPY', 'MXN', 'NOK', 'NZD', 'PHP', 'PLN', 'SEK', 'SGD', 'THB', 'TWD', 'USD'],
   true),
  -- No idempotency header documented; merchantOrderReference identifies the order.
  ((select id from public.integration_providers where slug = 'network_international'),
   true, 'minor_units_integer', null, null, array['AED'], true),
  -- Idempotency comes from the unique ivp_cart body field, not a header.
  ((select id from public.integration_providers where slug = 'telr'),
   true, 'major_units_decimal_string', null, null, array['AED'], true)
on conflict (provider_id) do update set
  supports_aed = excluded.supports_aed,
  amount_format = excluded.amount_format,
  min_amount_fils = excluded.min_amount_fils,
  idempotency_header = excluded.idempotency_header,
  supported_currencies = excluded.supported_currencies,
  supports_refunds = excluded.supports_refunds;

-- =============================================================================
-- Shipping facts: push or poll, and what each courier API offers.
-- Only a confirmed, usable push counts as webhook tracking: DHL Push (Express coverage
-- UNCONFIRMED), SMSA push (unsigned, manual setup) and FedEx webhooks (U.S. billing
-- account and a fee) are not assumed, so all four are polled by default.
-- None of the sources gives a public tracking-page URL, so the templates stay null.
-- =============================================================================

insert into public.shipping_providers (
  provider_id, has_webhooks, tracking_mode, tracking_url_template, services
) values
  ((select id from public.integration_providers where slug = 'aramex'),
   false, 'poll', null, array['shipments', 'labels', 'pickups', 'tracking', 'rates', 'address_validation']),
  ((select id from public.integration_providers where slug = 'dhl_express'),
   false, 'poll', null, array['shipments', 'labels', 'pickups', 'tracking', 'rates']),
  ((select id from public.integration_providers where slug = 'fedex'),
   true, 'poll', null, array['shipments', 'shipment_visibility_webhook']),
  ((select id from public.integration_providers where slug = 'smsa'),
   false, 'poll', null, array['shipments', 'returns', 'tracking', 'invoices'])
on conflict (provider_id) do update set
  has_webhooks = excluded.has_webhooks,
  tracking_mode = excluded.tracking_mode,
  tracking_url_template = excluded.tracking_url_template,
  services = excluded.services;
