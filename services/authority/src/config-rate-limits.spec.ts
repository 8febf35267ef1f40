import { loadAuthorityConfig } from './config';

describe('rate limit configuration', () => {
  it('defaults to a per-address budget of ten tokens\' and no trusted proxy', () => {
    const cfg = loadAuthorityConfig({ BEX_AUTHORITY: 'LA' });
    expect(cfg).toMatchObject({ rateLimitPerMinute: 600, rateLimitBurst: 60, addressRateLimitPerMinute: 6000, addressRateLimitBurst: 600, trustProxyHops: 0 });
  });

  it('reads the per-address limit and the trusted proxy hops', () => {
    const cfg = loadAuthorityConfig({ BEX_AUTHORITY: 'LA', BEX_RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '12000', BEX_RATE_LIMIT_PER_ADDRESS_BURST: '1200', BEX_TRUST_PROXY_HOPS: '2' });
    expect(cfg).toMatchObject({ addressRateLimitPerMinute: 12000, addressRateLimitBurst: 1200, trustProxyHops: 2 });
  });

  it('refuses to start on a bad value, naming the variable', () => {
    expect(() => loadAuthorityConfig({ BEX_AUTHORITY: 'LA', BEX_TRUST_PROXY_HOPS: 'yes' })).toThrow(/BEX_TRUST_PROXY_HOPS: must be an integer from 0 to 10/);
    expect(() => loadAuthorityConfig({ BEX_AUTHORITY: 'LA', BEX_TRUST_PROXY_HOPS: '-1' })).toThrow(/BEX_TRUST_PROXY_HOPS/);
    expect(() => loadAuthorityConfig({ BEX_AUTHORITY: 'LA', BEX_RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '0' })).toThrow(/BEX_RATE_LIMIT_PER_ADDRESS_PER_MINUTE: must be an integer from 1/);
  });
});
