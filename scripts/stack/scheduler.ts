import { Cron } from 'croner';
import postgres from 'postgres';
import type { StackConfig } from './config.ts';
import type { FunctionInfo } from './function-config.ts';

export interface ScheduleEntry {
  name: string;
  schedule: string;
  kind: 'function' | 'sql';
  target: string;
  body: Record<string, unknown>;
}

export interface Scheduler {
  entries: ScheduleEntry[];
  /** Runs one entry now, with its own body or `body` (tests use this). */
  runNow(name: string, body?: Record<string, unknown>): Promise<void>;
  stop(): Promise<void>;
}

/** pg_cron's '<n> seconds' form, or a 5-field cron expression, as a croner pattern. */
function timer(schedule: string, run: () => void): { stop(): void } {
  const seconds = /^(\d{1,2}) seconds?$/.exec(schedule.trim());
  if (seconds) {
    const t = setInterval(run, Number(seconds[1]) * 1000);
    return { stop: () => clearInterval(t) };
  }
  const job = new Cron(schedule, { timezone: 'UTC', protect: true }, run);
  return { stop: () => job.stop() };
}

/**
 * Stands in for pg_cron + pg_net locally: runs the enabled rows of private.schedule (the
 * same rows install_cron_schedule turns into pg_cron jobs on hosted Supabase). A run never
 * overlaps itself; entries whose function does not exist yet are skipped with a notice.
 */
export async function startScheduler(
  config: StackConfig,
  functions: FunctionInfo[],
  log: (line: string) => void,
  opts: { onSchedule?: boolean } = {},
): Promise<Scheduler> {
  const sql = postgres(config.dbUrl, { max: 1, onnotice: () => {} });
  const rows = await sql<ScheduleEntry[]>`select name, schedule, kind, target, body from private.schedule where enabled order by name`;
  const deployed = new Set(functions.map((f) => f.name));
  const entries = rows.filter((e) => {
    const fn = e.target.split('/')[0]!;
    if (e.kind === 'function' && !deployed.has(fn)) {
      log(`scheduler: "${e.name}" skipped until function ${fn} exists`);
      return false;
    }
    return true;
  });
  const running = new Set<string>();

  async function run(entry: ScheduleEntry, body = entry.body): Promise<void> {
    if (running.has(entry.name)) return;
    running.add(entry.name);
    try {
      if (entry.kind === 'sql') {
        await sql.unsafe(entry.target);
      } else {
        const res = await fetch(`${config.apiUrl}/functions/v1/${entry.target}`, {
          method: 'POST',
          headers: { 'x-scheduler-secret': config.SCHEDULER_SECRET, 'content-type': 'application/json' },
          body: JSON.stringify(body ?? {}),
          signal: AbortSignal.timeout(55_000),
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

  // onSchedule: false runs entries only when asked (runNow), so a test touches nobody else's data.
  const timers = opts.onSchedule === false ? [] : entries.map((entry) => timer(entry.schedule, () => void run(entry)));
  return {
    entries,
    async runNow(name, body) {
      const entry = entries.find((e) => e.name === name);
      if (!entry) throw new Error(`No active schedule entry named ${name}`);
      await run(entry, body ?? entry.body);
    },
    async stop() {
      for (const t of timers) t.stop();
      await sql.end({ timeout: 2 });
    },
  };
}
