// Demo data for the local exchange, fed through the real path (each authority's api → outbox →
// relay → Kafka → partners' projectors) with the api's typed client: seizures at Boten and Dak Ta
// Ooc, VN's alert for a Vietnamese truck at Nam Giang later hit by LA at Dak Ta Ooc, and Boten's
// closure superseded by its reopening for a test run with 150 trucks a day. Validity dates of the
// alert are moved to today so that it is active when someone looks.
import { apiClient, requestBody, type AnswerOf, type ApiClient, type OperationId } from '@bex/api';
import { botenClosure, botenReopening, botenSeizure, dakTaOocHit, dakTaOocSeizure, truckAlert } from '@bex/schemas';
import { mintDevToken } from '../dev-identity';

type ApiUrls = Record<'LA' | 'VN' | 'CN', string>;

const DAY = 24 * 3600 * 1000;
const iso = (millis: number): string => new Date(millis).toISOString();

function recordIdOf<K extends OperationId>(authority: string, operation: K, answer: AnswerOf<K>): string {
  const body = answer.body as { recordId?: string } | undefined;
  if (answer.status !== 202 || body?.recordId === undefined) {
    throw new Error(`demo seed: ${authority} ${operation} answered ${String(answer.status)}: ${JSON.stringify(answer.body).slice(0, 500)}`);
  }
  return body.recordId;
}

/** Seeds the demo records; returns what it created, by name. */
export async function seedDemo(urls: ApiUrls, now = Date.now()): Promise<Record<string, string>> {
  const officer = (authority: keyof ApiUrls): ApiClient => apiClient(urls[authority], mintDevToken({ authority, roles: ['officer'], personalData: true }));
  const [la, vn] = [officer('LA'), officer('VN')];
  const created: Record<string, string> = {};
  created.botenSeizure = recordIdOf('LA', 'submitSeizureCase', await la.call('submitSeizureCase', { body: requestBody('SeizureCase', botenSeizure) }));
  created.dakTaOocSeizure = recordIdOf('LA', 'submitSeizureCase', await la.call('submitSeizureCase', { body: requestBody('SeizureCase', dakTaOocSeizure) }));
  const alert = { ...requestBody('VehicleRiskAlert', truckAlert), validFrom: iso(now - DAY), validUntil: iso(now + 60 * DAY), responseDeadline: iso(now + 7 * DAY) };
  created.truckAlert = recordIdOf('VN', 'submitVehicleRiskAlert', await vn.call('submitVehicleRiskAlert', { body: alert }));
  const hit = { ...requestBody('AlertHit', dakTaOocHit), alertId: created.truckAlert, linkedSeizureId: created.dakTaOocSeizure, seenAt: iso(now - 2 * 3600 * 1000) };
  created.dakTaOocHit = recordIdOf('LA', 'submitAlertHit', await la.call('submitAlertHit', { body: hit }));
  created.botenClosure = recordIdOf('LA', 'submitPolicyChange', await la.call('submitPolicyChange', { body: requestBody('PolicyChange', botenClosure) }));
  const reopening = await la.call('supersedePolicyChange', { path: { id: created.botenClosure }, body: requestBody('PolicyChange', botenReopening) });
  created.botenReopening = recordIdOf('LA', 'supersedePolicyChange', reopening);
  return created;
}
