// v2 of VehicleRiskAlert adds lastSeenAt. Proven with bytes, not only with the resolver's word:
// an old reader decodes v2 data, and a v2 reader decodes v1 data with the default filled in.
import { vehicleRiskAlertType } from '../avro-types';
import { truckAlert } from '../samples/vehicle-risk-alert';

describe('VehicleRiskAlert v1 <-> v2', () => {
  const v1 = vehicleRiskAlertType(1);
  const v2 = vehicleRiskAlertType(2);
  // v3 added meta.retraction; this pair predates it.
  const { retraction: _v3, ...metaV2 } = truckAlert.meta;
  const { lastSeenAt, ...asV1 } = { ...truckAlert, meta: metaV2 };

  it('v1 differs from v2 by lastSeenAt only', () => {
    const names = (t: typeof v1) => (t.schema() as { fields: { name: string }[] }).fields.map((f) => f.name);
    expect(names(v2).filter((n) => !names(v1).includes(n))).toEqual(['lastSeenAt']);
  });

  it('an old (v1) reader reads v2 bytes and skips the new field', () => {
    const bytes = v2.toBuffer({ ...truckAlert, meta: metaV2 });
    const read = v1.fromBuffer(bytes, v1.createResolver(v2)) as Record<string, unknown>;
    expect(lastSeenAt).not.toBeNull();
    expect({ ...read }).toEqual(asV1);
  });

  it('a v2 reader reads v1 bytes and fills lastSeenAt with its default, null', () => {
    const bytes = v1.toBuffer(asV1);
    const read = v2.fromBuffer(bytes, v2.createResolver(v1)) as Record<string, unknown>;
    expect({ ...read }).toEqual({ ...asV1, lastSeenAt: null });
  });
});
