export { recordSchema, rulesOf, type RecordRule, type RecordSchema, type RecordSchemaOptions } from './record-schema';
export { DATE_SCHEMA, DATE_TIME_SCHEMA, formatSchema, keyFormatSchema } from './format-schemas';
