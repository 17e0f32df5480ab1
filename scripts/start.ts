import { loadStackConfig } from './stack/config.ts';
import { DEMO_ADMIN } from './stack/demo.ts';
import { startStack } from './stack/stack.ts';

/** `npm start` / `npm run dev`: the whole local stack, until Ctrl-C. */
const dev = process.argv.includes('--dev');
const started = Date.now();
const config = loadStackConfig();

try {
  const stack = await startStack(config, { dev });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`
Integrations Hub is ready (${seconds} s)${dev ? ' — dev mode, hot reload on' : ''}

  Dashboard        ${config.dashboardUrl}/integrations
  API gateway      ${config.apiUrl}  (/auth/v1, /functions/v1/<name>)
  Postgres         ${config.embedded ? `${config.dbUrl}  (embedded, data in ${config.HUB_DATA_DIR})` : 'SUPABASE_DB_URL'}
  anon key         ${config.SUPABASE_ANON_KEY}
  service_role key ${config.SUPABASE_SERVICE_ROLE_KEY}

  Demo login       ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}

Press Ctrl-C to stop.`);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping…`);
    stack.stop().then(() => process.exit(0), () => process.exit(1));
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => shutdown(signal));
} catch (err) {
  console.error(`\nThe local stack could not start: ${(err as Error).message}`);
  process.exit(1);
}
