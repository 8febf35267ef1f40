// Lao PDR reports back to Viet Nam: the alerted truck was checked at Dak Ta Ooc and drugs found.
import type { AlertHit } from '../generated/types';
import { gateLocation, ict } from './gates';
import { DAK_TA_OOC_HIT_ID, DAK_TA_OOC_SEIZURE_ID, TRUCK_ALERT_ID } from './ids';
import { sampleMeta } from './meta';

export const dakTaOocHit: AlertHit = {
  meta: sampleMeta('AlertHit', {
    recordId: DAK_TA_OOC_HIT_ID, source: 'LA', recipient: 'VN', issuedAt: ict(2025, 11, 18, 12, 15), issuingOffice: 'LA-DTO',
    handlingCode: 'H2', reliability: { source: 'A', information: 1 },
  }),
  alertId: TRUCK_ALERT_ID,
  alertSource: 'VN',
  alertRevision: 1,
  reportingAuthority: 'LA',
  location: gateLocation('LA-DTO'),
  seenAt: ict(2025, 11, 18, 9, 5),
  checkReason: 'ALERT_MATCH',
  result: 'SEIZURE',
  observedVehicle: {
    conveyanceType: 'TRUCK', plate: '43C-123.45', plateCountry: 'VN', vin: null, trailerPlate: null, containerNumber: null,
    crossBorderPermitNumber: null, make: 'Hyundai', model: 'HD210', colour: 'blue',
  },
  route: { origin: null, departure: 'LA', transit: [], destination: 'VN' },
  declaredDestination: 'Da Nang',
  circumstances: {
    lo: 'ລົດບັນທຸກມາຮອດດ່ານດາກຕະອອກ ເວລາ 09:05. ໄດ້ກວດກາຖັງນ້ຳມັນຕາມການແຈ້ງເຕືອນ ແລະ ພົບຢາໄອສ.',
    vi: 'Xe tải đến cửa khẩu Đắc Tà Oóc lúc 09:05. Đã kiểm tra bình nhiên liệu theo cảnh báo và phát hiện ma túy đá.',
    zh: '该货车于09:05抵达Dak Ta Ooc口岸。根据预警对油箱进行检查，查获冰毒。',
    en: 'The truck arrived at Dak Ta Ooc at 09:05. The fuel tank was checked as the alert requested and crystal methamphetamine was found.',
  },
  linkedSeizureId: DAK_TA_OOC_SEIZURE_ID,
};
