import { isIP } from 'node:net';
import fc from 'fast-check';
import { addressKey, clientAddress, ipVersion } from './client-address';

describe('the client a request counts against', () => {
  it('is the socket\'s peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress('198.51.100.7', '203.0.113.1, 203.0.113.2', 0)).toBe('198.51.100.7');
    expect(clientAddress('198.51.100.7', undefined, 0)).toBe('198.51.100.7');
  });

  it('is the entry the nearest trusted proxy wrote, hop by hop from the right', () => {
    // client -> proxy A (10.0.0.1) -> proxy B (10.0.0.2) -> api; the client wrote "1.1.1.1" itself.
    const header = '1.1.1.1, 203.0.113.9, 10.0.0.1';
    expect(clientAddress('10.0.0.2', header, 1)).toBe('10.0.0.1');
    expect(clientAddress('10.0.0.2', header, 2)).toBe('203.0.113.9');
    // Trusting more hops than wrote entries reaches what the client wrote: configure the hops there are.
    expect(clientAddress('10.0.0.2', header, 3)).toBe('1.1.1.1');
  });

  it('is the proxy itself when the request reached it without the header, or the entry is no address', () => {
    expect(clientAddress('10.0.0.2', undefined, 1)).toBe('10.0.0.2');
    expect(clientAddress('10.0.0.2', 'not-an-address', 1)).toBe('10.0.0.2');
    expect(clientAddress('10.0.0.2', 'unknown, 203.0.113.9', 2)).toBe('203.0.113.9');
    expect(clientAddress(undefined, undefined, 0)).toBe('unknown');
  });

  it('cannot be chosen by the client: whatever it prepends, the trusted entries decide', () => {
    const ip = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((p) => p.join('.'));
    fc.assert(
      fc.property(fc.array(fc.oneof(ip, fc.string()), { maxLength: 5 }), fc.array(ip, { minLength: 1, maxLength: 4 }), ip, (forged, appended, socket) => {
        // `appended`: what the trusted proxies wrote, nearest last; `forged`: what the client sent.
        const honest = clientAddress(socket, appended.join(', '), appended.length);
        expect(clientAddress(socket, [...forged, ...appended].join(', '), appended.length)).toBe(honest);
        expect(honest).toBe(appended[0]);
      }),
    );
  });
});

describe('the bucket of an address', () => {
  it('is an IPv4 address itself, also when written IPv4-mapped', () => {
    expect(addressKey('127.0.0.1')).toBe('127.0.0.1');
    expect(addressKey('::ffff:127.0.0.1')).toBe('127.0.0.1');
  });

  it('is an IPv6 address\'s /64, however it is written', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('64:ff9b::192.0.2.33')).toBe('64:ff9b:0:0::/64');
  });

  it('is the same for every address of one /64', () => {
    const hextet = fc.nat(0xffff).map((n) => n.toString(16));
    fc.assert(
      fc.property(fc.array(hextet, { minLength: 8, maxLength: 8 }), fc.array(hextet, { minLength: 4, maxLength: 4 }), (a, rest) => {
        expect(addressKey([...a.slice(0, 4), ...rest].join(':'))).toBe(addressKey(a.join(':')));
      }),
    );
  });
});

describe('what is an address', () => {
  it('knows IPv4 and IPv6 literals, and nothing else', () => {
    for (const ok of ['127.0.0.1', '0.0.0.0', '255.255.255.255']) expect([ok, ipVersion(ok)]).toEqual([ok, 4]);
    for (const ok of ['::', '::1', '2001:db8::1', 'fe80::1%eth0', '::ffff:192.0.2.1', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:1.2.3.4']) expect([ok, ipVersion(ok)]).toEqual([ok, 6]);
    for (const bad of ['', 'unknown', '256.0.0.1', '01.2.3.4', '1.2.3', '1.2.3.4::', '1::2::3', ':1', '1:', '1:2:3:4:5:6:7:8:9', '12345::', 'fe80::1%', '1.2.3.4:80', '[::1]']) expect([bad, ipVersion(bad)]).toEqual([bad, 0]);
  });

  it('agrees with Node\'s own parser', () => {
    const piece = fc.constantFrom('1', 'ff', 'db8', '0', 'ffff', '12345', '', ':', '::', '.', '1.2.3.4', '256', 'g', '%eth0');
    const ipv6ish = fc.array(piece, { maxLength: 10 }).map((parts) => parts.join(':'));
    const ipv4ish = fc.array(fc.oneof(fc.nat(300).map(String), fc.constantFrom('01', '')), { minLength: 3, maxLength: 5 }).map((parts) => parts.join('.'));
    fc.assert(fc.property(fc.oneof(ipv6ish, ipv4ish, fc.string()), (text) => expect([text, ipVersion(text)]).toEqual([text, isIP(text)])), { numRuns: 3_000 });
  });
});
