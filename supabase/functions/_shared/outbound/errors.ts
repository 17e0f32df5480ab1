import { HttpError } from '../http/errors.ts';

// Typed failures of the outbound layer. They extend HttpError so the API boundary can
// answer with their safe message as-is; `reason` is the stable machine-readable cause.
// No message ever carries a credential value, a resolved IP address, or a response body.

export type OutboundFailure =
  | 'upstream_refused'
  | 'credentials_missing'
  | 'credentials_invalid'
  | 'credentials_expired'
  | 'token_request_failed';

export abstract class OutboundError extends HttpError {
  abstract readonly reason: OutboundFailure;
}

/** The upstream URL failed the SSRF rules (scheme, host allowlist, address class). */
export class UpstreamRefused extends OutboundError {
  readonly reason = 'upstream_refused';
  constructor(message: string) {
    super('forbidden', message);
    this.name = 'UpstreamRefused';
  }
}

/** A required credential field is empty; names the field, never a value. */
export class CredentialsMissing extends OutboundError {
  readonly reason = 'credentials_missing';
  constructor(readonly field: string) {
    super('conflict', `The connection has no value for the credential "${field}".`);
    this.name = 'CredentialsMissing';
  }
}

/** A credential cannot be sent as given (e.g. a line break in a header value). */
export class CredentialsInvalid extends OutboundError {
  readonly reason = 'credentials_invalid';
  constructor(readonly field: string, why: string) {
    super('conflict', `The credential "${field}" ${why}.`);
    this.name = 'CredentialsInvalid';
  }
}

/** The stored user token is past its expiry; refreshing it is the OAuth flow's job. */
export class CredentialsExpired extends OutboundError {
  readonly reason = 'credentials_expired';
  constructor(readonly expiredAt: Date) {
    super('conflict', `The stored access token expired at ${expiredAt.toISOString()}; reconnect or refresh it.`);
    this.name = 'CredentialsExpired';
  }
}

/** The provider's token endpoint did not hand out a token. */
export class TokenRequestFailed extends OutboundError {
  readonly reason = 'token_request_failed';
  constructor(readonly upstreamStatus: number | null) {
    super(
      upstreamStatus === 401 || upstreamStatus === 403 ? 'provider_refused' : 'provider_failed',
      upstreamStatus === null
        ? 'The provider token endpoint returned no usable access token.'
        : `The provider token endpoint answered HTTP ${upstreamStatus}.`,
    );
    this.name = 'TokenRequestFailed';
  }
}
