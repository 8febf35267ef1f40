// What one recipient receives of a record: the same record minus the fields its agreement removes,
// or a reason why it receives nothing. The input is never touched, so one outbox document can be
// redacted for every partner in turn.
import type { Agreement } from '../agreement/agreement';
import { mayShare, type RefusalReason } from '../agreement/may-share';
import type { ShareableRecord } from '../agreement/record-shape';
import { deepCopy } from './deep-copy';
import { forEachPresent, parsePath } from './path';

/** `invalid-agreement`: a hand-built agreement with a path parseAgreement would have refused. */
export type RedactionRefusalReason = RefusalReason | 'invalid-agreement';

export type RedactionResult<T> =
  | { shared: true; record: T; removedPaths: string[] }
  | { shared: false; reason: RedactionRefusalReason; detail: string };

export function redactFor<T extends ShareableRecord>(record: T, agreement: Agreement | undefined, at: Date): RedactionResult<T> {
  const decision = mayShare(record, agreement?.source ?? record.meta.source, agreement, at);
  if (!decision.ok) return { shared: false, reason: decision.reason, detail: decision.detail };
  if (agreement === undefined) return { shared: false, reason: 'no-agreement', detail: 'no agreement given' };
  const { recipient, removePaths, file } = agreement;

  const copy = deepCopy(record);
  const removedPaths: string[] = [];
  for (const pattern of removePaths) {
    const parsed = parsePath(pattern);
    // A path that cannot be read cannot be removed either, so the record stays home.
    if (!parsed.ok) {
      return { shared: false, reason: 'invalid-agreement', detail: `${file}: removePaths "${pattern}" ${parsed.error}` };
    }
    forEachPresent(copy, parsed.steps, (holder, field, path) => {
      holder[field] = null;
      removedPaths.push(path);
    });
  }
  copy.meta.recipient = recipient;
  copy.meta.redactedPaths = [...removedPaths];
  return { shared: true, record: copy, removedPaths };
}

/** The originator's own copy: everything, for its own inbox, outside any agreement. */
export function ownCopy<T extends ShareableRecord>(record: T): T {
  const copy = deepCopy(record);
  copy.meta.recipient = record.meta.source;
  copy.meta.redactedPaths = [];
  return copy;
}

export interface Route {
  /** The authority whose relay is sending: only its own records ever leave through it. */
  relay: string;
  recipient: string;
}

/** The relay's one call per recipient: its own copy, or the agreement's redaction, or a refusal. */
export function shareFor<T extends ShareableRecord>(
  record: T,
  { relay, recipient }: Route,
  agreements: readonly Agreement[],
  at: Date,
): RedactionResult<T> {
  // Checked here and not left to the agreement lookup, which would find the partner's own
  // agreements (loaded for the projector) and let a received record be passed on under them.
  if (record.meta.source !== relay) {
    const decision = mayShare(record, relay, undefined, at);
    if (!decision.ok) return { shared: false, reason: decision.reason, detail: decision.detail };
  }
  if (recipient === relay) return { shared: true, record: ownCopy(record), removedPaths: [] };
  // Looked up without the date so that an expired agreement is reported as such, not as missing.
  const agreement = agreements.find((a) => a.source === relay && a.recipient === recipient);
  return redactFor(record, agreement, at);
}
