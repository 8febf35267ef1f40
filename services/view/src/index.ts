export { ViewStore, VIEW_COLLECTIONS, type Applied } from './data-access/view-store';
export { DeadLetterStore, DEFAULT_DEAD_LETTERS_PER_SOURCE_HOUR, type DeadLetter, type DeadLetterCount } from './data-access/dead-letter-store';
export { viewDocument, monthBucket, type ViewDocument, type ViewTombstone } from './domain/view-document';
export { ReceiptStore, type StoredReceipt } from './data-access/receipt-store';
export { MatchStore } from './data-access/match-store';
export { findMatches, isLiveAlert, matchId, MATCH_ID, DISMISS_REASONS, type DismissReason, type MatchState, type PossibleMatch } from './domain/possible-match';
export { vehicleKeys } from './domain/vehicle-keys';
