import { isDatabaseUnavailable } from './database-unavailable';

const named = (name: string, message: string, extra: Record<string, unknown> = {}) => Object.assign(new Error(message), { name, ...extra });

describe('isDatabaseUnavailable', () => {
  it('knows the driver errors of a database that cannot be reached', () => {
    expect(isDatabaseUnavailable(named('MongoServerSelectionError', 'Server selection timed out after 30000 ms'))).toBe(true);
    expect(isDatabaseUnavailable(named('MongoNetworkError', 'connection 3 to 127.0.0.1:57017 closed'))).toBe(true);
    expect(isDatabaseUnavailable(named('MongoPoolClearedError', 'Connection pool for 127.0.0.1:57017 was cleared'))).toBe(true);
  });

  it('knows a bulk write that lost its connection (as the outbox group commit meets a killed database)', () => {
    expect(isDatabaseUnavailable(named('MongoBulkWriteError', 'connection 7 to 127.0.0.1:57017 closed'))).toBe(true);
  });

  it('follows the cause chain', () => {
    expect(isDatabaseUnavailable(new Error('append failed', { cause: named('MongoNetworkError', 'read ECONNRESET') }))).toBe(true);
  });

  it('does not take an answer of the database, or a bug, for an outage', () => {
    expect(isDatabaseUnavailable(named('MongoBulkWriteError', 'E11000 duplicate key error collection: outbox'))).toBe(false);
    expect(isDatabaseUnavailable(named('MongoServerError', 'Document failed validation'))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined (reading 'meta')"))).toBe(false);
    expect(isDatabaseUnavailable(named('Error', 'connection 7 to 127.0.0.1:57017 closed'))).toBe(false);
  });
});
