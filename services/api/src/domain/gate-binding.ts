// A border branch acts for one gate (its token's `gate` claim), and sees what happens there: the
// alerts aimed at it, the hits seen there or on alerts aimed at it, the matches and seizures there.
// The narrowest role binds the whole token: a token that carries border-branch is bound to its
// gate whatever else it carries, so asking the identity provider for one more role can never
// widen what a branch sees. Other roles are bound to no gate. Pure: routes pass what they read.
import { gatesOf, type AnyRecord } from '@bex/shared';

export interface GateHolder {
  roles: readonly string[];
  /** For a border branch, its gate code when the token names no `gate`. */
  office: string;
  gate?: string;
}

/** The gate the holder is bound to, or undefined for a holder that may ask about any gate. */
export function boundGate(holder: GateHolder): string | undefined {
  return holder.roles.includes('border-branch') ? (holder.gate ?? holder.office) : undefined;
}

/**
 * Whether a holder bound to `bound` sees something placed at `gates` (an alert's target gates, a
 * hit's or seizure's gate, a match's gates). One that names no gate is no branch's.
 */
export function seesGates(bound: string | undefined, gates: readonly string[] | null | undefined): boolean {
  return bound === undefined || (gates ?? []).includes(bound);
}

/** Whether a bound holder may ask about a place: its own gate, or a crossing its gate is a side of. */
export function mayAskPlace(bound: string | undefined, place: { gate?: string | undefined; crossingGates?: readonly string[] | undefined }): boolean {
  if (bound === undefined) return true;
  return place.crossingGates !== undefined ? place.crossingGates.includes(bound) : place.gate === bound;
}

/**
 * Which hits on this authority's alerts a holder sees: a branch those seen at its gate and those
 * reporting on an alert aimed at its gate (`alerts`: the alerts the hits may name, with their gates).
 */
export function hitVisibility(bound: string | undefined, alerts: ReadonlyArray<{ recordId: string; gates?: readonly string[] | null }>): (hit: { gates?: readonly string[] | null; alertId?: string | null }) => boolean {
  if (bound === undefined) return () => true;
  const aimed = new Set(alerts.filter((a) => seesGates(bound, a.gates)).map((a) => a.recordId));
  return (hit) => seesGates(bound, hit.gates) || (hit.alertId != null && aimed.has(hit.alertId));
}

/** For a write: the first record that does not name the holder's gate, if it is bound to one. */
export function recordOutsideGate(bound: string | undefined, records: readonly AnyRecord[]): AnyRecord | undefined {
  return bound === undefined ? undefined : records.find((r) => !gatesOf(r.meta.recordType, r).includes(bound));
}
