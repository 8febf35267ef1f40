// The api's authentication and authorisation, as the app and the local stack use it.
export { authenticate, principalOf } from './authenticate';
export { allow, type AllowedRoles } from './require-roles';
export { mountEndpoints, type Endpoint } from './endpoint';
export { jwksSource } from './jwks-source';
export { CachedJwks, type JwksCacheOptions } from './cached-jwks';
export { parseJwks, JwksUnavailable, type JwksSource, type VerificationKey } from './jwks';
export { verifyToken, type AuthOptions, type Refusal, type Verified } from './verify-token';
export { ROLES, type Role, type Principal } from './principal';
