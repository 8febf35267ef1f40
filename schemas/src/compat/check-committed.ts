import { CONTRACT_NAMES, type ContractName } from '../records';
import { listVersions, readVersion } from '../versions/store';
import { checkFullTransitive, type CompatibilityProblem } from './check-compatibility';

export interface RecordCompatibilityProblem extends CompatibilityProblem {
  recordName: ContractName;
}

/** Checks the committed history of every record, as CI must before a new version is registered. */
export function checkCommittedVersions(versionsDir?: string): RecordCompatibilityProblem[] {
  return CONTRACT_NAMES.flatMap((recordName) => {
    const history = listVersions(recordName, versionsDir).map((version) => ({ version, schema: readVersion(recordName, version, versionsDir) }));
    return checkFullTransitive(history).map((p) => ({ recordName, ...p }));
  });
}
