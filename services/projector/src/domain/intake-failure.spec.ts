import { AppError } from '@bex/shared';
import { intakeFailure, stopsIntake } from './intake-failure';

describe('whether an error met while judging one message stops intake', () => {
  it('stops intake only for what heals by itself: a retriable error, a database out of reach', () => {
    expect(stopsIntake(new AppError('registry-unreachable', 'down', { retriable: true }))).toBe(true);
    const lost = Object.assign(new Error('connection 3 to 127.0.0.1:27017 closed'), { name: 'MongoNetworkError' });
    expect(stopsIntake(lost)).toBe(true);
    expect(stopsIntake(new AppError('avro-bad-body', 'bad'))).toBe(false);
    expect(stopsIntake(new RangeError('Invalid time value'))).toBe(false);
    expect(stopsIntake(Object.assign(new Error('key a\u0000b must not contain null bytes'), { name: 'BSONError' }))).toBe(false);
    expect(stopsIntake('a string thrown')).toBe(false);
  });

  it('names the kind of failure as the dead letter\'s reason', () => {
    expect(intakeFailure(new AppError('avro-bad-writer-schema', 'schema 7 is not Avro')).reason).toBe('intake-avro-bad-writer-schema');
    expect(intakeFailure(new RangeError('Invalid time value'))).toEqual({ reason: 'intake-failed', detail: 'RangeError: Invalid time value' });
  });
});
