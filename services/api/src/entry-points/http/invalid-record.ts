// A 400 that names every failing field, so a caller fixes a form in one round trip.
import { AppError } from '@bex/shared';
import type { FieldError } from '../../domain/field-error';

export class InvalidRecord extends AppError {
  constructor(readonly errors: FieldError[]) {
    super('validation', `${errors.length} field${errors.length === 1 ? '' : 's'} failed validation; see errors`, { httpStatus: 400 });
  }
}
