// @bex/api: the HTTP entry of one authority; services/authority runs it, alone or with the other roles.
export { createApp, API_ENDPOINTS, QUERY_ENDPOINTS, OPENAPI_DOCUMENT, type AppOptions } from './entry-points/http/app';
export { apiClient, type AnswerOf, type ApiClient, type InputOf, type OperationId } from './client/api-client';
export type * as ApiTypes from './client/openapi-types';
export { generateClientTypes } from './client/generate-client';
export { CLIENT_TYPES_FILE } from './client/client-types-file';
export { cachedCheck, kafkaAnswers, registryAnswers, READINESS_CACHE_MS, type KafkaAdminSource } from './data-access/dependency-checks';
export { createMetricsApp, type LivenessCheck, type MetricsAppOptions } from './entry-points/http/metrics-app';
export { ApiMetrics, type PipelineGauges } from './entry-points/http/queries/metrics';
export type { RateLimitOptions } from './entry-points/http/rate-limit';
export { apiAudience, devIssuer, devIdentityDir, devJwksFile } from './dev-identity-names';
export { requestBody } from './domain/request-body';
export { jwksSource, verifyToken, ROLES, type AuthOptions, type JwksSource, type Principal, type Role } from './entry-points/http/auth';
export { plateAlerts, plateKey, plateSeizures } from './domain/alert-queries';
export type { ViewQuery } from './domain/view-query';
