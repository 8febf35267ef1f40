// Layer rules, checked on every `npm test`: the domain (pure rules) knows no I/O and no adapter;
// adapters never reach into entry points; contracts (schemas/) depend on nothing of the services.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'Domain rules are plain functions: no adapters, entry points, frameworks or I/O modules.',
      severity: 'error',
      from: { path: '^services/[^/]+/src/domain/' },
      to: {
        path: [
          '^services/[^/]+/src/(adapters|entry-points|data-access)/',
          'node_modules/(kafkajs|mongoose|mongodb|express|pino|jsonwebtoken)/',
        ],
      },
    },
    {
      name: 'domain-no-io-builtins',
      severity: 'error',
      from: { path: '^services/[^/]+/src/domain/', pathNot: '\\.spec\\.ts$' },
      to: { dependencyTypes: ['core'], path: '^(fs|net|http|https|child_process|dgram|node:fs|node:net|node:http|node:https|node:child_process)$' },
    },
    {
      name: 'adapters-not-to-entry-points',
      severity: 'error',
      from: { path: '^services/[^/]+/src/(adapters|data-access)/' },
      to: { path: '^services/[^/]+/src/entry-points/' },
    },
    {
      name: 'contracts-stand-alone',
      comment: 'schemas/ is the contract every authority shares; it must not depend on any service.',
      severity: 'error',
      from: { path: '^schemas/' },
      to: { path: '^(services|scripts|tests)/' },
    },
    {
      name: 'services-not-into-tests',
      severity: 'error',
      from: { path: '^(services|schemas)/', pathNot: '\\.(spec|test-helper)\\.ts$' },
      to: { path: '^tests/' },
    },
    {
      name: 'api-reads-the-view-not-the-projector',
      comment: 'The view (services/view) is what the projector writes and the api reads; the api never reaches into the projector.',
      severity: 'error',
      from: { path: '^services/api/' },
      to: { path: '^services/projector/' },
    },
    {
      name: 'view-below-the-roles',
      comment: 'The view package serves the roles; it depends on none of them.',
      severity: 'error',
      from: { path: '^services/view/' },
      to: { path: '^services/(api|relay|projector|authority)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(\\.bex|dist)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
