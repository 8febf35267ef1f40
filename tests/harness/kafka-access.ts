// Kafka on the test stack wants SASL/SCRAM and enforces ACLs. Test tools that play the stack's own
// admin (reading any inbox, producing raw messages as a hostile partner, creating a topic with odd
// settings) use the admin principal; authorities use their own, under the ACLs of their prefix.
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { ADMIN_PRINCIPAL, authorityKafkaEnv, authorityPrincipal, saslOptions } from '../../scripts/stack/credentials';
import { applyPrefixAcls, removePrefixAcls } from '../../scripts/stack/exchange-acls';
import { stackEnv } from './stack-env';

export const DEFAULT_AGREEMENTS_DIR = join(__dirname, '..', '..', 'deploy', 'agreements');

/** A kafkajs client of the test stack as `principal` (default: the admin, a super user). */
export function kafkaAs(principal: string = ADMIN_PRINCIPAL, clientId = 'bex-test-tools', password?: string): Kafka {
  const env = stackEnv();
  const sasl = saslOptions(env.kafkaCredentialsDir, principal);
  return new Kafka({ clientId, brokers: env.kafkaBrokers, sasl: password === undefined ? sasl : { ...sasl, password }, logLevel: logLevel.NOTHING });
}

export const kafkaOfAuthority = (code: string, clientId?: string): Kafka => kafkaAs(authorityPrincipal(code), clientId);

/** BEX_KAFKA_* variables that make an authority connect as its own principal. */
export const authorityKafkaVars = (code: string): Record<string, string> => authorityKafkaEnv(stackEnv().kafkaCredentialsDir, code);

/** Grants the ACLs the agreements imply for one test prefix (and waits until the broker applies them). */
export async function grantPrefixAcls(prefix: string, agreementsDir = DEFAULT_AGREEMENTS_DIR): Promise<void> {
  const env = stackEnv();
  await applyPrefixAcls({ brokers: env.kafkaBrokers, credentialsDir: env.kafkaCredentialsDir }, agreementsDir, prefix);
}

export async function revokePrefixAcls(prefix: string): Promise<void> {
  const env = stackEnv();
  await removePrefixAcls({ brokers: env.kafkaBrokers, credentialsDir: env.kafkaCredentialsDir }, prefix);
}
