/**
 * Local stand-in for Supabase's edge runtime: serves every function folder from one
 * Deno process. Each function's handler.ts exports createHandler(env), the same
 * factory its index.ts hands to Deno.serve when deployed, so both run one code path.
 * The gateway forwards /functions/v1/<name>/… here as /<name>/…, as hosted Supabase does.
 */
import { makeFrontDoor } from './front-door.ts';

type Handler = (req: Request) => Response | Promise<Response>;

const root = new URL('../', import.meta.url);
const handlers = new Map<string, Handler>();

// A function that fails to load answers 503 on its own path; the others keep serving,
// as separate deployments would on hosted Supabase.
for await (const entry of Deno.readDir(root)) {
  if (!entry.isDirectory || entry.name.startsWith('_') || entry.name.startsWith('.')) continue;
  try {
    const module = await import(new URL(`${entry.name}/handler.ts`, root).href);
    handlers.set(entry.name, module.createHandler(Deno.env.toObject()));
  } catch (err) {
    console.error(`function ${entry.name} failed to load: ${(err as Error).message}`);
    handlers.set(entry.name, () =>
      Response.json({ error: { code: 'unavailable', message: `Function ${entry.name} failed to load.` } }, { status: 503 }));
  }
}

// A local stand-in needs no graceful drain: stop at once when the stack stops.
for (const signal of ['SIGTERM', 'SIGINT'] as const) Deno.addSignalListener(signal, () => Deno.exit(0));

const port = Number(Deno.env.get('HUB_FUNCTIONS_PORT') ?? '54329');

Deno.serve({ hostname: '127.0.0.1', port, onListen: () => console.log(`functions ready: ${[...handlers.keys()].join(', ')}`) }, (req) => {
  const name = new URL(req.url).pathname.split('/')[1] ?? '';
  const handler = handlers.get(name);
  if (!handler) {
    return Response.json({ error: { code: 'not_found', message: `No function named "${name}".` } }, { status: 404 });
  }
  return handler(req);
});

// The API port's front door (/functions/v1 here, the rest to the Node auth gateway), when
// the stack runs one; tests that need only the functions leave it out.
const authUpstream = Deno.env.get('HUB_AUTH_UPSTREAM');
const apiPort = Number(Deno.env.get('HUB_API_PORT') ?? '0');
if (authUpstream && apiPort) {
  const frontDoor = makeFrontDoor({
    handlers,
    verifyJwt: new Set((Deno.env.get('HUB_VERIFY_JWT_FUNCTIONS') ?? '').split(',').filter(Boolean)),
    jwtSecret: Deno.env.get('SUPABASE_JWT_SECRET') ?? '',
    authUpstream,
  });
  Deno.serve({ hostname: '127.0.0.1', port: apiPort, onListen: () => console.log(`API gateway ready on ${apiPort}`) }, frontDoor);
}
