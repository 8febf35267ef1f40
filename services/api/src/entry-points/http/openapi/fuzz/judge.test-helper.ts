// What the generated-request test holds an answer to: no server error; a status the operation
// declares, with the content type and schema it declares for it; a valid request carried out
// unless the answer names a reason the document gives (a refusal of the operation's own, an
// `x-rules` rule, or 413 for a body past the 1 MB the document states); an invalid one refused.
import type { Operation } from '../document';
import type { DocumentSchemas } from './document-schemas.test-helper';

export interface Answer {
  status: number;
  contentType: string;
  headers: Headers;
  body: unknown;
}

interface ProblemBody {
  type?: string;
  errors?: Array<{ path: string; message: string }>;
}

// Refusals that depend on what is stored or on whose record it is, not on the request's shape: a
// valid request may meet them. The others (invalid-query, validation, malformed-json, ...) say the
// request was not what the document allows, so a valid request must not get one.
// 'rate-limited': what the caller has in flight (trends, two per token subject), not its shape.
const STATE_REFUSALS = ['record-not-found', 'record-ambiguous', 'illegal-transition', 'not-record-owner', 'write-not-yours', 'gate-not-allowed', 'not-set-aside', 'match-not-found', 'match-decided', 'alert-not-live', 'rate-limited'];
const RULE_REFUSALS = ['invalid-query', 'validation'];
/** express's '1mb' (json-body.ts), as the document's 413 states it. */
const BODY_LIMIT_BYTES = 1024 * 1024;

const codeOf = (type: string | undefined): string => (type ?? '').slice((type ?? '').lastIndexOf('/') + 1);

/** Every way `answer` fails the document; empty when it keeps it. `bodyBytes`: the size of the request's body. */
export function judge(schemas: DocumentSchemas, op: Operation, valid: boolean, answer: Answer, bodyBytes = 0): string[] {
  const failures: string[] = [];
  if (answer.status >= 500) failures.push(`server error ${answer.status}`);
  const declared = op.responses[String(answer.status)];
  if (declared === undefined) return [...failures, `status ${answer.status} is not declared`];
  const [mediaType, content] = Object.entries(declared.content ?? {})[0] ?? [];
  if (mediaType !== undefined && !answer.contentType.startsWith(mediaType)) failures.push(`content type ${answer.contentType}, declared ${mediaType}`);
  if (content !== undefined) {
    const problem = schemas.problem(content.schema, answer.body);
    if (problem !== undefined) failures.push(`answer ${answer.status} does not match its schema: ${problem}`);
  }
  if (answer.status === 202 && answer.headers.get('location') === null) failures.push('202 without Location');
  const ok = answer.status >= 200 && answer.status < 300;
  if (valid && !ok) {
    const refusal = answer.body as ProblemBody;
    const code = codeOf(refusal.type);
    const rules = op['x-rules'] ?? [];
    const byRule = RULE_REFUSALS.includes(code) && (refusal.errors ?? []).length > 0 && (refusal.errors ?? []).every((e) => rules.some((r) => r.path === e.path && r.message === e.message));
    const tooLarge = answer.status === 413 && bodyBytes > BODY_LIMIT_BYTES;
    if (!STATE_REFUSALS.includes(code) && !byRule && !tooLarge) failures.push(`valid request refused: ${answer.status} ${code} ${JSON.stringify(refusal.errors ?? []).slice(0, 600)}`);
  }
  if (!valid && ok) failures.push(`invalid request accepted with ${answer.status}`);
  return failures;
}
