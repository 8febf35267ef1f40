// Type errors as avsc finds them, turned into field paths and plain messages.
import type avro from 'avsc';
import { childPath, type FieldError } from './field-error';

function describe(type: avro.Type): string {
  const name = type.typeName;
  if (name === 'string') return 'a string';
  if (name === 'int') return 'a whole number (32-bit)';
  if (name === 'long') return 'a whole number (times are epoch milliseconds)';
  if (name === 'float' || name === 'double') return 'a number';
  if (name === 'boolean') return 'true or false';
  if (name === 'null') return 'null';
  if (name === 'enum') return `one of ${(type as avro.types.EnumType).symbols.join(', ')}`;
  if (name === 'array') return 'an array';
  if (name === 'map') return 'an object of strings';
  if (name === 'record') return 'an object';
  if (name.startsWith('union')) return (type as avro.types.UnwrappedUnionType).types.map(describe).join(' or ');
  return name;
}

function pathOf(root: unknown, steps: readonly string[]): string {
  let path = '';
  let node = root;
  for (const step of steps) {
    const isIndex = Array.isArray(node) && /^[0-9]+$/.test(step);
    path = childPath(path, isIndex ? Number(step) : step);
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[step] : undefined;
  }
  return path;
}

export function avroErrors(type: avro.Type, value: unknown): FieldError[] {
  const errors: FieldError[] = [];
  type.isValid(value, {
    errorHook: (steps, bad, badType) => {
      const message = bad === undefined ? 'is required' : `must be ${describe(badType)}`;
      errors.push({ path: pathOf(value, steps), message });
    },
  });
  return errors;
}
