import { botenSeizure, truckAlert } from '@bex/schemas';
import { PERSONAL_DATA_PATHS, withoutPersonalData } from './personal-data';

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
    expect(stripped.meta.redactedPaths).toEqual(expect.arrayContaining(['persons[0].fullName', 'persons[1].identityDocument', 'companies[1].registrationNumber', 'narrative']));
    expect(botenSeizure.persons![0]!.fullName).toBe('Khamphone Sivongsa');
    expect(botenSeizure.meta.redactedPaths).toEqual([]);
  });

  it('leaves absent and already removed fields as they are', () => {
    const partial = withoutPersonalData('SeizureCase', { ...botenSeizure, persons: null, narrative: null });
    expect(partial.persons).toBeNull();
    expect(partial.meta.redactedPaths).not.toContain('narrative');
  });

  it('changes nothing of record types without personal data', () => {
    expect(PERSONAL_DATA_PATHS.VehicleRiskAlert).toEqual([]);
    expect(withoutPersonalData('VehicleRiskAlert', truckAlert)).toBe(truckAlert);
  });
});
