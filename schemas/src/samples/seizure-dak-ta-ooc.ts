// The seizure the Vietnamese alert led to at Dak Ta Ooc (Lao side of Nam Giang).
import type { SeizureCase } from '../generated/types';
import { gateLocation, ict } from './gates';
import { DAK_TA_OOC_SEIZURE_ID } from './ids';
import { sampleMeta } from './meta';

export const dakTaOocSeizure: SeizureCase = {
  meta: sampleMeta('SeizureCase', {
    recordId: DAK_TA_OOC_SEIZURE_ID, source: 'LA', issuedAt: ict(2025, 11, 18, 13, 0), issuingOffice: 'LA-DTO',
    handlingCode: 'H2', reliability: { source: 'A', information: 1 },
  }),
  caseReference: 'LA-DTO-2025-0057',
  seizedAt: ict(2025, 11, 18, 9, 40),
  location: gateLocation('LA-DTO'),
  direction: 'EXPORT',
  transportMode: '3',
  conveyance: {
    conveyanceType: 'TRUCK', plate: '43C-123.45', plateCountry: 'VN', vin: null, trailerPlate: null, containerNumber: null,
    crossBorderPermitNumber: null, make: 'Hyundai', model: 'HD210', colour: 'blue',
  },
  goods: [
    {
      hsCode: '293971', category: 'PSYCHOTROPIC_SUBSTANCES', quantity: '24.000', unit: 'KGM', value: null, currency: null,
      description: { lo: 'ຢາໄອສ (ເມທແອມເຟຕາມີນ)', vi: 'Ma túy đá (methamphetamine dạng tinh thể)', zh: '冰毒（结晶甲基苯丙胺）', en: 'Crystal methamphetamine (ice)' },
    },
  ],
  concealment: {
    method: 'FUEL_TANK',
    text: {
      lo: 'ຊ່ອງລັບທີ່ເຊື່ອມໄວ້ພາຍໃນຖັງນ້ຳມັນ',
      vi: 'Ngăn bí mật hàn bên trong bình nhiên liệu',
      zh: '油箱内焊接的暗格',
      en: 'Welded compartment inside the fuel tank',
    },
  },
  detectionMethod: 'INTELLIGENCE',
  route: { origin: null, departure: 'LA', transit: [], destination: 'VN' },
  persons: [
    { ref: 'LA-P-2025-00502', role: 'DRIVER', nationality: 'VN', sex: null, birthYear: null, fullName: null, identityDocument: null },
  ],
  companies: [],
  outcome: 'UNDER_INVESTIGATION',
  media: [],
  narrative: {
    lo: 'ລົດບັນທຸກ 43C-123.45 (ຫວຽດນາມ) ທີ່ຢູ່ໃນແຈ້ງເຕືອນຄວາມສ່ຽງຂອງຫວຽດນາມ ໄດ້ຖືກກັກໄວ້ກວດກາຂາອອກ. ພົບຢາໄອສ 24 ກິໂລກຣາມ ບັນຈຸຖົງສູນຍາກາດ ໃນຊ່ອງລັບທີ່ເຊື່ອມຢູ່ພາຍໃນຖັງນ້ຳມັນ.',
    vi: 'Xe tải 43C-123.45 (Việt Nam), đối tượng của cảnh báo rủi ro do Hải quan Việt Nam phát hành, bị dừng kiểm tra khi xuất cảnh. Phát hiện 24 kg ma túy đá đóng gói hút chân không trong ngăn bí mật hàn bên trong bình nhiên liệu.',
    zh: '越南海关风险预警所列的43C-123.45号货车在出境时被拦截检查，在油箱内焊接的暗格中查获真空包装冰毒24公斤。',
    en: 'Truck 43C-123.45 (VN), subject of a Vietnamese risk alert, was stopped on exit. 24 kg of crystal methamphetamine in vacuum packs were found in a welded compartment inside the fuel tank.',
  },
};
