export { RecordPublisher, type SigningKey } from './data-access/record-publisher';
export { RelayLoop, type RelayOptions } from './entry-points/relay-loop';
export { planDeliveries, type Delivery, type Plan } from './domain/plan-deliveries';
