import { optionalSecret, requireSecret } from '../credentials.ts';
import { encodeJson, JSON_TYPE, readJsonObject } from '../body.ts';
import type { Secrets } from '../types.ts';
import type { AuthHandler } from './scheme.ts';

/** The Aramex manual's ClientInfo version when the connection does not set one. */
export const ARAMEX_CLIENT_INFO_VERSION = 'v1.0';

export function aramexClientInfo(secrets: Secrets): Record<string, string | number> {
  const info: Record<string, string | number> = {
    UserName: requireSecret(secrets, 'user_name'),
    Password: requireSecret(secrets, 'password'),
    Version: optionalSecret(secrets, 'version') ?? ARAMEX_CLIENT_INFO_VERSION,
    AccountNumber: requireSecret(secrets, 'account_number'),
    AccountPin: requireSecret(secrets, 'account_pin'),
    AccountEntity: requireSecret(secrets, 'account_entity'),
    AccountCountryCode: requireSecret(secrets, 'account_country_code'),
  };
  // Source is an int in the Aramex contract: send digits as a number, omit it when unset
  // (the WCF service then reads 0) rather than sending a null it cannot bind.
  const source = optionalSecret(secrets, 'source');
  if (source !== undefined) info.Source = /^[0-9]+$/.test(source.trim()) ? Number(source.trim()) : source;
  return info;
}

/** Aramex: a ClientInfo object inside every JSON body; JSON in and out. */
export const authorizeClientInfoBody: AuthHandler = (provider, secrets, request) => {
  if (provider.slug !== 'aramex') throw new Error(`No ClientInfo mapping for provider ${provider.slug}`);
  const body = { ...readJsonObject(request.body), ClientInfo: aramexClientInfo(secrets) };
  const headers = new Headers(request.headers);
  headers.set('content-type', JSON_TYPE);
  headers.set('accept', JSON_TYPE);
  return { ...request, headers, body: encodeJson(body) };
};
