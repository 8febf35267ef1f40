import fc from 'fast-check';
import { botenClosure, botenSeizure, dakTaOocHit, dakTaOocSeizure, truckAlert } from '@bex/schemas';
import { RECORD_TYPES, type RecordTypeName } from '@bex/shared';
import { freeTextPaths } from './free-text-paths';
import { FREE_TEXT_WITHOUT_PERSONAL_DATA, PERSONAL_DATA_PATHS, withoutPersonalData } from './personal-data';

describe('withoutPersonalData', () => {
  const stripped = withoutPersonalData('SeizureCase', botenSeizure);

  it('nulls every personal-data field of every person and company, keeping refs and roles', () => {
    for (const p of stripped.persons!) {
      expect(p).toEqual({ ref: expect.any(String), role: expect.any(String), fullName: null, identityDocument: null, birthYear: null, sex: null, nationality: null });
    }
    expect(stripped.companies!.map((c) => c.registrationNumber)).toEqual([null, null]);
    expect(stripped.companies!.map((c) => c.name)).toEqual(botenSeizure.companies!.map((c) => c.name));
    expect(stripped.narrative).toBeNull();
    expect(stripped.media).toBeNull();
    expect(JSON.stringify(stripped)).not.toMatch(/Khamphone|Zhang Wei|E61234578|0105-221198/);
  });

  it('names the removed places in meta.redactedPaths and leaves the input alone', () => {
    expect(stripped.meta.redactedPaths).toEqual(expect.arrayContaining(['persons[0].fullName', 'persons[1].identityDocument', 'companies[1].registrationNumber', 'narrative', 'concealment.text']));
    expect(botenSeizure.persons![0]!.fullName).toBe('Khamphone Sivongsa');
    expect(botenSeizure.meta.redactedPaths).toEqual([]);
  });

  it('leaves absent and already removed fields as they are', () => {
    const partial = withoutPersonalData('SeizureCase', { ...botenSeizure, persons: null, narrative: null });
    expect(partial.persons).toBeNull();
    expect(partial.meta.redactedPaths).not.toContain('narrative');
  });

  it('withholds the free text of a case, keeping what describes the goods and how they were hidden as codes', () => {
    expect(stripped.concealment).toEqual({ method: botenSeizure.concealment!.method, text: null });
    expect(stripped.goods.map((g) => g.description)).toEqual(botenSeizure.goods.map((g) => g.description));
  });

  it('withholds an alert\'s justification and modus operandi, keeping what it asks a gate to do', () => {
    const alert = withoutPersonalData('VehicleRiskAlert', truckAlert);
    expect(alert.justification).toBeNull();
    expect(alert.riskIndicators.map((r) => r.modusOperandi)).toEqual(truckAlert.riskIndicators.map(() => null));
    expect(alert.riskIndicators.map((r) => r.category)).toEqual(truckAlert.riskIndicators.map((r) => r.category));
    expect({ vehicle: alert.vehicle, priority: alert.priority, requestedAction: alert.requestedAction }).toEqual({ vehicle: truckAlert.vehicle, priority: truckAlert.priority, requestedAction: truckAlert.requestedAction });
    expect(alert.meta.redactedPaths).toEqual(expect.arrayContaining(['justification', 'riskIndicators[0].modusOperandi']));
  });

  it('withholds a hit\'s circumstances', () => {
    const hit = withoutPersonalData('AlertHit', dakTaOocHit);
    expect(hit.circumstances).toBeNull();
    expect(hit.meta.redactedPaths).toEqual(['circumstances']);
    expect(hit.observedVehicle).toEqual(dakTaOocHit.observedVehicle);
  });

  it('changes nothing of a policy change: its texts are published law', () => {
    expect(PERSONAL_DATA_PATHS.PolicyChange).toEqual([]);
    expect(withoutPersonalData('PolicyChange', botenClosure)).toBe(botenClosure);
  });
});

describe('which free text is personal data', () => {
  it('every free-text field of every contract is withheld unless it is listed, with a reason, as holding none', () => {
    for (const type of RECORD_TYPES) {
      for (const path of freeTextPaths(type)) {
        const exempt = FREE_TEXT_WITHOUT_PERSONAL_DATA[type][path];
        expect([type, path, exempt === undefined ? PERSONAL_DATA_PATHS[type].includes(path) : exempt.length > 10]).toEqual([type, path, true]);
      }
    }
  });

  it('lists no exemption for a field the contracts do not have', () => {
    for (const type of RECORD_TYPES) expect(freeTextPaths(type)).toEqual(expect.arrayContaining(Object.keys(FREE_TEXT_WITHOUT_PERSONAL_DATA[type])));
  });

  // Whatever a record's free text says, none of it survives for a holder without the grant.
  const SAMPLES: ReadonlyArray<[RecordTypeName, unknown]> = [['SeizureCase', botenSeizure], ['SeizureCase', dakTaOocSeizure], ['VehicleRiskAlert', truckAlert], ['AlertHit', dakTaOocHit]];
  it.each(SAMPLES.map(([type, sample], i) => [`${type} ${i}`, type, sample] as const))('%s: no withheld text is left anywhere in the answer', (_name, type, sample) => {
    const withheld = PERSONAL_DATA_PATHS[type].filter((p) => freeTextPaths(type).includes(p));
    fc.assert(
      fc.property(fc.string({ minLength: 8, maxLength: 40 }).map((s) => `secret:${s}`), (secret) => {
        const record = structuredClone(sample) as Record<string, unknown>;
        for (const path of withheld) writeText(record, path.split('.'), { en: secret, lo: secret });
        const written = JSON.stringify(secret).slice(1, -1);
        expect(JSON.stringify(record)).toContain(written);
        expect(JSON.stringify(withoutPersonalData(type, record))).not.toContain(written);
      }),
      { numRuns: 50 },
    );
  });
});

/** Puts `text` at every place `steps` reaches (`[]` steps into each item, making one where none is). */
function writeText(holder: Record<string, unknown>, steps: string[], text: object): void {
  const [step, ...rest] = steps;
  if (step === undefined) return;
  const many = step.endsWith('[]');
  const field = many ? step.slice(0, -2) : step;
  if (rest.length === 0) {
    holder[field] = text;
    return;
  }
  if (many) {
    const items = Array.isArray(holder[field]) && (holder[field] as unknown[]).length > 0 ? (holder[field] as Array<Record<string, unknown>>) : [{}];
    holder[field] = items;
    for (const item of items) writeText(item, rest, text);
  } else {
    holder[field] = (holder[field] as Record<string, unknown> | null) ?? {};
    writeText(holder[field] as Record<string, unknown>, rest, text);
  }
}
