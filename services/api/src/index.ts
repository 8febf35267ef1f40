// @bex/api: the HTTP entry of one authority; services/authority runs it, alone or with the other roles.
export { createApp, API_ENDPOINTS, QUERY_ENDPOINTS, type AppOptions } from './entry-points/http/app';
export { kafkaAnswers, registryAnswers, type KafkaAdminSource } from './data-access/dependency-checks';
export { apiAudience, devIssuer, devIdentityDir, devJwksFile } from './dev-identity-names';
export { requestBody } from './domain/request-body';
export { jwksSource, verifyToken, ROLES, type AuthOptions, type JwksSource, type Principal, type Role } from './entry-points/http/auth';
