export { DEFAULT_REBUILD_MAX_SILENCE_MS, InboxConsumer, type ProjectorOptions, type RebuildOptions } from './entry-points/inbox-consumer';
export { ViewStore, VIEW_COLLECTIONS } from './data-access/view-store';
export { DeadLetterStore, type DeadLetter } from './data-access/dead-letter-store';
export { ViewSweeper, type SweepResult } from './entry-points/view-sweeper';
export { viewDocument, monthBucket, type ViewDocument, type ViewTombstone } from './domain/view-document';
