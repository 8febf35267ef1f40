// JSON logs with pino. Records carry personal data, so log lines name records by id and type only;
// the redact list is a safety net for fields that must never reach a log even by mistake.
import pino, { type Logger } from 'pino';

export type { Logger };

export function createLogger(name: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    name,
    level,
    base: { service: name },
    redact: {
      paths: ['record', '*.record', 'persons', '*.persons', 'authorization', 'req.headers.authorization', 'token'],
      censor: '[redacted]',
    },
  });
}
