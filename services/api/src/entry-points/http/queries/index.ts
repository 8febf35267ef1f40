// Every query route with the roles it allows, as one table for the router, the OpenAPI document
// and the tests.
import type { Endpoint } from '../auth/endpoint';
import { ALERT_ENDPOINTS } from './alert-routes';
import { ANALYTICS_ENDPOINTS } from './analytics-routes';
import { AUDIT_ENDPOINTS } from './audit-routes';
import { CROSSING_ENDPOINTS } from './crossing-routes';
import { HIT_ENDPOINTS } from './hit-routes';
import { POLICY_ENDPOINTS } from './policy-routes';
import { RECEIPT_ENDPOINTS } from './receipt-routes';
import type { QueryContext } from './query-context';
import { SEIZURE_ENDPOINTS } from './seizure-routes';

export const QUERY_ENDPOINTS: readonly Endpoint<QueryContext>[] = [
  ...ALERT_ENDPOINTS,
  ...SEIZURE_ENDPOINTS,
  ...POLICY_ENDPOINTS,
  ...HIT_ENDPOINTS,
  ...ANALYTICS_ENDPOINTS,
  ...AUDIT_ENDPOINTS,
  ...RECEIPT_ENDPOINTS,
  ...CROSSING_ENDPOINTS,
];

// Admins' recovery routes (one of them writes): a table of their own, beside the reads.
export { OPERATOR_ENDPOINTS } from './operator-routes';

export type { QueryContext } from './query-context';
