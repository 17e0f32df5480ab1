import type { Provider } from './provider.schema.ts';

/** The values of a connection's secret fields (as the provider's catalogue marks them): what logs redact. */
export function secretValues(provider: Pick<Provider, 'credential_fields'>, secrets: Record<string, string>): string[] {
  const secretFields = new Set(provider.credential_fields.filter((f) => f.secret).map((f) => f.name));
  return Object.entries(secrets).filter(([field]) => secretFields.has(field)).map(([, value]) => value);
}
