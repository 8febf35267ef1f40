// The committed client types are what the OpenAPI document produces now: a change of a route, a
// parameter or an Avro contract that is not followed by `npm run generate:client -w @bex/api` fails
// here, so the typed client cannot drift from the api.
import { readFileSync } from 'node:fs';
import { OPENAPI_DOCUMENT } from '../entry-points/http/app';
import { CLIENT_TYPES_FILE } from './client-types-file';
import { generateClientTypes } from './generate-client';

describe('the typed client', () => {
  it('has the types the OpenAPI document produces', () => {
    expect(readFileSync(CLIENT_TYPES_FILE, 'utf8')).toBe(generateClientTypes(OPENAPI_DOCUMENT));
  });
});
