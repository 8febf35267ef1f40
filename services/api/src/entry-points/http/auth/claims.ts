// Turns the claims of a verified token into a Principal, or refuses them. A signed token is still
// input: its values end up in log lines and in records' meta, so each one is checked for shape.
import { isAuthority } from '@bex/shared';
import { ROLES, type Principal, type Role } from './principal';

// Printable ASCII without spaces: safe to log, wide enough for UUIDs and e-mail-like subjects.
const SUBJECT = /^[\x21-\x7e]{1,128}$/;
// Office and gate codes as the records use them (LA-BTN, VN-QNA-ANTI-SMUGGLING).
const UNIT_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

const isRole = (value: unknown): value is Role => (ROLES as readonly unknown[]).includes(value);
const optionalCode = (value: unknown): string | undefined | false =>
  value === undefined ? undefined : typeof value === 'string' && UNIT_CODE.test(value) ? value : false;

export function principalFromClaims(claims: Record<string, unknown>): Principal | undefined {
  const { sub, authority, roles } = claims;
  const office = optionalCode(claims.office);
  const gate = optionalCode(claims.gate);
  const personalData = claims.personal_data ?? false;
  if (typeof sub !== 'string' || !SUBJECT.test(sub)) return undefined;
  if (!isAuthority(authority)) return undefined;
  if (office === false || gate === false || (office === undefined && gate === undefined)) return undefined;
  if (!Array.isArray(roles) || roles.length === 0 || !roles.every(isRole)) return undefined;
  // Absent means no: personal data is the exception that an identity provider must grant.
  if (typeof personalData !== 'boolean') return undefined;
  return {
    subject: sub,
    authority,
    office: office ?? (gate as string),
    ...(gate === undefined ? {} : { gate }),
    roles: [...new Set(roles)],
    personalData,
  };
}
