// Applies the client quotas kafka-quotas.ts derives, with Kafka's own ConfigCommand (what
// kafka-configs.sh runs): kafkajs 2.2.4 cannot describe or alter client quotas. It reads what the
// broker holds and writes only the users whose quota differs, so a rerun with unchanged agreements
// starts one JVM, not one per user.
import { loadAgreements } from '@bex/shared';
import type { StackConfig } from './config';
import { runKafkaTool } from './kafka';
import { deriveQuotas, quotaChanges, type QuotaValues, type UserQuota } from './kafka-quotas';

const CONFIG_COMMAND = 'kafka.admin.ConfigCommand';
// ConfigCommand's own line per user, e.g.
// Quota configs for user-principal 'bex-la' are request_percentage=150.0, producer_byte_rate=3145728.0
const QUOTA_LINE = /^Quota configs for user-principal '([^']+)' are (.*)$/;

/** The user quotas the broker holds now, by user (users without a quota are absent). */
export async function readUserQuotas(cfg: StackConfig): Promise<Map<string, Partial<QuotaValues>>> {
  const out = await runKafkaTool(cfg, CONFIG_COMMAND, ['--describe', '--entity-type', 'users']);
  const quotas = new Map<string, Partial<QuotaValues>>();
  for (const line of out.split('\n')) {
    const m = QUOTA_LINE.exec(line.trim());
    if (!m) continue;
    const values: Partial<QuotaValues> = {};
    for (const pair of (m[2] ?? '').split(', ')) {
      const [name, value] = pair.split('=');
      if (name === 'producer_byte_rate') values.producerByteRate = Number(value);
      if (name === 'request_percentage') values.requestPercentage = Number(value);
    }
    quotas.set(m[1] ?? '', values);
  }
  return quotas;
}

/** Sets one user's produce byte rate and request percentage (a user the broker does not know yet too). */
export async function setUserQuota(cfg: StackConfig, q: UserQuota): Promise<void> {
  await runKafkaTool(cfg, CONFIG_COMMAND, ['--alter', '--entity-type', 'users', '--entity-name', q.user, '--add-config', `producer_byte_rate=${q.producerByteRate},request_percentage=${q.requestPercentage}`]);
}

export async function removeUserQuota(cfg: StackConfig, user: string): Promise<void> {
  await runKafkaTool(cfg, CONFIG_COMMAND, ['--alter', '--entity-type', 'users', '--entity-name', user, '--delete-config', 'producer_byte_rate,request_percentage']);
}

export interface QuotaChange {
  quotas: UserQuota[];
  changed: number;
}

/** Makes the broker hold these quotas, writing only the ones it does not hold yet. */
export async function applyQuotas(cfg: StackConfig, quotas: UserQuota[]): Promise<QuotaChange> {
  const changes = quotaChanges(quotas, await readUserQuotas(cfg));
  for (const q of changes) await setUserQuota(cfg, q);
  return { quotas, changed: changes.length };
}

/** Gives each authority's principal the quota its agreements imply (`npm start`, `npm run stack -- acls`). */
export function applyStackQuotas(cfg: StackConfig, agreementsDir: string): Promise<QuotaChange> {
  return applyQuotas(cfg, deriveQuotas(loadAgreements(agreementsDir)));
}
