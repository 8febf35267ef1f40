import { productionProblems, type ProductionFacts } from './production-rules';

const good: ProductionFacts = {
  roles: ['api', 'relay', 'projector'],
  signingKeyFile: '/run/secrets/la-signing-key.pem',
  signingKeyIsDevelopmentKey: false,
  jwks: 'https://idp.customs.gov.la/.well-known/jwks.json',
  jwksIsDevelopment: false,
  issuerIsDevelopment: false,
  developmentTrustedKeys: [],
  kafkaTls: true,
  kafkaSasl: true,
};

describe('production mode', () => {
  it('accepts an authority with its own keys, its identity provider and an authenticated, encrypted broker', () => {
    expect(productionProblems(good)).toEqual([]);
  });

  it.each([
    ['no signing key file', { signingKeyFile: '' }, 'BEX_SIGNING_KEY_FILE'],
    ['a development signing key', { signingKeyIsDevelopmentKey: true }, 'BEX_SIGNING_KEY_FILE'],
    ['no JWKS', { jwks: '' }, 'BEX_JWKS'],
    ['the development JWKS', { jwksIsDevelopment: true }, 'BEX_JWKS'],
    ['the development issuer', { issuerIsDevelopment: true }, 'BEX_JWT_ISSUER'],
    ['a development key in the trust store', { developmentTrustedKeys: ['VN/vn-2025-01'] }, 'BEX_TRUST_DIR'],
    ['a plaintext broker', { kafkaTls: false }, 'BEX_KAFKA_SSL'],
    ['an unauthenticated broker', { kafkaSasl: false }, 'BEX_KAFKA_SASL_MECHANISM'],
  ] as const)('refuses %s, naming the setting', (_name, change, setting) => {
    const problems = productionProblems({ ...good, ...change });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${setting}: `));
  });

  it('asks for a signing key only where the relay runs, and for a JWKS only where the api runs', () => {
    expect(productionProblems({ ...good, roles: ['projector'], signingKeyFile: '', jwks: '' })).toEqual([]);
  });
});
