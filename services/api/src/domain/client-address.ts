// Which client a request counts against, for the per-address rate limit. Behind no proxy it is the
// socket's peer. Behind `trustedHops` reverse proxies, each of which appends the address it was
// reached from to X-Forwarded-For, the client is that many entries back from the right: entries
// further left were written by the client itself and could name anyone. An entry that is not an
// address stops the walk at the hop that wrote it. IPv6 clients are counted per /64, the block one
// subscriber is usually given, as they can use any address in it.

/** The client's address: the socket's peer, or the entry the nearest trusted proxy vouches for. */
export function clientAddress(socket: string | undefined, forwardedFor: string | undefined, trustedHops: number): string {
  const forwarded = (forwardedFor ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '').reverse();
  let client = socket ?? 'unknown';
  for (let hop = 0; hop < trustedHops && hop < forwarded.length; hop++) {
    const next = forwarded[hop]!;
    if (ipVersion(next) === 0) break;
    client = next;
  }
  return client;
}

const OCTET = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`^${OCTET}(\\.${OCTET}){3}$`);
const HEXTET = /^[0-9a-f]{1,4}$/i;
const MAPPED_V4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i;

/** 4 or 6 for a literal IPv4 or IPv6 address (an IPv6 zone, `%eth0`, allowed), 0 for anything else. */
export function ipVersion(text: string): 4 | 6 | 0 {
  if (IPV4.test(text)) return 4;
  const [address = '', ...zones] = text.split('%');
  if (zones.length > 1 || zones[0] === '') return 0;
  const halves = address.split('::');
  if (halves.length > 2) return 0;
  const groups = halves.map((half) => (half === '' ? [] : half.split(':')));
  const all = groups.flat();
  // A dotted IPv4 address may end the address, standing for its last two groups.
  const tail = groups.at(-1)!.at(-1);
  const v4Tail = tail !== undefined && IPV4.test(tail);
  const hextets = v4Tail ? all.slice(0, -1) : all;
  if (!hextets.every((g) => HEXTET.test(g))) return 0;
  const width = hextets.length + (v4Tail ? 2 : 0);
  return (halves.length === 2 ? width <= 7 : width === 8) ? 6 : 0;
}

/** The bucket an address counts in: an IPv4 address itself, an IPv6 address's /64. */
export function addressKey(address: string): string {
  const plain = address.split('%')[0]!;
  const mapped = MAPPED_V4.exec(plain)?.[1];
  if (mapped !== undefined) return mapped;
  if (ipVersion(plain) !== 6) return plain;
  return `${firstHextets(plain).join(':')}::/64`;
}

/** The first four 16-bit groups of a valid IPv6 address, written out. */
function firstHextets(v6: string): string[] {
  const [head = '', tail] = v6.split('::');
  const groups = (s: string): string[] => (s === '' ? [] : s.split(':').flatMap((g) => (g.includes('.') ? ['0', '0'] : [g])));
  const front = groups(head);
  const back = tail === undefined ? [] : groups(tail);
  const all = [...front, ...Array<string>(Math.max(0, 8 - front.length - back.length)).fill('0'), ...back];
  return all.slice(0, 4).map((g) => parseInt(g, 16).toString(16));
}
