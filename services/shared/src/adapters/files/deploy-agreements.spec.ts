// The committed agreements load, and say what the partners agreed.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isAppError } from '../../errors/app-error';
import { findAgreement } from '../../domain/agreement/agreement';
import { loadAgreements } from './load-agreements';

const DIR = resolve(__dirname, '../../../../../deploy/agreements');
const AT = new Date('2026-06-15T00:00:00Z');

describe('deploy/agreements', () => {
  const agreements = loadAgreements(DIR);
  const get = (s: string, r: string) => findAgreement(agreements, s, r, AT);

  it('holds the six agreed pairs, all in force', () => {
    expect(agreements.map((a) => `${a.source}-${a.recipient}`).sort()).toEqual(['CN-LA', 'CN-VN', 'LA-CN', 'LA-VN', 'VN-CN', 'VN-LA']);
    expect(agreements.every((a) => get(a.source, a.recipient) === a)).toBe(true);
  });

  it('lets LA and VN share everything up to H2 without persons\' identifying data', () => {
    for (const a of [get('LA', 'VN'), get('VN', 'LA')]) {
      expect(a?.recordTypes).toHaveLength(4);
      expect(a?.maxHandlingCode).toBe('H2');
      expect(a?.removePaths).toEqual(expect.arrayContaining(['persons[].fullName', 'persons[].identityDocument']));
      expect(a?.removePaths.some((p) => /pseudonymousRef|role|nationality/.test(p))).toBe(false);
    }
  });

  it('limits LA→CN to seizures and policy changes at Boten, up to H1', () => {
    expect(get('LA', 'CN')).toMatchObject({ recordTypes: ['SeizureCase', 'PolicyChange'], maxHandlingCode: 'H1', gateScope: ['LA-BTN', 'CN-MHN'] });
    expect(get('LA', 'CN')?.removePaths).toEqual(expect.arrayContaining(['companies[].registrationNumber', 'companies[].name']));
  });

  it('has VN and CN exchange policy changes only', () => {
    expect(get('VN', 'CN')?.recordTypes).toEqual(['PolicyChange']);
    expect(get('CN', 'VN')?.recordTypes).toEqual(['PolicyChange']);
  });

  it('reports every bad file at once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bex-agreements-'));
    writeFileSync(join(dir, 'la-to-vn.json'), JSON.stringify({ source: 'LA' }));
    writeFileSync(join(dir, 'vn-to-la.json'), '{ not json');
    let caught: unknown;
    try {
      loadAgreements(dir);
    } catch (err) {
      caught = err;
    }
    expect(isAppError(caught, 'agreements-invalid')).toBe(true);
    expect(String((caught as Error).message)).toMatch(/la-to-vn\.json: recipient:[\s\S]*vn-to-la\.json: not valid JSON/);
  });

  it('refuses to load an agreement whose removePaths names no field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bex-agreements-'));
    const laToVn = readFileSync(join(DIR, 'la-to-vn.json'), 'utf8');
    writeFileSync(join(dir, 'la-to-vn.json'), laToVn.replace('"persons[].fullName"', '"persons[].fulName"'));
    let caught: unknown;
    try {
      loadAgreements(dir);
    } catch (err) {
      caught = err;
    }
    expect(isAppError(caught, 'agreements-invalid')).toBe(true);
    expect(String((caught as Error).message)).toMatch(/la-to-vn\.json: removePaths\[0\]: "persons\[\]\.fulName" names no field/);
  });
});
