import { botenClosure, botenSeizure, dakTaOocHit, dakTaOocSeizure, truckAlert } from '@bex/schemas';
import type { AnyRecord } from '@bex/shared';
import { boundGate, hitVisibility, mayAskPlace, recordOutsideGate, seesGates } from './gate-binding';

const branch = (roles: string[], gate = 'LA-DTO') => ({ roles, office: 'LA-DTO-OFFICE', gate });

describe('boundGate', () => {
  it('binds a border branch to the gate its token names, or to its office when it names none', () => {
    expect(boundGate(branch(['border-branch']))).toBe('LA-DTO');
    expect(boundGate({ roles: ['border-branch'], office: 'LA-BTN' })).toBe('LA-BTN');
  });

  it('binds a token by its narrowest role: border-branch beside any other role still binds it', () => {
    for (const other of ['analyst', 'officer', 'admin']) expect(boundGate(branch(['border-branch', other]))).toBe('LA-DTO');
    expect(boundGate(branch(['analyst', 'officer', 'admin', 'border-branch']))).toBe('LA-DTO');
  });

  it('binds no other role, even when its token names a gate', () => {
    for (const roles of [['officer'], ['analyst'], ['admin'], ['officer', 'analyst', 'admin']]) expect(boundGate(branch(roles))).toBeUndefined();
  });
});

describe('seesGates', () => {
  it('shows a bound holder only what names its gate, and what names no gate to nobody bound', () => {
    expect(seesGates('LA-DTO', ['LA-DTO', 'VN-NGI'])).toBe(true);
    expect(seesGates('LA-DTO', ['LA-BTN', 'CN-MHN'])).toBe(false);
    expect(seesGates('LA-DTO', [])).toBe(false);
    expect(seesGates('LA-DTO', undefined)).toBe(false);
    expect(seesGates(undefined, ['LA-BTN'])).toBe(true);
    expect(seesGates(undefined, undefined)).toBe(true);
  });
});

describe('mayAskPlace', () => {
  it('lets a bound holder ask about its own gate, or a crossing its gate is a side of, only', () => {
    expect(mayAskPlace('LA-DTO', { gate: 'LA-DTO' })).toBe(true);
    expect(mayAskPlace('LA-DTO', { gate: 'LA-BTN' })).toBe(false);
    expect(mayAskPlace('LA-DTO', {})).toBe(false);
    expect(mayAskPlace('LA-DTO', { crossingGates: ['LA-DTO', 'VN-NGI'] })).toBe(true);
    expect(mayAskPlace('LA-DTO', { gate: 'LA-DTO', crossingGates: ['LA-BTN', 'CN-MHN'] })).toBe(false);
    expect(mayAskPlace(undefined, { gate: 'LA-BTN' })).toBe(true);
  });
});

describe('hitVisibility', () => {
  const alerts = [{ recordId: 'aimed-here', gates: ['LA-DTO', 'VN-NGI'] }, { recordId: 'aimed-elsewhere', gates: ['LA-BTN'] }];

  it('shows a branch the hits seen at its gate and those on alerts aimed at its gate', () => {
    const sees = hitVisibility('LA-DTO', alerts);
    expect(sees({ gates: ['LA-DTO'], alertId: 'aimed-elsewhere' })).toBe(true);
    expect(sees({ gates: ['LA-BTN'], alertId: 'aimed-here' })).toBe(true);
    expect(sees({ gates: ['LA-BTN'], alertId: 'aimed-elsewhere' })).toBe(false);
    expect(sees({ gates: [], alertId: null })).toBe(false);
    expect(sees({ gates: ['LA-BTN'], alertId: 'unknown' })).toBe(false);
  });

  it('shows an unbound holder every hit', () => {
    expect(hitVisibility(undefined, [])({ gates: ['LA-BTN'], alertId: 'aimed-elsewhere' })).toBe(true);
  });
});

describe('recordOutsideGate', () => {
  const asRecord = (r: unknown) => r as AnyRecord;

  it('finds the record a bound writer may not write: one that does not name its gate', () => {
    expect(recordOutsideGate('LA-DTO', [asRecord(dakTaOocHit), asRecord(dakTaOocSeizure), asRecord(truckAlert)])).toBeUndefined();
    expect(recordOutsideGate('LA-DTO', [asRecord(dakTaOocHit), asRecord(botenSeizure)])).toBe(botenSeizure);
    expect(recordOutsideGate('LA-DTO', [asRecord(botenClosure)])).toBe(botenClosure);
  });

  it('lets an unbound writer write at any gate', () => {
    expect(recordOutsideGate(undefined, [asRecord(botenSeizure)])).toBeUndefined();
  });
});
