export { InboxConsumer, type ProjectorOptions } from './entry-points/inbox-consumer';
export { ViewStore, VIEW_COLLECTIONS } from './data-access/view-store';
export { DeadLetterStore, type DeadLetter } from './data-access/dead-letter-store';
export { AlertExpirySweeper } from './entry-points/alert-expiry-sweeper';
export { viewDocument, monthBucket, type ViewDocument } from './domain/view-document';
