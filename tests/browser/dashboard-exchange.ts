// The exchange the dashboard tests look at: LA and VN with the demo records, all through the submit
// API (seizures, an alert valid around today, Boten's closure superseded by its reopening, VN's hit
// on LA's alert), waited for until LA's view holds every one of them.
import { apiClient, requestBody, type AnswerOf, type OperationId } from '@bex/api';
import { botenClosure, botenReopening, botenSeizure, dakTaOocHit, dakTaOocSeizure, truckAlert } from '@bex/schemas';
import type { AuthorityCode, RecordTypeName } from '@bex/shared';
import { eventually, startTestExchange, type TestExchange } from '../harness';

const DAY = 24 * 3600 * 1000;

export interface DashboardExchange {
  ex: TestExchange;
  alertId: string;
  reopeningId: string;
}

export async function startDashboardExchange(): Promise<DashboardExchange> {
  const ex = await startTestExchange(['LA', 'VN']);
  const api = (authority: AuthorityCode) => apiClient(ex.nodes[authority]!.apiUrl!, ex.token(authority));
  const recordId = <K extends OperationId>(authority: AuthorityCode, operation: K, answer: AnswerOf<K>): string => {
    if (answer.status !== 202) throw new Error(`${authority} ${operation} answered ${String(answer.status)}: ${JSON.stringify(answer.body)}`);
    return (answer.body as { recordId: string }).recordId;
  };
  const arrived = (authority: string, type: RecordTypeName, recordId: string, revision = 1) =>
    eventually(async () => (await ex.nodes[authority]!.views.collection(type).findOne({ recordId, revision: { $gte: revision } })) ?? undefined, 30_000);

  const now = Date.now();
  const seizures = await Promise.all(
    [botenSeizure, dakTaOocSeizure].map(async (s) => recordId('LA', 'submitSeizureCase', await api('LA').call('submitSeizureCase', { body: requestBody('SeizureCase', s) }))),
  );
  const alert = {
    ...requestBody('VehicleRiskAlert', truckAlert),
    validFrom: new Date(now - DAY).toISOString(),
    validUntil: new Date(now + 60 * DAY).toISOString(),
    responseDeadline: new Date(now + 2 * DAY).toISOString(),
    lastSeenAt: new Date(now - 2 * DAY).toISOString(),
  };
  const alertId = recordId('LA', 'submitVehicleRiskAlert', await api('LA').call('submitVehicleRiskAlert', { body: alert }));
  const closureId = recordId('LA', 'submitPolicyChange', await api('LA').call('submitPolicyChange', { body: requestBody('PolicyChange', botenClosure) }));
  const reopening = await api('LA').call('supersedePolicyChange', { path: { id: closureId }, body: requestBody('PolicyChange', botenReopening) });
  const reopeningId = recordId('LA', 'supersedePolicyChange', reopening);
  await arrived('VN', 'VehicleRiskAlert', alertId);
  const hit = { ...requestBody('AlertHit', dakTaOocHit), alertId, alertSource: 'LA' as const, reportingAuthority: 'VN' as const, linkedSeizureId: null, seenAt: new Date(now - 3600_000).toISOString() };
  const hitId = recordId('VN', 'submitAlertHit', await api('VN').call('submitAlertHit', { body: hit }));
  await Promise.all([
    ...seizures.map((id) => arrived('LA', 'SeizureCase', id)),
    arrived('LA', 'VehicleRiskAlert', alertId),
    arrived('LA', 'AlertHit', hitId),
    arrived('LA', 'PolicyChange', reopeningId),
    arrived('LA', 'PolicyChange', closureId, 2),
  ]);
  return { ex, alertId, reopeningId };
}
