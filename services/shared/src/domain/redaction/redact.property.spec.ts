import fc from 'fast-check';
import { AUTHORITIES, RECORD_TYPES } from '../records/record-types';
import { deepCopy } from './deep-copy';
import { forEachPresent, parsePath, presentPaths, type PathStep } from './path';
import { AT, arbitraryAgreement, arbitraryPair, arbitraryRecord, deepFreeze } from './record-arbitraries.test-helper';
import { redactFor, shareFor } from './redact';

function steps(path: string): PathStep[] {
  const parsed = parsePath(path);
  if (!parsed.ok) throw new Error(`generator produced a bad path ${path}: ${parsed.error}`);
  return parsed.steps;
}

/** Reads a concrete path such as persons[2].fullName. */
function valueAt(root: unknown, concrete: string): unknown {
  let node: unknown = root;
  for (const part of concrete.split('.')) {
    const m = /^(\w+)(?:\[(\d+)\])?$/.exec(part);
    if (!m?.[1] || node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[m[1]];
    if (m[2] !== undefined) node = Array.isArray(node) ? node[Number(m[2])] : undefined;
  }
  return node;
}

describe('redactFor, for any generated record and agreement', () => {
  it('leaves no value at any removed path, whether expanded over the output or over the input', () => {
    let shared = 0;
    fc.assert(
      fc.property(arbitraryPair, ({ record, agreement }) => {
        const result = redactFor(record, agreement, AT);
        if (!result.shared) return;
        shared += 1;
        for (const pattern of agreement.removePaths) {
          expect(presentPaths(result.record, steps(pattern))).toEqual([]);
          forEachPresent(record, steps(pattern), (_holder, _field, concrete) => {
            expect(valueAt(result.record, concrete) ?? null).toBeNull();
            // Listed itself, or gone with an ancestor that is (`conveyance` before `conveyance.vin`,
            // `persons` before `persons[0].identityDocument`).
            expect(result.removedPaths.some((p) => concrete === p || concrete.startsWith(`${p}.`) || concrete.startsWith(`${p}[`))).toBe(true);
          });
        }
      }),
      { numRuns: 500 },
    );
    expect(shared).toBeGreaterThan(100);
  });

  it('removes exactly the listed paths and changes nothing else but recipient and redactedPaths', () => {
    fc.assert(
      fc.property(arbitraryPair, ({ record, agreement }) => {
        const result = redactFor(record, agreement, AT);
        if (!result.shared) return;
        expect(result.record.meta.recipient).toBe(agreement.recipient);
        expect(result.record.meta.redactedPaths).toEqual(result.removedPaths);
        expect(new Set(result.removedPaths).size).toBe(result.removedPaths.length);
        const restored = deepCopy(result.record) as Record<string, unknown>;
        for (const concrete of result.removedPaths) {
          expect(valueAt(record, concrete)).not.toBeNull();
          expect(valueAt(result.record, concrete) ?? null).toBeNull();
        }
        // Put the original values back, innermost last so an ancestor does not overwrite it: what
        // remains must be the input.
        for (const concrete of [...result.removedPaths].reverse()) {
          const parts = concrete.split('.');
          const last = parts.pop() as string;
          const holder = parts.length === 0 ? restored : valueAt(restored, parts.join('.'));
          (holder as Record<string, unknown>)[last] = deepCopy(valueAt(record, concrete));
        }
        expect({ ...restored, meta: record.meta }).toEqual(record);
      }),
      { numRuns: 300 },
    );
  });

  it('never mutates its input', () => {
    fc.assert(
      fc.property(arbitraryPair, ({ record, agreement }) => {
        const before = deepCopy(record);
        redactFor(deepFreeze(record), agreement, AT);
        expect(record).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it('never shares an H3 record, whatever the agreement says', () => {
    fc.assert(
      fc.property(arbitraryPair, fc.constantFrom('H0', 'H1', 'H2', 'H3'), ({ record, agreement }, claimed) => {
        const h3 = { ...record, meta: { ...record.meta, handlingCode: 'H3' } };
        // Even an agreement that (wrongly) names H3 must not let it out.
        const result = redactFor(h3, { ...agreement, maxHandlingCode: claimed as 'H2' }, AT);
        expect(result.shared).toBe(false);
        if (record.meta.source === agreement.source) expect(result).toMatchObject({ reason: 'h3-never-leaves' });
      }),
    );
  });

  it('never shares a record type the agreement does not list', () => {
    fc.assert(
      fc.property(arbitraryPair, fc.subarray([...RECORD_TYPES]), ({ record, agreement }, types) => {
        const recordTypes = types.filter((t) => t !== record.meta.recordType);
        const result = redactFor(record, { ...agreement, recordTypes }, AT);
        expect(result.shared).toBe(false);
      }),
    );
  });

  it('never shares a record of another source (no onward sharing)', () => {
    fc.assert(
      fc.property(arbitraryRecord, arbitraryAgreement, (record, agreement) => {
        fc.pre(record.meta.source !== agreement.source);
        expect(redactFor(record, agreement, AT)).toMatchObject({ shared: false, reason: 'not-originator' });
      }),
    );
  });

  it('never shares without an agreement', () => {
    fc.assert(
      fc.property(arbitraryRecord, (record) => {
        expect(redactFor(record, undefined, AT).shared).toBe(false);
      }),
    );
  });

  it('never shares a record with a gate outside the agreement scope', () => {
    fc.assert(
      fc.property(arbitraryPair, ({ record, agreement }) => {
        const scoped = { ...agreement, gateScope: ['NOWHERE'] };
        expect(redactFor(record, scoped, AT).shared).toBe(false);
      }),
    );
  });

  it('never lets a relay send on a record of another source, whatever agreements it holds', () => {
    fc.assert(
      fc.property(arbitraryRecord, fc.array(arbitraryAgreement, { maxLength: 6 }), fc.constantFrom(...AUTHORITIES), fc.constantFrom(...AUTHORITIES), (record, agreements, relay, recipient) => {
        fc.pre(record.meta.source !== relay);
        expect(shareFor(record, { relay, recipient }, agreements, AT)).toMatchObject({ shared: false, reason: 'not-originator' });
      }),
    );
  });
});
