// A TCP proxy in front of a real server, that a test can freeze (nothing forwarded either way, as
// on a link that stopped carrying packets) and cut (every connection dropped). It puts a fault at an
// exact point of a process's work: e.g. the database link frozen after the relay read its batch
// and before it marks it sent, or (freezeOnClientBytes) frozen on the very bytes of one command, so
// a test never races the process it watches.
import net from 'node:net';
import type { AddressInfo } from 'node:net';

interface Pair {
  client: net.Socket;
  upstream: net.Socket;
  /** Client bytes held back by a trigger, forwarded on thaw. */
  held: Buffer[];
  clientEnded: boolean;
}

export class TcpProxy {
  private server: net.Server | undefined;
  private readonly pairs = new Set<Pair>();
  private frozen = false;
  private trigger: Buffer[] | undefined;
  private onTrigger: (() => void) | undefined;

  constructor(private readonly targetPort: number, private readonly targetHost = '127.0.0.1') {}

  /** Listens on a loopback port (a free one unless given: a restart keeps its port) and returns it. */
  async start(port = 0, host = '127.0.0.1'): Promise<number> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.targetPort, this.targetHost);
      const pair: Pair = { client, upstream, held: [], clientEnded: false };
      this.pairs.add(pair);
      client.on('data', (chunk: Buffer) => this.fromClient(pair, chunk));
      upstream.pipe(client);
      if (this.frozen) this.pause(pair);
      const end = () => {
        client.destroy();
        upstream.destroy();
        this.pairs.delete(pair);
      };
      // A client that went away (killed) still has its last bytes delivered once thawed: the
      // upstream ends after them, and the server answers into the void.
      const clientGone = () => {
        pair.clientEnded = true;
        if (pair.held.length === 0) upstream.end();
      };
      // A pair whose client closed with bytes held stays until thaw sends them on.
      client.on('end', clientGone).on('error', clientGone).on('close', () => {
        clientGone();
        if (pair.held.length === 0) this.pairs.delete(pair);
      });
      upstream.on('error', end).on('close', end);
    });
    await new Promise<void>((resolve) => this.server!.listen(port, host, resolve));
    return (this.server.address() as AddressInfo).port;
  }

  /** Stops forwarding: bytes already sent wait in the proxy, new ones are not read. */
  freeze(): void {
    this.frozen = true;
    for (const pair of this.pairs) this.pause(pair);
  }

  /**
   * Freezes the moment a client sends one chunk holding every pattern (e.g. a command's name and
   * its collection), before that chunk is forwarded: the server never sees it until thaw.
   */
  freezeOnClientBytes(patterns: Buffer[], onFrozen?: () => void): void {
    this.trigger = patterns;
    this.onTrigger = onFrozen;
  }

  /** Forwards again what a freeze held back (to servers whose clients may be gone by now). */
  thaw(): void {
    this.frozen = false;
    for (const pair of this.pairs) {
      for (const chunk of pair.held.splice(0)) pair.upstream.write(chunk);
      if (pair.clientEnded) {
        pair.upstream.end();
        this.pairs.delete(pair);
      }
      pair.client.resume();
      pair.upstream.resume();
    }
  }

  /** Drops every connection (what was held is lost) and forwards again for new ones. */
  cut(): void {
    for (const { client, upstream } of this.pairs) {
      client.destroy();
      upstream.destroy();
    }
    this.pairs.clear();
    this.frozen = false;
  }

  async stop(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private fromClient(pair: Pair, chunk: Buffer): void {
    if (!this.frozen && this.trigger && this.trigger.every((p) => chunk.includes(p))) {
      this.trigger = undefined;
      this.freeze();
      this.onTrigger?.();
    }
    if (this.frozen) pair.held.push(chunk);
    else pair.upstream.write(chunk);
  }

  private pause(pair: Pair): void {
    pair.client.pause();
    pair.upstream.pause();
  }
}

/** The bytes a BSON command document starts with for `{ <command>: <collection> }`. */
export function bsonCommandBytes(command: string, collection: string): Buffer {
  const length = Buffer.alloc(4);
  length.writeInt32LE(Buffer.byteLength(collection) + 1);
  return Buffer.concat([Buffer.from([0x02]), Buffer.from(`${command}\0`), length, Buffer.from(`${collection}\0`)]);
}
