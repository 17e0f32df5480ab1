import { spawn, type ChildProcess } from 'node:child_process';

export interface ManagedProcess {
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Spawns a long-running part of the stack in its own process group, forwarding its output
 * with a prefix, and stops it (group-wide, TERM then KILL) on request.
 */
export function startProcess(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string | undefined>; log: (line: string) => void },
): ManagedProcess {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env as NodeJS.ProcessEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const forward = (data: Buffer) => {
    for (const line of data.toString().split('\n')) if (line.trim()) options.log(`${name}: ${line}`);
  };
  child.stdout?.on('data', forward);
  child.stderr?.on('data', forward);
  return {
    child,
    async stop() {
      if (child.pid === undefined) return;
      // Signal the whole group and wait until none of it is left: wrappers such as
      // node_modules/.bin/deno exit before the program they started.
      if (!signalGroup(child.pid, 'SIGTERM')) return;
      const deadline = Date.now() + 5000;
      while (groupAlive(child.pid)) {
        if (Date.now() > deadline) {
          signalGroup(child.pid, 'SIGKILL');
          break;
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    },
  };
}

function signalGroup(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

function groupAlive(pid: number): boolean {
  return signalGroup(pid, 0 as unknown as NodeJS.Signals);
}

/** Polls a URL until it answers (any HTTP status), failing with the part's name after the timeout. */
export async function waitForHttp(name: string, url: string, timeoutMs: number, proc?: ManagedProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc && proc.child.exitCode !== null) throw new Error(`${name} exited with code ${proc.child.exitCode} before it was ready`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await res.body?.cancel();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  throw new Error(`${name} did not become ready at ${url} within ${Math.round(timeoutMs / 1000)} s`);
}
