// What production mode refuses. Development mode runs on keys anyone can recompute (the published
// dev seed), the development identity provider and a plaintext broker; any one of them in
// deployment lets a reader of this repository sign records "from" an authority or sign in as its
// officers. Each problem names the setting to fix. Pure: the facts are gathered by the caller.
export interface ProductionFacts {
  roles: readonly string[];
  /** BEX_SIGNING_KEY_FILE as given (empty when unset). */
  signingKeyFile: string;
  /** The signing key file holds a key derived from the published development seed. */
  signingKeyIsDevelopmentKey: boolean;
  /** BEX_JWKS as given (empty when unset). */
  jwks: string;
  /** BEX_JWKS or BEX_JWT_ISSUER point at the development identity provider. */
  jwksIsDevelopment: boolean;
  issuerIsDevelopment: boolean;
  /** Trusted keys (authority/keyId) derived from the published development seed. */
  developmentTrustedKeys: readonly string[];
  kafkaTls: boolean;
  kafkaSasl: boolean;
}

export function productionProblems(f: ProductionFacts): string[] {
  const problems: string[] = [];
  if (f.roles.includes('relay')) {
    if (f.signingKeyFile === '') problems.push('BEX_SIGNING_KEY_FILE: required in production (the relay would sign with the published development key)');
    else if (f.signingKeyIsDevelopmentKey) problems.push('BEX_SIGNING_KEY_FILE: holds a key derived from the published development seed; generate the authority\'s own key');
  }
  if (f.roles.includes('api')) {
    if (f.jwks === '') problems.push('BEX_JWKS: required in production (the development identity provider would be trusted)');
    else if (f.jwksIsDevelopment) problems.push('BEX_JWKS: points at the development identity provider');
    if (f.issuerIsDevelopment) problems.push('BEX_JWT_ISSUER: is the development identity provider\'s issuer; set the authority\'s identity provider');
  }
  if (f.developmentTrustedKeys.length > 0) {
    problems.push(`BEX_TRUST_DIR: trusts keys derived from the published development seed (${f.developmentTrustedKeys.join(', ')}); remove them`);
  }
  if (!f.kafkaTls) problems.push('BEX_KAFKA_SSL: must be true in production (the broker connection would be plaintext)');
  if (!f.kafkaSasl) problems.push('BEX_KAFKA_SASL_MECHANISM: required in production (scram-sha-512), so the broker can tell authorities apart and enforce ACLs');
  return problems;
}
