import postgres from 'postgres';
import { SCHEDULE, type ScheduleEntry } from '../../supabase/functions/_shared/schedule.ts';
import type { StackConfig } from './config.ts';
import type { FunctionInfo } from './function-config.ts';

export interface Scheduler {
  /** Runs one entry now (tests and the dashboard's "run now" use this). */
  runNow(name: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Stands in for pg_cron + pg_net locally. Each entry runs on its interval, never overlapping
 * itself; entries whose function is not deployed are skipped with one notice.
 */
export function startScheduler(
  config: StackConfig,
  functions: FunctionInfo[],
  log: (line: string) => void,
  entries: readonly ScheduleEntry[] = SCHEDULE,
): Scheduler {
  const sql = postgres(config.dbUrl, { max: 1, onnotice: () => {} });
  const deployed = new Set(functions.map((f) => f.name));
  const running = new Set<string>();
  const timers: NodeJS.Timeout[] = [];

  const active = entries.filter((e) => {
    if (e.kind === 'function' && !deployed.has(e.fn)) {
      log(`scheduler: "${e.name}" skipped until function ${e.fn} exists`);
      return false;
    }
    return true;
  });

  async function run(entry: ScheduleEntry): Promise<void> {
    if (running.has(entry.name)) return;
    running.add(entry.name);
    try {
      if (entry.kind === 'sql') {
        await sql.unsafe(entry.sql);
      } else {
        const res = await fetch(`${config.apiUrl}/functions/v1/${entry.fn}${entry.path ?? ''}`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${config.SUPABASE_SERVICE_ROLE_KEY}`,
            'x-scheduler-secret': config.SCHEDULER_SECRET,
            'content-type': 'application/json',
          },
          body: JSON.stringify(entry.body ?? {}),
          signal: AbortSignal.timeout(entry.everySeconds * 1000),
        });
        await res.body?.cancel();
        if (!res.ok) log(`scheduler: ${entry.name} answered ${res.status}`);
      }
    } catch (err) {
      log(`scheduler: ${entry.name} failed: ${(err as Error).message}`);
    } finally {
      running.delete(entry.name);
    }
  }

  for (const entry of active) timers.push(setInterval(() => void run(entry), entry.everySeconds * 1000));

  return {
    async runNow(name) {
      const entry = active.find((e) => e.name === name);
      if (!entry) throw new Error(`No active schedule entry named ${name}`);
      await run(entry);
    },
    async stop() {
      for (const t of timers) clearInterval(t);
      await sql.end({ timeout: 2 });
    },
  };
}
