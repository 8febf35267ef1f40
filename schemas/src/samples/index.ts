export { dakTaOocHit } from './alert-hit';
export { GATES, gateLocation, ict, type GateCode } from './gates';
export * from './ids';
export { DEFAULT_SAMPLES, makeSample, type SampleOptions } from './make-sample';
export { botenClosure, botenReopening } from './policy-changes';
export { botenSeizure } from './seizure-boten';
export { dakTaOocSeizure } from './seizure-dak-ta-ooc';
export { truckAlert } from './vehicle-risk-alert';

import type { RecordName } from '../records';
import { dakTaOocHit } from './alert-hit';
import { botenClosure, botenReopening } from './policy-changes';
import { botenSeizure } from './seizure-boten';
import { dakTaOocSeizure } from './seizure-dak-ta-ooc';
import { truckAlert } from './vehicle-risk-alert';

/** Every sample with its record type, for tests and seeding that go through them all. */
export const ALL_SAMPLES: ReadonlyArray<{ recordName: RecordName; name: string; value: unknown }> = [
  { recordName: 'SeizureCase', name: 'botenSeizure', value: botenSeizure },
  { recordName: 'SeizureCase', name: 'dakTaOocSeizure', value: dakTaOocSeizure },
  { recordName: 'VehicleRiskAlert', name: 'truckAlert', value: truckAlert },
  { recordName: 'AlertHit', name: 'dakTaOocHit', value: dakTaOocHit },
  { recordName: 'PolicyChange', name: 'botenClosure', value: botenClosure },
  { recordName: 'PolicyChange', name: 'botenReopening', value: botenReopening },
];
