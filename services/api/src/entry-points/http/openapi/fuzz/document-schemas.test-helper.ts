// The OpenAPI document's JSON Schemas as a validator: the oracle of the generated-request test,
// which asks it whether a request is valid and whether an answer matches what its status promises.
// Formats are checked here (RFC 3339 with real calendar days) rather than trusted to the server.
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d|60)(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/i;

function calendarDay(year: number, month: number, day: number): boolean {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

const isDate = (s: string): boolean => {
  const m = DATE.exec(s);
  return m !== null && calendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
};
const isDateTime = (s: string): boolean => {
  const m = DATE_TIME.exec(s);
  return m !== null && calendarDay(Number(m[1]), Number(m[2]), Number(m[3]));
};

const LOCAL = '#/components/schemas/';
const SHARED = 'bex#/$defs/';
const relocated = <T>(schema: T): T => JSON.parse(JSON.stringify(schema).replaceAll(LOCAL, SHARED)) as T;

export class DocumentSchemas {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: false });
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(readonly components: Record<string, unknown>) {
    this.ajv.addFormat('date', isDate);
    this.ajv.addFormat('date-time', isDateTime);
    this.ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:\S+$/i);
    this.ajv.addSchema({ $id: 'bex', $defs: relocated(components) });
  }

  /** The schema a `$ref` of the document names. */
  resolve(ref: string): Record<string, unknown> {
    const schema = this.components[ref.slice(LOCAL.length)];
    if (schema === undefined) throw new Error(`the document has no ${ref}`);
    return schema as Record<string, unknown>;
  }

  /** undefined when `value` matches `schema` (which may refer to components), else why not. */
  problem(schema: unknown, value: unknown): string | undefined {
    const key = JSON.stringify(schema);
    let validate = this.compiled.get(key);
    if (validate === undefined) {
      validate = this.ajv.compile(relocated(schema as object));
      this.compiled.set(key, validate);
    }
    if (validate(value)) return undefined;
    return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`).join('; ');
  }

  matches(schema: unknown, value: unknown): boolean {
    return this.problem(schema, value) === undefined;
  }
}
