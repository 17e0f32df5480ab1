import postgres from 'postgres';
import type { AdmissionChange } from './admission-leases.ts';
import { unrefTimer } from '../unref-timer.ts';

/** The channel migration 002400's triggers announce admission changes on. */
export const ADMISSION_CHANNEL = 'hub_admission';

/** How the listening session shows in pg_stat_activity. */
export const LISTENER_APPLICATION_NAME = 'hub-admission-listener';

/** What hears the announcements: AdmissionLeases. */
export interface AdmissionChangeListener {
  changed(change: AdmissionChange): void;
  setLive(live: boolean): void;
  readonly live: boolean;
}

export interface HearOptions {
  /** A session connection: LISTEN needs one (not a transaction pooler). */
  url: string;
  listener: AdmissionChangeListener;
  log: (message: string) => void;
  probeEveryMs?: number;
  probeTimeoutMs?: number;
  /** The first wait before listening again after a failure; it doubles up to maxRetryMs. */
  retryMs?: number;
  maxRetryMs?: number;
  /** How the listening session shows in pg_stat_activity. */
  applicationName?: string;
}

/**
 * Where to listen: PROXY_LISTEN_DB_URL, else the functions' database URL — on a Supabase
 * pooler's transaction port (6543), its session port (5432) instead, as LISTEN needs a
 * session. The probe proves it either way.
 */
export function listenUrl(env: Record<string, string | undefined>): string | undefined {
  if (env.PROXY_LISTEN_DB_URL) return env.PROXY_LISTEN_DB_URL;
  if (!env.SUPABASE_DB_URL) return undefined;
  const url = new URL(env.SUPABASE_DB_URL);
  if (url.port === '6543') url.port = '5432';
  return url.toString();
}

/** 'connection:<uuid>' / 'organization:<uuid>'; anything else drops everything (the safe reading). */
export function parseAdmissionChange(payload: string): AdmissionChange {
  const match = /^(connection|organization):([0-9a-f-]{36})$/.exec(payload);
  if (!match) return 'everything';
  return match[1] === 'connection' ? { connectionId: match[2]! } : { organizationId: match[2]! };
}

/**
 * Listens on hub_admission over its own connection and tells the listener what changed.
 * The listener is live only once a probe has come back on this connection, and again every
 * `probeEveryMs`; a closed connection or a lost probe makes it not live (every call admitted
 * on its own) until listening works again, tried after 1 s, then 2, 4 … up to 30 s.
 */
export function hearAdmissionChanges(opts: HearOptions): { close(): Promise<void> } {
  const { listener, log } = opts;
  const [probeEveryMs, probeTimeoutMs, firstRetryMs, maxRetryMs] =
    [opts.probeEveryMs ?? 15_000, opts.probeTimeoutMs ?? 2_000, opts.retryMs ?? 1_000, opts.maxRetryMs ?? 30_000];
  const probes = new Map<string, () => void>();
  let current: postgres.Sql | null = null;
  let closed = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let retryMs = firstRetryMs;

  /**
   * A NOTIFY sent over the listening session itself comes back to it only if that session
   * really listens (a transaction pooler would hand the two statements to different
   * server sessions); it needs nothing of the proxy's busy pool.
   */
  const probe = async (conn: postgres.Sql): Promise<boolean> => {
    const payload = `probe:${crypto.randomUUID()}`;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const heard = new Promise<boolean>((resolve) => {
      probes.set(payload, () => resolve(true));
      timer = setTimeout(() => resolve(false), probeTimeoutMs);
    });
    try {
      void conn`select pg_notify(${ADMISSION_CHANNEL}, ${payload})`.catch(() => {});
      return await heard;
    } finally {
      clearTimeout(timer);
      probes.delete(payload);
    }
  };

  const fail = (conn: postgres.Sql, why: string) => {
    if (current !== conn || closed) return;
    current = null;
    listener.setLive(false);
    log(`api-proxy: admission changes not heard (${why}); admitting every call on its own until they are (next try in ${retryMs} ms)`);
    void conn.end({ timeout: 0 }).catch(() => {});
    retry = setTimeout(session, retryMs);
    retryMs = Math.min(maxRetryMs, retryMs * 2);
  };

  async function session(): Promise<void> {
    if (closed) return;
    const onnotify = (channel: string, payload: string) => {
      if (channel !== ADMISSION_CHANNEL || current !== conn) return;
      const heard = probes.get(payload);
      if (heard) heard();
      else if (!payload.startsWith('probe:')) listener.changed(parseAdmissionChange(payload));
    };
    // onnotify is postgres.js's own hook for NOTIFY messages (what its listen() uses),
    // missing from its typings; a connection of our own lets a close be seen.
    const conn: postgres.Sql = postgres(opts.url, {
      max: 1, prepare: false, idle_timeout: 0, max_lifetime: 0, keep_alive: 10, fetch_types: false, onnotice: () => {},
      connection: { application_name: opts.applicationName ?? LISTENER_APPLICATION_NAME },
      onclose: () => fail(conn, 'connection closed'),
      ...({ onnotify } as object),
    });
    current = conn;
    try {
      await conn`listen hub_admission`;
      if (!(await probe(conn))) return fail(conn, 'probe not heard back');
      if (current !== conn) return;
      retryMs = firstRetryMs;
      listener.setLive(true);
    } catch (error) {
      fail(conn, error instanceof Error ? error.message : String(error));
    }
  }

  const heartbeat = setInterval(async () => {
    const conn = current;
    if (conn && listener.live && !(await probe(conn))) fail(conn, 'probe not heard back');
  }, probeEveryMs);
  unrefTimer(heartbeat);
  void session();

  return {
    async close() {
      closed = true;
      clearInterval(heartbeat);
      clearTimeout(retry);
      listener.setLive(false);
      const conn = current;
      current = null;
      await conn?.end({ timeout: 0 });
    },
  };
}
