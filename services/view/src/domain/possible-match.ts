// Cross-gate matching: a seizure or a hit whose conveyance shares a plate, VIN or container number
// with a live alert this authority holds is a possible match, for the border branch of the gate
// where it happened and for officers. Pure: the candidate alerts come from one indexed read per
// batch (MatchStore), this decides which pairs are matches.
import { createHash } from 'node:crypto';
import { recordKey, type RecordTypeName } from '@bex/shared';
import type { ViewDocument } from './view-document';

export type MatchState = 'open' | 'confirmed' | 'dismissed';
export const DISMISS_REASONS = ['FALSE_POSITIVE', 'DIFFERENT_VEHICLE', 'ALREADY_REPORTED', 'OTHER'] as const;
export type DismissReason = (typeof DISMISS_REASONS)[number];

export interface PossibleMatch {
  /** A digest of the record's and the alert's keys: one match per pair, however often either arrives again, and safe in a URL. */
  _id: string;
  state: MatchState;
  createdAt: Date;
  record: { type: RecordTypeName; source: string; recordId: string; revision: number };
  alert: { source: string; recordId: string; revision: number };
  matchedOn: string[];
  /** The gates of the record: whose border branch sees the match. */
  gates: string[];
  decidedAt?: Date;
  decidedBy?: { office: string };
  dismissReason?: DismissReason;
  hitId?: string;
}

export const MATCH_ID = /^[0-9a-f]{32}$/;

export function matchId(type: RecordTypeName, recordKeyOf: string, alertKey: string): string {
  return createHash('sha256').update(`${type}\n${recordKeyOf}\n${alertKey}`).digest('hex').slice(0, 32);
}

/** Statuses in which an alert asks gates to act. */
const LIVE = new Set(['ACTIVE', 'AMENDED']);

export function isLiveAlert(alert: ViewDocument, at: number): boolean {
  return alert.tombstone === undefined && LIVE.has(alert.status) && (alert.validFrom == null || alert.validFrom <= at) && (alert.validUntil == null || alert.validUntil > at);
}

/**
 * The matches among `records` (seizures and hits just taken in) and `alerts` (every live alert
 * sharing a key with one of them). A hit is not matched to the alert it already reports on.
 */
export function findMatches(records: ReadonlyArray<{ type: RecordTypeName; doc: ViewDocument }>, alerts: readonly ViewDocument[], at: Date): PossibleMatch[] {
  const live = alerts.filter((a) => isLiveAlert(a, at.getTime()));
  const out = new Map<string, PossibleMatch>();
  for (const { type, doc } of records) {
    if (doc.record === null || !doc.vehicleKeys || doc.vehicleKeys.length === 0) continue;
    const keys = new Set(doc.vehicleKeys);
    for (const alert of live) {
      if (type === 'AlertHit' && doc.alertId === alert.recordId && doc.alertSource === alert.source) continue;
      const shared = (alert.vehicleKeys ?? []).filter((k) => keys.has(k));
      if (shared.length === 0) continue;
      const id = matchId(type, recordKey(doc.source, doc.recordId), recordKey(alert.source, alert.recordId));
      out.set(id, {
        _id: id,
        state: 'open',
        createdAt: at,
        record: { type, source: doc.source, recordId: doc.recordId, revision: doc.revision },
        alert: { source: alert.source, recordId: alert.recordId, revision: alert.revision },
        matchedOn: shared.sort(),
        gates: doc.gates ?? [],
      });
    }
  }
  return [...out.values()];
}
