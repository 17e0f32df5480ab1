// GET /webhook-handler/<endpoint_id>: the subscription checks providers make before they
// send anything (Meta hub.challenge, LinkedIn challengeCode, Mailchimp's validation GET).
import { errorResponse } from '../_shared/http/errors.ts';
import { withTimeout } from '../_shared/webhook-processing/db-errors.ts';
import { linkedinHandshake, mailchimpHandshake, metaHandshake, type HandshakeResponse } from '../_shared/webhooks/verify.ts';
import type { Database } from './database.ts';
import type { EndpointConfig } from './endpoint-config.ts';
import { dbFailureResponse } from './intake.ts';

export interface HandshakeDeps {
  db: Database;
  endpoint: (id: string) => Promise<EndpointConfig | null>;
  dbTimeoutMs: number;
}

function answer(endpoint: EndpointConfig, url: URL): Promise<HandshakeResponse | null> | HandshakeResponse | null {
  switch (endpoint.signature.handshake) {
    case 'meta_hub_challenge':
      return metaHandshake(url, endpoint.verifyToken ?? '');
    case 'linkedin_challenge_code':
      return linkedinHandshake(url, endpoint.clientSecret ?? '');
    case 'mailchimp_get':
      return mailchimpHandshake();
    default:
      return null;
  }
}

export function makeHandshake(deps: HandshakeDeps) {
  return async (req: Request, endpointId: string): Promise<Response> => {
    let endpoint: EndpointConfig | null;
    try {
      endpoint = await withTimeout(deps.endpoint(endpointId), deps.dbTimeoutMs);
    } catch (err) {
      return dbFailureResponse(deps.db, err);
    }
    if (!endpoint) return errorResponse('not_found', 'No such webhook endpoint.');
    if (!endpoint.isActive) return errorResponse('gone', 'This webhook endpoint is disabled.');
    const result = await answer(endpoint, new URL(req.url));
    if (!result) return errorResponse('method_not_allowed', 'This provider sends no GET handshake; use POST.', { allow: 'POST' });
    return new Response(req.method === 'HEAD' ? null : result.body, {
      status: result.status,
      headers: { 'content-type': `${result.contentType}; charset=utf-8`, 'cache-control': 'no-store' },
    });
  };
}
