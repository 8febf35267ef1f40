import { loadAuthorityConfig } from './config';

describe('loadAuthorityConfig: the JWKS staleness', () => {
  it('keeps the identity provider\'s keys for an hour of failed reloads unless told otherwise', () => {
    expect(loadAuthorityConfig({ BEX_AUTHORITY: 'LA' }).jwksMaxStaleMs).toBe(3_600_000);
    expect(loadAuthorityConfig({ BEX_AUTHORITY: 'LA', BEX_JWKS_MAX_STALENESS_S: '900' }).jwksMaxStaleMs).toBe(900_000);
  });

  it.each(['599', '86401', 'an hour', '-1'])('stops at BEX_JWKS_MAX_STALENESS_S=%s, naming the variable', (value) => {
    expect(() => loadAuthorityConfig({ BEX_AUTHORITY: 'LA', BEX_JWKS_MAX_STALENESS_S: value })).toThrow(/BEX_JWKS_MAX_STALENESS_S/);
  });
});
