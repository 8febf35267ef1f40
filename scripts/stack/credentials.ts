// The local Kafka's SCRAM principals and their passwords. Passwords are generated once per stack
// into its data directory (a directory only the user can enter, files only the user can read),
// are bootstrapped into the cluster metadata when Kafka's log directory is formatted, and are never
// committed: `npm run stack -- reset` forgets them together with the data.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { AUTHORITIES, type AuthorityCode } from '@bex/shared';
import type { StackConfig } from './config';

/** The stack's own tools (ACLs, topic setup, test tools) and the broker itself, to itself: super user. */
export const ADMIN_PRINCIPAL = 'bex-admin';
/** Apicurio Registry's KafkaSQL storage: super user (it creates its journal topics, random groups). */
export const REGISTRY_PRINCIPAL = 'bex-registry';
/** One principal per authority; ACLs derived from the agreements say what each may do. */
export const authorityPrincipal = (code: AuthorityCode | string): string => `bex-${code.toLowerCase()}`;

export const SCRAM_MECHANISM = 'SCRAM-SHA-512';

export const ALL_PRINCIPALS: string[] = [ADMIN_PRINCIPAL, REGISTRY_PRINCIPAL, ...AUTHORITIES.map(authorityPrincipal)];

export const credentialsDir = (cfg: StackConfig): string => join(cfg.dataDir, 'credentials');
export const passwordFile = (dir: string, principal: string): string => join(dir, `${principal}.password`);

/** Creates the passwords that are missing (0600 files in a 0700 directory) and returns them all. */
export function ensureCredentials(cfg: StackConfig): Record<string, string> {
  const dir = credentialsDir(cfg);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const passwords: Record<string, string> = {};
  for (const principal of ALL_PRINCIPALS) {
    const file = passwordFile(dir, principal);
    // Hex only: the password goes into JAAS and --add-scram strings without any quoting trouble.
    if (!existsSync(file)) writeFileSync(file, `${randomBytes(24).toString('hex')}\n`, { mode: 0o600 });
    passwords[principal] = readPassword(dir, principal);
  }
  return passwords;
}

export function readPassword(dir: string, principal: string): string {
  const file = passwordFile(dir, principal);
  if (!existsSync(file)) throw new Error(`no Kafka password for ${principal} at ${file}: start the stack with \`npm run stack -- up\``);
  return readFileSync(file, 'utf8').trim();
}

/** kafkajs options for a principal of this stack (SASL/SCRAM over plaintext: loopback only). */
export function saslOptions(dir: string, principal: string): { mechanism: 'scram-sha-512'; username: string; password: string } {
  return { mechanism: 'scram-sha-512', username: principal, password: readPassword(dir, principal) };
}

/** The variables an authority process needs to authenticate as its own principal. */
export function authorityKafkaEnv(dir: string, code: string): Record<string, string> {
  const principal = authorityPrincipal(code);
  return {
    BEX_KAFKA_SSL: 'false',
    BEX_KAFKA_SASL_MECHANISM: 'scram-sha-512',
    BEX_KAFKA_SASL_USERNAME: principal,
    BEX_KAFKA_SASL_PASSWORD_FILE: passwordFile(dir, principal),
  };
}

/** A kafkajs client authenticated as the admin principal (super user), for the stack's own tools. */
export function adminClient(brokers: string[], dir: string, clientId = 'bex-stack'): Kafka {
  return new Kafka({ clientId, brokers, sasl: saslOptions(dir, ADMIN_PRINCIPAL), logLevel: logLevel.NOTHING, retry: { retries: 2 } });
}
