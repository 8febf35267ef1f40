import { join } from 'node:path';

/** Where the generated client types are committed. */
export const CLIENT_TYPES_FILE = join(__dirname, 'openapi-types.ts');
