import { HttpError } from '../http/errors.ts';
import type { SendOutcome } from '../outbound/send.ts';

/** The hub's answer when the provider gave none we can pass on. Messages never carry secrets. */
export function outcomeError(outcome: SendOutcome, budgetMs: number): HttpError {
  switch (outcome.kind) {
    case 'timeout':
      return new HttpError('provider_timeout', `The provider did not answer within ${Math.round(budgetMs / 1000)} s.`);
    case 'connection':
      return new HttpError('provider_failed', `The provider could not be reached (${outcome.detail}).`);
    case 'refused':
      return new HttpError('forbidden', `Refused by the upstream policy: ${outcome.detail}`);
    case 'credentials':
      return new HttpError('conflict', outcome.detail);
    case 'response':
      // Only a token endpoint failure arrives without a response (see sendOutbound).
      return outcome.httpStatus === 401 || outcome.httpStatus === 403
        ? new HttpError('provider_refused', `The provider's token endpoint refused the connection's credentials (HTTP ${outcome.httpStatus}).`)
        : new HttpError('provider_failed', `The provider's token endpoint answered HTTP ${outcome.httpStatus}.`);
  }
}
