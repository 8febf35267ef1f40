export { RecordPublisher, type SigningKey } from './data-access/record-publisher';
export { NUDGED_POLL_MS, POLL_MS, RelayLoop, type RelayOptions } from './entry-points/relay-loop';
export { planDeliveries, type Delivery, type Plan } from './domain/plan-deliveries';
export { ReceiptSender } from './entry-points/receipt-sender';
export { PendingReader } from './data-access/pending-reader';
