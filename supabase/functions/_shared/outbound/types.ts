import type { Provider } from '../providers/provider.schema.ts';

/** Decrypted credential fields of a connection, keyed by the catalogue's field names. */
export type Secrets = Record<string, string>;

/** The parts of an integration_connections row the outbound layer reads. */
export interface OutboundConnection {
  environment: 'sandbox' | 'production';
  base_url_override: string | null;
  /** Non-secret per-connection settings (e.g. graph_api_version). */
  settings?: Record<string, unknown>;
}

/** A request on its way out; the body stays raw bytes so nothing re-serialises it by accident. */
export interface OutboundRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: Uint8Array | null;
}

/** Only the catalogue columns the outbound layer needs, so callers may pass partial rows. */
export type OutboundProvider = Pick<
  Provider,
  'slug' | 'auth_scheme' | 'credential_fields' | 'sandbox_base_url' | 'production_base_url' | 'health_check'
>;
