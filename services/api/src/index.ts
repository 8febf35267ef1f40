// @bex/api: the HTTP entry of one authority. start.ts runs it; tests and the local stack embed it.
export { createApp, type AppOptions } from './entry-points/http/app';
export { readApiConfig, API_CONFIG, type ApiConfig } from './config';
export { requestBody } from './domain/request-body';
