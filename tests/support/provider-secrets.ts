import type { ProviderSlug } from '../../supabase/functions/_shared/providers/provider.schema.ts';

/** Made-up credentials per provider, under the catalogue's field names. */
export const SECRETS: Record<ProviderSlug, Record<string, string>> = {
  stripe: { secret_key: 'sk_test_4eC39HqLyjWDarjtT1zdp7dc' },
  paypal: { client_id: 'AbPaypalClientId', client_secret: 'EFpaypal-secret-value' },
  network_international: { api_key: 'TkdlbmlLZXk6c2VjcmV0==', outlet_reference: '5edab6d7-5946-43f4-b8c7-06b29c272bdd' },
  telr: { store_id: '25798', auth_key: 'Telr-Auth-Key-9q' },
  aramex: {
    user_name: 'aramex-user@example.com', password: 'Aramex-Pass-1', account_number: '20016',
    account_pin: '331421', account_entity: 'DXB', account_country_code: 'AE', version: 'v1.0', source: '24',
  },
  dhl_express: { mydhl_username: 'dhl-api-user', mydhl_password: 'dhl-api-secret', account_number: '123456789' },
  fedex: { api_key: 'l7fedex-api-key', secret_key: 'fedex-secret-key-xyz', account_number: '740561073' },
  smsa: { api_key: 'smsa-api-key-123' },
  facebook: { page_id: '1001', access_token: 'EAAfacebook-page-token' },
  instagram: { access_token: 'IGQinstagram-user-token' },
  linkedin: { client_id: 'li-client', client_secret: 'li-client-secret', access_token: 'AQlinkedin-member-token', api_version: '202511' },
  tiktok: { client_key: 'tt-client-key', client_secret: 'tt-client-secret', access_token: 'act.tiktok-user-token' },
  mailchimp: { api_key: '0123456789abcdef0123456789abcdef-us19' },
  sendgrid: { api_key: 'SG.sendgrid-api-key.value' },
  twilio: { account_sid: 'AC0123456789abcdef0123456789abcdef', auth_token: 'twilio-auth-token-1' },
  whatsapp_business: { waba_id: '1029384756', phone_number_id: '1098765432', access_token: 'EAAwhatsapp-system-token' },
};

export const basic = (user: string, pass: string) => `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
