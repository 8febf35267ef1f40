// A host of its own on this machine: a network namespace joined to the root namespace by a veth
// pair (a /30 link: the root side .1, the namespace side .2). Cutting the link is `ip link set
// down` on the root side, as a border link fails: processes on both sides keep running, packets
// stop. Needs root (CAP_NET_ADMIN); every name carries a random suffix, so parallel runs and
// leftovers never collide, and destroy() removes what create() made.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomInt } from 'node:crypto';

export interface NetworkNamespace {
  name: string;
  /** The root namespace's address on the link (where shared services listen for this host). */
  hostAddress: string;
  /** This namespace's address on the link. */
  address: string;
  cut(): void;
  restore(): void;
  /** Spawns a process inside the namespace. */
  spawn(cmd: string, args: string[], opts: { cwd: string; env: NodeJS.ProcessEnv }): ChildProcess;
  destroy(): void;
}

/** Why no network namespace can be made here, or undefined if one can. */
export function namespacesUnavailable(): string | undefined {
  if (process.getuid?.() !== 0) return 'network namespaces need root (CAP_NET_ADMIN)';
  try {
    execFileSync('ip', ['netns', 'list'], { stdio: 'ignore' });
    return undefined;
  } catch (err) {
    return `iproute2's ip cannot list network namespaces: ${(err as Error).message}`;
  }
}

const ip = (...args: string[]): void => {
  execFileSync('ip', args, { stdio: ['ignore', 'ignore', 'pipe'] });
};

export function createNetworkNamespace(label: string): NetworkNamespace {
  const suffix = randomInt(0x1000, 0xffff).toString(16);
  const name = `bex-${label}-${suffix}`;
  const hostSide = `bxh${suffix}`;
  const nsSide = `bxn${suffix}`;
  const octet = randomInt(1, 250);
  const hostAddress = `10.213.${octet}.1`;
  const address = `10.213.${octet}.2`;
  try {
    ip('netns', 'add', name);
    ip('link', 'add', hostSide, 'type', 'veth', 'peer', 'name', nsSide);
    ip('link', 'set', nsSide, 'netns', name);
    ip('addr', 'add', `${hostAddress}/30`, 'dev', hostSide);
    ip('link', 'set', hostSide, 'up');
    ip('netns', 'exec', name, 'ip', 'addr', 'add', `${address}/30`, 'dev', nsSide);
    ip('netns', 'exec', name, 'ip', 'link', 'set', nsSide, 'up');
    ip('netns', 'exec', name, 'ip', 'link', 'set', 'lo', 'up');
  } catch (err) {
    const stderr = String((err as { stderr?: Buffer }).stderr ?? '');
    try {
      ip('netns', 'del', name);
    } catch {
      // nothing was made
    }
    throw new Error(`cannot make a network namespace (a cut link needs root and iproute2): ${stderr || (err as Error).message}`);
  }
  return {
    name,
    hostAddress,
    address,
    cut: () => ip('link', 'set', hostSide, 'down'),
    restore: () => ip('link', 'set', hostSide, 'up'),
    spawn: (cmd, args, opts) => spawn('ip', ['netns', 'exec', name, cmd, ...args], { cwd: opts.cwd, env: opts.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] }),
    destroy: () => {
      // Deleting the namespace deletes its end of the pair, and with it the root end.
      try {
        ip('netns', 'del', name);
      } catch {
        // already gone
      }
    },
  };
}
