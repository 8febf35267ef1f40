// `npm run stack -- acls`, and what `npm start` runs before it starts the authorities: derives the
// ACLs of an exchange from the agreements (BEX_AGREEMENTS_DIR, default deploy/agreements) for its
// topic prefix (BEX_TOPIC_PREFIX, default bex) and applies them as the admin, replacing stale ones.
// Test exchanges and benchmarks, each with a prefix of its own, do the same for their prefix.
import { join } from 'node:path';
import { loadAgreements } from '@bex/shared';
import { kafkaBrokerList, type StackConfig } from './config';
import { adminClient, credentialsDir } from './credentials';
import { applyAcls, removeAcls, type AclChange } from './kafka-acl-admin';
import { deriveAcls } from './kafka-acls';

export interface KafkaAdminAccess {
  brokers: string[];
  credentialsDir: string;
}

export const stackKafkaAccess = (cfg: StackConfig): KafkaAdminAccess => ({ brokers: kafkaBrokerList(cfg), credentialsDir: credentialsDir(cfg) });

export function exchangeAclSource(cfg: StackConfig, env: NodeJS.ProcessEnv = process.env): { agreementsDir: string; prefix: string } {
  return { agreementsDir: env.BEX_AGREEMENTS_DIR ?? join(cfg.root, 'deploy', 'agreements'), prefix: env.BEX_TOPIC_PREFIX ?? 'bex' };
}

export async function applyPrefixAcls(access: KafkaAdminAccess, agreementsDir: string, prefix: string): Promise<AclChange> {
  const kafka = adminClient(access.brokers, access.credentialsDir, 'bex-stack-acls');
  return applyAcls(kafka, deriveAcls(loadAgreements(agreementsDir), prefix), prefix);
}

export async function removePrefixAcls(access: KafkaAdminAccess, prefix: string): Promise<number> {
  return removeAcls(adminClient(access.brokers, access.credentialsDir, 'bex-stack-acls'), prefix);
}

export async function applyExchangeAcls(cfg: StackConfig, agreementsDir: string, prefix: string): Promise<AclChange> {
  return applyPrefixAcls(stackKafkaAccess(cfg), agreementsDir, prefix);
}
