// Demo data for the local exchange, fed through the real path (each authority's api → outbox →
// relay → Kafka → partners' projectors): seizures at Boten and Dak Ta Ooc, VN's alert for a
// Vietnamese truck at Nam Giang later hit by LA at Dak Ta Ooc, and Boten's closure superseded by its
// reopening for a test run with 150 trucks a day. Validity dates of the alert are moved to today so
// that it is active when someone looks.
import { requestBody } from '@bex/api';
import { botenClosure, botenReopening, botenSeizure, dakTaOocHit, dakTaOocSeizure, truckAlert } from '@bex/schemas';
import type { AuthorityCode, RecordTypeName } from '@bex/shared';
import { mintDevToken } from '../dev-identity';

type ApiUrls = Record<'LA' | 'VN' | 'CN', string>;

const DAY = 24 * 3600 * 1000;

async function post(urls: ApiUrls, authority: AuthorityCode, path: string, body?: unknown): Promise<string> {
  const token = mintDevToken({ authority, roles: ['officer'], personalData: true });
  const res = await fetch(`${urls[authority as keyof ApiUrls]}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? null : JSON.stringify(body),
  });
  const answer = (await res.json()) as { recordId?: string; title?: string; errors?: unknown };
  if (res.status !== 202 || !answer.recordId) {
    throw new Error(`demo seed: ${authority} POST ${path} answered ${res.status}: ${JSON.stringify(answer).slice(0, 500)}`);
  }
  return answer.recordId;
}

const body = (type: RecordTypeName, record: unknown): Record<string, unknown> => requestBody(type, record);

/** Seeds the demo records; returns what it created, by name. */
export async function seedDemo(urls: ApiUrls, now = Date.now()): Promise<Record<string, string>> {
  const created: Record<string, string> = {};
  created.botenSeizure = await post(urls, 'LA', '/v1/seizure-cases', body('SeizureCase', botenSeizure));
  created.dakTaOocSeizure = await post(urls, 'LA', '/v1/seizure-cases', body('SeizureCase', dakTaOocSeizure));
  const alert = { ...truckAlert, validFrom: now - DAY, validUntil: now + 60 * DAY, responseDeadline: now + 7 * DAY };
  created.truckAlert = await post(urls, 'VN', '/v1/vehicle-alerts', body('VehicleRiskAlert', alert));
  const hit = { ...dakTaOocHit, alertId: created.truckAlert, linkedSeizureId: created.dakTaOocSeizure, seenAt: now - 2 * 3600 * 1000 };
  created.dakTaOocHit = await post(urls, 'LA', '/v1/alert-hits', body('AlertHit', hit));
  created.botenClosure = await post(urls, 'LA', '/v1/policy-changes', body('PolicyChange', botenClosure));
  created.botenReopening = await post(urls, 'LA', `/v1/policy-changes/${created.botenClosure}/supersede`, body('PolicyChange', botenReopening));
  return created;
}
