/**
 * The floor for the proxy benchmark: a bare pass-through in the same Deno runtime (Deno.serve
 * plus one fetch, nothing else: no auth, limit, credentials or log). What the api-proxy adds
 * beyond this is the proxy's own work; up to this is the runtime's.
 */
const upstream = Deno.args[0]!;
Deno.serve({ hostname: '127.0.0.1', port: 0, onListen: ({ port }) => console.log(`http://127.0.0.1:${port}`) }, async (req) => {
  const url = new URL(req.url);
  const res = await fetch(`${upstream}${url.pathname}${url.search}`);
  return new Response(await res.arrayBuffer(), { status: res.status, headers: { 'content-type': res.headers.get('content-type') ?? 'application/json' } });
});
