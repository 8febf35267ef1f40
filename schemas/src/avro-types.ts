// avsc types of the committed versions, built once. No logical types are registered, so
// timestamp-millis fields stay numbers, as the generated TypeScript types say.
import avro from 'avsc';
import type { ContractName } from './records';
import { latestVersion, loadSchema } from './versions/load-schema';

const cache = new Map<string, avro.Type>();

export function avroType(recordName: ContractName, version?: number): avro.Type {
  const v = version ?? latestVersion(recordName);
  const key = `${recordName}/v${v}`;
  let type = cache.get(key);
  if (type === undefined) {
    type = avro.Type.forSchema(loadSchema(recordName, v) as avro.Schema);
    cache.set(key, type);
  }
  return type;
}

export const seizureCaseType = (version?: number): avro.Type => avroType('SeizureCase', version);
export const vehicleRiskAlertType = (version?: number): avro.Type => avroType('VehicleRiskAlert', version);
export const alertHitType = (version?: number): avro.Type => avroType('AlertHit', version);
export const policyChangeType = (version?: number): avro.Type => avroType('PolicyChange', version);
export const receiptType = (version?: number): avro.Type => avroType('Receipt', version);
