// Where each record type names its border gate(s). The schemas are young: when a gate field moves,
// change the one line here and the gate-scope rule follows.
import type { RecordTypeName } from '../records/record-types';

type GateExtractor = (record: unknown) => string[];

function at(value: unknown, ...keys: string[]): unknown {
  let node = value;
  for (const key of keys) {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function codes(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.filter((v): v is string => typeof v === 'string' && v !== '');
}

export const GATE_EXTRACTORS: Readonly<Record<RecordTypeName, GateExtractor>> = {
  SeizureCase: (r) => codes(at(r, 'location', 'gateCode')),
  VehicleRiskAlert: (r) => codes(at(r, 'targetGates')),
  AlertHit: (r) => codes(at(r, 'location', 'gateCode')),
  PolicyChange: (r) => codes(at(r, 'affectedGates')),
};

export function gatesOf(recordType: RecordTypeName, record: unknown): string[] {
  return GATE_EXTRACTORS[recordType](record);
}
