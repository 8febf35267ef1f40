// Parameters several query routes read alike, declared once for the routes and the OpenAPI document.
import { AUTHORITIES, CROSSINGS } from '@bex/shared';
import { CURSOR_PATTERN } from '../../../domain/page-cursor';
import { GATE_CODE, instantParam, integerParam, oneOfParam, textParam } from '../../../domain/query-params';
import { MAX_PAGE } from '../../../domain/seizure-queries';

/** Every text of a cursor's shape is a position (page-cursor.ts), so the shape is all the document needs to say. */
export const CURSOR = textParam(CURSOR_PATTERN, 'a cursor from a previous page', 'nextCursor of the previous page');
export const pageLimit = (fallback: number) => integerParam(1, MAX_PAGE, fallback, `Page size, 1 to ${MAX_PAGE} (default ${fallback})`);
export const FROM = instantParam('Start of the period, inclusive (ISO-8601 date or date-time)');
export const TO = instantParam('End of the period, exclusive');
export const gateParam = (description: string) => textParam(GATE_CODE, 'a gate code such as LA-BTN', description);
export const SOURCE = (description: string) => oneOfParam(AUTHORITIES, description);
/** The crossings are data BEX ships, so the document lists them: a code it does not list is refused by both. */
export const crossingParam = (description: string) => oneOfParam(CROSSINGS.map((c) => c.code), description);
