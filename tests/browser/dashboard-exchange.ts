// The exchange the dashboard tests look at: LA and VN with the demo records, all through the submit
// API (seizures, an alert valid around today, Boten's closure superseded by its reopening, VN's hit
// on LA's alert), waited for until LA's view holds every one of them.
import { requestBody } from '@bex/api';
import { botenClosure, botenReopening, botenSeizure, dakTaOocHit, dakTaOocSeizure, truckAlert } from '@bex/schemas';
import type { AuthorityCode, RecordTypeName } from '@bex/shared';
import { callJson, eventually, startTestExchange, type TestExchange } from '../harness';

const DAY = 24 * 3600 * 1000;

export interface DashboardExchange {
  ex: TestExchange;
  alertId: string;
  reopeningId: string;
}

export async function startDashboardExchange(): Promise<DashboardExchange> {
  const ex = await startTestExchange(['LA', 'VN']);
  const submit = async (authority: AuthorityCode, method: string, path: string, body?: unknown): Promise<string> => {
    const answer = await callJson(ex.nodes[authority]!.apiUrl!, method, path, body, ex.token(authority));
    if (answer.status !== 202) throw new Error(`${authority} ${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body.recordId as string;
  };
  const arrived = (authority: string, type: RecordTypeName, recordId: string, revision = 1) =>
    eventually(async () => (await ex.nodes[authority]!.views.collection(type).findOne({ recordId, revision: { $gte: revision } })) ?? undefined, 30_000);

  const now = Date.now();
  const seizures = await Promise.all([botenSeizure, dakTaOocSeizure].map((s) => submit('LA', 'POST', '/v1/seizure-cases', requestBody('SeizureCase', s))));
  const alertId = await submit('LA', 'POST', '/v1/vehicle-alerts', {
    ...requestBody('VehicleRiskAlert', truckAlert),
    validFrom: new Date(now - DAY).toISOString(),
    validUntil: new Date(now + 60 * DAY).toISOString(),
    responseDeadline: new Date(now + 2 * DAY).toISOString(),
    lastSeenAt: new Date(now - 2 * DAY).toISOString(),
  });
  const closureId = await submit('LA', 'POST', '/v1/policy-changes', requestBody('PolicyChange', botenClosure));
  const reopeningId = await submit('LA', 'POST', `/v1/policy-changes/${closureId}/supersede`, requestBody('PolicyChange', botenReopening));
  await arrived('VN', 'VehicleRiskAlert', alertId);
  const hitId = await submit('VN', 'POST', '/v1/alert-hits', {
    ...requestBody('AlertHit', dakTaOocHit), alertId, alertSource: 'LA', linkedSeizureId: null, seenAt: new Date(now - 3600_000).toISOString(),
  });
  await Promise.all([
    ...seizures.map((id) => arrived('LA', 'SeizureCase', id)),
    arrived('LA', 'VehicleRiskAlert', alertId),
    arrived('LA', 'AlertHit', hitId),
    arrived('LA', 'PolicyChange', reopeningId),
    arrived('LA', 'PolicyChange', closureId, 2),
  ]);
  return { ex, alertId, reopeningId };
}
