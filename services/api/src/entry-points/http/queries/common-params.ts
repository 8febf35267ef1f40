// Parameters several query routes read alike, declared once for the routes and the OpenAPI document.
import { AUTHORITIES, CROSSING_CODE } from '@bex/shared';
import { GATE_CODE, instantParam, integerParam, oneOfParam, textParam } from '../../../domain/query-params';
import { MAX_PAGE } from '../../../domain/seizure-queries';
import type { FieldRule } from '../openapi/operation-doc';

export const CURSOR = textParam(/^[A-Za-z0-9_-]{1,512}$/, 'a cursor from a previous page', 'nextCursor of the previous page');
/** A cursor has the shape of one and still may not be one this api made. */
export const CURSOR_RULE: FieldRule = { path: 'cursor', message: 'is not a cursor this api made' };
export const pageLimit = (fallback: number) => integerParam(1, MAX_PAGE, fallback, `Page size, 1 to ${MAX_PAGE} (default ${fallback})`);
export const FROM = instantParam('Start of the period, inclusive (ISO-8601 date or date-time)');
export const TO = instantParam('End of the period, exclusive');
export const gateParam = (description: string) => textParam(GATE_CODE, 'a gate code such as LA-BTN', description);
export const SOURCE = (description: string) => oneOfParam(AUTHORITIES, description);
export const crossingParam = (description: string) => textParam(CROSSING_CODE, 'a crossing code such as BTN-MHN (GET /v1/crossings lists them)', description);
/** A crossing has the shape of one and still may not be one BEX knows. */
export const CROSSING_RULE: FieldRule = { path: 'crossing', message: 'is not a known crossing (GET /v1/crossings lists them)' };
