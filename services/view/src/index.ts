export { ViewStore, VIEW_COLLECTIONS } from './data-access/view-store';
export { DeadLetterStore, type DeadLetter } from './data-access/dead-letter-store';
export { viewDocument, monthBucket, type ViewDocument, type ViewTombstone } from './domain/view-document';
export { ReceiptStore, type StoredReceipt } from './data-access/receipt-store';
