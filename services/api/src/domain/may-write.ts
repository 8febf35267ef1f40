// Who may write which record. Admins act for the whole authority. An officer acts for an office:
// it submits records issued by that office and changes only them. A border branch acts for its
// gate: it reports hits seen at that gate and withdraws only those. Records are judged on the head
// the change is built on and on what the change would make them, so no one can take over another
// office's record by amending its issuing office either. A token bound to a gate (gate-binding.ts)
// writes only records at that gate, whichever of its roles would allow the write.
import { gatesOf, type AnyRecord } from '@bex/shared';
import { boundGate, recordOutsideGate } from './gate-binding';

export interface Writer {
  roles: readonly string[];
  office: string;
  gate?: string;
}

export type WriteDecision = { ok: true } | { ok: false; detail: string };

const officeOf = (record: AnyRecord): string | null | undefined => (record.meta as { issuingOffice?: string | null }).issuingOffice;
const gateOf = (record: AnyRecord): string | null | undefined => (record as { location?: { gateCode?: string | null } | null }).location?.gateCode;

function asOfficer(writer: Writer, records: readonly AnyRecord[]): WriteDecision {
  const other = records.find((r) => officeOf(r) !== writer.office);
  return other === undefined ? { ok: true } : { ok: false, detail: `the record is issued by office ${officeOf(other) ?? '(none)'}; your token acts for ${writer.office}` };
}

function asBorderBranch(writer: Writer, records: readonly AnyRecord[]): WriteDecision {
  if (records.some((r) => r.meta.recordType !== 'AlertHit')) return { ok: false, detail: 'a border branch writes only alert hits' };
  const other = records.find((r) => writer.gate === undefined || gateOf(r) !== writer.gate);
  return other === undefined ? { ok: true } : { ok: false, detail: `the hit was seen at ${gateOf(other) ?? '(no gate)'}; your token acts for gate ${writer.gate ?? '(none)'}` };
}

/**
 * `records`: for a new record, the record; for a change, the head it is built on and, when the
 * change carries content, the new revision too.
 */
export function mayWrite(writer: Writer, records: readonly AnyRecord[]): WriteDecision {
  const bound = boundGate(writer);
  const outside = recordOutsideGate(bound, records);
  if (outside !== undefined) return { ok: false, detail: `the ${outside.meta.recordType} is at ${gatesOf(outside.meta.recordType, outside).join(', ') || '(no gate)'}; your token is bound to gate ${bound!}` };
  if (writer.roles.includes('admin')) return { ok: true };
  const decisions: WriteDecision[] = [];
  if (writer.roles.includes('officer')) decisions.push(asOfficer(writer, records));
  if (writer.roles.includes('border-branch')) decisions.push(asBorderBranch(writer, records));
  if (decisions.length === 0) return { ok: false, detail: 'your roles do not write records' };
  return decisions.find((d) => d.ok) ?? decisions[0]!;
}
