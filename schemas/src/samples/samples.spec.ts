import { avroType } from '../avro-types';
import { validateRecord } from '../validate/validate-record';
import { ALL_SAMPLES, BOTEN_CLOSURE_ID, DAK_TA_OOC_SEIZURE_ID, GATES, TRUCK_ALERT_ID, botenReopening, botenSeizure, dakTaOocHit, makeSample, truckAlert } from '.';

describe('samples', () => {
  it.each(ALL_SAMPLES.map((s) => [s.name, s] as const))('%s passes validateRecord', (_name, { recordName, value }) => {
    expect(validateRecord(recordName, value)).toEqual([]);
  });

  it.each(ALL_SAMPLES.map((s) => [s.name, s] as const))('%s survives an Avro round trip unchanged', (_name, { recordName, value }) => {
    const type = avroType(recordName);
    expect({ ...(type.fromBuffer(type.toBuffer(value)) as object) }).toEqual(value);
  });

  it('link up: the hit answers the alert and points at the Dak Ta Ooc seizure; the reopening supersedes the closure', () => {
    expect(truckAlert.targetGates).toEqual(['LA-DTO', 'VN-NGI']);
    expect(dakTaOocHit.alertId).toBe(TRUCK_ALERT_ID);
    expect(dakTaOocHit.linkedSeizureId).toBe(DAK_TA_OOC_SEIZURE_ID);
    expect(botenReopening.supersedes).toEqual([BOTEN_CLOSURE_ID]);
    expect([botenReopening.dailyVehicleLimit, botenReopening.previousDailyVehicleLimit]).toEqual([150, 350]);
  });

  it('use gates whose coordinates lie in the gate country\'s part of the Mekong region', () => {
    for (const gate of Object.values(GATES)) {
      expect(gate.latitude).toBeGreaterThan(10);
      expect(gate.latitude).toBeLessThan(23);
      expect(gate.longitude).toBeGreaterThan(100);
      expect(gate.longitude).toBeLessThan(108);
    }
  });
});

describe('makeSample', () => {
  it('re-addresses a sample without touching the shared one', () => {
    const copy = makeSample('SeizureCase', { source: 'VN', recipient: 'CN', recordId: '11111111-2222-4333-8444-555555555555', revision: 3 });
    expect(copy.meta).toMatchObject({ source: 'VN', recipient: 'CN', recordId: '11111111-2222-4333-8444-555555555555', revision: 3 });
    copy.persons![0]!.fullName = null;
    expect(botenSeizure.persons?.[0]?.fullName).toBe('Khamphone Sivongsa');
    expect(botenSeizure.meta.source).toBe('LA');
    expect(validateRecord('SeizureCase', copy)).toEqual([]);
  });

  it('makes a source its own recipient unless told otherwise, and starts from a given base', () => {
    const copy = makeSample('PolicyChange', { source: 'TH', base: botenReopening });
    expect(copy.meta.recipient).toBe('TH');
    expect(copy.dailyVehicleLimit).toBe(150);
  });
});

describe('redaction and withdrawal', () => {
  // What the sharing agreements remove and what a tombstone drops must still encode.
  const droppable = ['caseReference', 'seizedAt', 'location', 'direction', 'transportMode', 'conveyance', 'concealment',
    'detectionMethod', 'route', 'persons', 'companies', 'outcome', 'media', 'narrative'];
  const personal = ['fullName', 'identityDocument', 'sex', 'birthYear', 'nationality'];

  it('can set every personal-data field and every content field of a seizure to null', () => {
    const copy = structuredClone(botenSeizure) as unknown as Record<string, unknown>;
    const persons = copy.persons as Record<string, unknown>[];
    for (const person of persons) for (const field of personal) person[field] = null;
    for (const company of copy.companies as Record<string, unknown>[]) { company.name = null; company.registrationNumber = null; }
    expect(avroType('SeizureCase').isValid(copy)).toBe(true);
    for (const field of droppable) copy[field] = null;
    expect(avroType('SeizureCase').isValid(copy)).toBe(true);
  });
});
