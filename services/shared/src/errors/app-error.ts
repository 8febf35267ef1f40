// The one error type of BEX. `code` is stable and machine-readable (tests and dead letters use it),
// `retriable` tells a caller whether trying again can help (a broker outage) or not (bad bytes),
// `httpStatus` is set where an HTTP answer follows from the error.
export interface AppErrorOptions {
  retriable?: boolean;
  httpStatus?: number;
  cause?: unknown;
}

export class AppError extends Error {
  readonly retriable: boolean;
  readonly httpStatus: number | undefined;

  constructor(
    readonly code: string,
    message: string,
    opts: AppErrorOptions = {},
  ) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'AppError';
    this.retriable = opts.retriable ?? false;
    this.httpStatus = opts.httpStatus;
  }
}

export function isAppError(err: unknown, code?: string): err is AppError {
  return err instanceof AppError && (code === undefined || err.code === code);
}
