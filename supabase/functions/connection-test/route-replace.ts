import { loadConnectionForAdmin } from './access.ts';
import { asCaller } from './caller-tx.ts';
import { parseCredentials } from './prepare-input.ts';
import { ReplaceBody } from './request-bodies.ts';
import type { RouteContext } from './route-context.ts';
import { storeSecrets } from './route-create.ts';

/**
 * POST /connection-test/credentials → 200 {hints}: replaces (or first sets) the named
 * fields of an existing connection, each validated against the provider's own field, all
 * in one transaction. Only hints come back; the old values are never read.
 */
export async function handleReplace(ctx: RouteContext, raw: unknown): Promise<Response> {
  const body = ReplaceBody.parse(raw);
  const keys = ctx.keys();
  const hints = await asCaller(ctx.sql, ctx.claims, ctx.ip, async (tx) => {
    const connection = await loadConnectionForAdmin(tx, body.connection_id);
    const secrets = parseCredentials(connection.provider, body.credentials, Object.keys(body.credentials));
    return storeSecrets(tx, keys, connection.id, secrets);
  });
  return Response.json({ hints });
}
