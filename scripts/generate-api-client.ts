// Regenerates services/api/src/client/openapi-types.ts from the api's OpenAPI document.
// Run: npm run generate:client -w @bex/api (client-types.spec.ts fails while it is stale).
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { CLIENT_TYPES_FILE, OPENAPI_DOCUMENT, generateClientTypes } from '@bex/api';

writeFileSync(CLIENT_TYPES_FILE, generateClientTypes(OPENAPI_DOCUMENT));
console.log(`wrote ${relative(process.cwd(), CLIENT_TYPES_FILE)}`);
