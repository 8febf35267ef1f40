// Whether an error met while judging one message belongs to that message or to the intake as a
// whole. Only what can heal by itself (the registry or the database out of reach) may stop a
// partition and be retried; anything else thrown while one message was judged is that message's
// fault, whatever it is, and becomes its dead letter, so no bytes a partner writes can stop intake.
import { isAppError, isDatabaseUnavailable } from '@bex/shared';

export function stopsIntake(err: unknown): boolean {
  return (isAppError(err) && err.retriable) || isDatabaseUnavailable(err);
}

/** A reason and detail for an error the judging of one message ran into: its kind, never the values it met. */
export function intakeFailure(err: unknown): { reason: string; detail: string } {
  if (isAppError(err)) return { reason: `intake-${err.code}`, detail: err.message };
  const name = err instanceof Error ? err.name : typeof err;
  const message = err instanceof Error ? err.message : '';
  return { reason: 'intake-failed', detail: `${name}: ${message}` };
}
