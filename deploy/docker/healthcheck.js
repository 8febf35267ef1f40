// The image's HEALTHCHECK: GET /healthz on the operations listener every role runs (BEX_METRICS_PORT,
// 9464): 503 there once the relay loop or the Kafka consumer has stopped. The api's own /healthz is
// checked too when the container runs the api. Plain JavaScript, no dependencies, so it starts fast.
'use strict';
const roles = (process.env.BEX_ROLES || 'api,relay,projector').split(',').map((r) => r.trim());
const urls = [`http://127.0.0.1:${process.env.BEX_METRICS_PORT || '9464'}/healthz`];
if (roles.includes('api')) urls.push(`http://127.0.0.1:${process.env.BEX_API_PORT || '8080'}/healthz`);
Promise.all(urls.map((url) => fetch(url, { signal: AbortSignal.timeout(4000) }).then((res) => res.ok))).then(
  (answers) => process.exit(answers.every(Boolean) ? 0 : 1),
  () => process.exit(1),
);
