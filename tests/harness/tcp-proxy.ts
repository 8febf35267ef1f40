// A TCP proxy in front of a real server, that a test can freeze (nothing forwarded either way, as
// on a link that stopped carrying packets) and cut (every connection dropped). It puts a fault at an
// exact point of a process's work: e.g. the database link frozen after the relay read its batch
// and before it marks it sent.
import net from 'node:net';
import type { AddressInfo } from 'node:net';

export class TcpProxy {
  private server: net.Server | undefined;
  private readonly pairs = new Set<[net.Socket, net.Socket]>();
  private frozen = false;

  constructor(private readonly targetPort: number, private readonly targetHost = '127.0.0.1') {}

  /** Listens on a loopback port (a free one unless given: a restart keeps its port) and returns it. */
  async start(port = 0, host = '127.0.0.1'): Promise<number> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.targetPort, this.targetHost);
      const pair: [net.Socket, net.Socket] = [client, upstream];
      this.pairs.add(pair);
      client.pipe(upstream);
      upstream.pipe(client);
      if (this.frozen) for (const s of pair) s.pause();
      const end = () => {
        client.destroy();
        upstream.destroy();
        this.pairs.delete(pair);
      };
      // A client that went away (killed) still had its last bytes delivered once thawed: pipe ends
      // the upstream after them, and the server answers into the void.
      client.on('error', () => upstream.end()).on('close', () => this.pairs.delete(pair));
      upstream.on('error', end).on('close', end);
    });
    await new Promise<void>((resolve) => this.server!.listen(port, host, resolve));
    return (this.server.address() as AddressInfo).port;
  }

  /** Stops forwarding: bytes already sent wait in the proxy, new ones are not read. */
  freeze(): void {
    this.frozen = true;
    for (const pair of this.pairs) for (const s of pair) s.pause();
  }

  /** Forwards again what a freeze held back (to servers whose clients may be gone by now). */
  thaw(): void {
    this.frozen = false;
    for (const pair of this.pairs) for (const s of pair) s.resume();
  }

  /** Drops every connection (what was held is lost) and forwards again for new ones. */
  cut(): void {
    for (const [client, upstream] of this.pairs) {
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
}
