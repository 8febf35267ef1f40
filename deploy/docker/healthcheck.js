// The image's HEALTHCHECK: GET /healthz on the api when this container runs the api role.
// Plain JavaScript, no dependencies, so it starts fast and does not load tsx.
'use strict';
const roles = (process.env.BEX_ROLES || 'api,relay,projector').split(',').map((r) => r.trim());
if (!roles.includes('api')) process.exit(0);
const port = process.env.BEX_API_PORT || '8080';
fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(4000) }).then(
  (res) => process.exit(res.ok ? 0 : 1),
  () => process.exit(1),
);
