import { isJsonObject, type Json } from '../bundle/json';
import { RECORD_NAMES } from '../records';
import { loadSchema, versionsOf } from '../versions/load-schema';
import { FORMAT_CHECKS, KEY_FORMAT_CHECKS } from './formats';

function attributes(node: Json, key: string, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => attributes(n, key, found));
  if (isJsonObject(node)) {
    const value = node[key];
    if (typeof value === 'string') found.add(value);
    Object.values(node).forEach((n) => attributes(n, key, found));
  }
  return found;
}

describe('format attributes of the committed schemas', () => {
  const schemas = RECORD_NAMES.flatMap((name) => versionsOf(name).map((v) => loadSchema(name, v)));

  it('all have a check, so none is silently skipped', () => {
    const formats = new Set(schemas.flatMap((s) => [...attributes(s, 'format')]));
    expect([...formats].filter((f) => !(f in FORMAT_CHECKS))).toEqual([]);
    const keyFormats = new Set(schemas.flatMap((s) => [...attributes(s, 'keyFormat')]));
    expect([...keyFormats].filter((f) => !(f in KEY_FORMAT_CHECKS))).toEqual([]);
  });

  it('give every decimal a scale', () => {
    const decimalsWithoutScale = (node: Json): number => {
      if (Array.isArray(node)) return node.reduce((n: number, c) => n + decimalsWithoutScale(c), 0);
      if (!isJsonObject(node)) return 0;
      const own = node.format === 'decimal' && typeof node.scale !== 'number' ? 1 : 0;
      return Object.values(node).reduce((n: number, c) => n + decimalsWithoutScale(c), own);
    };
    expect(schemas.map(decimalsWithoutScale)).toEqual(schemas.map(() => 0));
  });
});
