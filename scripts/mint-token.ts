// `npx tsx scripts/mint-token.ts LA border-branch --gate LA-BTN`: prints a token of the local
// identity provider for a demo user, e.g. to call the api with curl:
//   curl -H "Authorization: Bearer $(npx tsx scripts/mint-token.ts LA officer)" ...
import { parseArgs } from 'node:util';
import { AUTHORITIES, type AuthorityCode } from '@bex/shared';
import { ROLES, type Role } from '@bex/api';
import { DEFAULT_TTL_SECONDS, mintDevToken } from './dev-identity';

const USAGE = `usage: mint-token.ts <${AUTHORITIES.join('|')}> <role[,role]> [--office CODE] [--gate CODE]
                     [--personal-data | --no-personal-data] [--ttl SECONDS] [--sub SUBJECT]
roles: ${ROLES.join(', ')}`;

// The gates the demo data uses, so a border branch needs no flags in the demo.
const DEMO_GATES: Partial<Record<AuthorityCode, string>> = { LA: 'LA-BTN', VN: 'VN-NGI', CN: 'CN-MHN' };
const MAX_TTL_SECONDS = 3_600;

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    office: { type: 'string' },
    gate: { type: 'string' },
    'personal-data': { type: 'boolean' },
    'no-personal-data': { type: 'boolean' },
    ttl: { type: 'string' },
    sub: { type: 'string' },
  },
});

const [authority, roleList] = positionals;
if (positionals.length !== 2 || authority === undefined || roleList === undefined) fail('give an authority and a role');
if (!(AUTHORITIES as readonly string[]).includes(authority)) fail(`unknown authority ${authority}`);
const roles = roleList.split(',');
const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
if (unknown.length > 0) fail(`unknown role(s) ${unknown.join(', ')}`);
const ttl = values.ttl === undefined ? DEFAULT_TTL_SECONDS : Number(values.ttl);
if (!Number.isInteger(ttl) || ttl < 1 || ttl > MAX_TTL_SECONDS) fail(`--ttl must be 1 to ${MAX_TTL_SECONDS} seconds: the api refuses longer-lived tokens`);

const code = authority as AuthorityCode;
const gate = values.gate ?? (roles.includes('border-branch') && values.office === undefined ? DEMO_GATES[code] : undefined);
if (roles.includes('border-branch') && gate === undefined && values.office === undefined) fail(`a border branch of ${code} needs --gate`);
// Officers handle cases with names in them; everyone else sees personal data only when granted.
const personalData = values['no-personal-data'] ? false : (values['personal-data'] ?? roles.includes('officer'));

console.log(
  mintDevToken({
    authority: code,
    roles: roles as Role[],
    ...(values.office === undefined ? {} : { office: values.office }),
    ...(gate === undefined ? {} : { gate }),
    personalData,
    ttlSeconds: ttl,
    ...(values.sub === undefined ? {} : { subject: values.sub }),
  }),
);
