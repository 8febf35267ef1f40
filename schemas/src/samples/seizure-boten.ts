// Export seizure at Boten towards Mohan, with persons and companies: the sample that agreements
// without personal data must visibly redact.
import type { SeizureCase } from '../generated/types';
import { gateLocation, ict } from './gates';
import { BOTEN_SEIZURE_ID } from './ids';
import { sampleMeta } from './meta';

export const botenSeizure: SeizureCase = {
  meta: sampleMeta('SeizureCase', {
    recordId: BOTEN_SEIZURE_ID, source: 'LA', issuedAt: ict(2025, 10, 12, 18, 10), issuingOffice: 'LA-BTN',
    handlingCode: 'H1', reliability: { source: 'A', information: 1 }, retainUntil: ict(2035, 10, 12),
  }),
  caseReference: 'LA-BTN-2025-0412',
  seizedAt: ict(2025, 10, 12, 14, 35),
  location: gateLocation('LA-BTN'),
  direction: 'EXPORT',
  transportMode: '3',
  conveyance: {
    conveyanceType: 'TRACTOR_TRAILER', plate: 'ກກ 8321', plateCountry: 'LA', vin: 'LZZ5CLSB8KA123456', trailerPlate: 'ກກ 8322',
    containerNumber: null, crossBorderPermitNumber: 'LA-CN-2025-018834', make: 'Sinotruk', model: 'HOWO A7', colour: 'white',
  },
  goods: [
    {
      hsCode: '293971', category: 'PSYCHOTROPIC_SUBSTANCES', quantity: '1200000', unit: 'NAR', value: null, currency: null,
      description: { lo: 'ຢາບ້າ (ເມັດເມທແອມເຟຕາມີນ)', vi: 'Ma túy tổng hợp dạng viên (methamphetamine, "yaba")', zh: '甲基苯丙胺片剂（“麻古”）', en: 'Methamphetamine tablets (yaba)' },
    },
    {
      hsCode: '293971', category: 'PSYCHOTROPIC_SUBSTANCES', quantity: '38.5', unit: 'KGM', value: '2310000.00', currency: 'USD',
      description: { lo: 'ຢາໄອສ (ເມທແອມເຟຕາມີນ)', vi: 'Ma túy đá (methamphetamine dạng tinh thể)', zh: '冰毒（结晶甲基苯丙胺）', en: 'Crystal methamphetamine (ice)' },
    },
  ],
  concealment: {
    method: 'FALSE_FLOOR',
    text: {
      lo: 'ເຊື່ອງໄວ້ໃນພື້ນປອມຂອງຕູ້ສິນຄ້າ ພາຍໃຕ້ກ່ອງໝາກກ້ວຍ',
      vi: 'Giấu trong sàn giả của thùng xe, bên dưới các thùng chuối.',
      zh: '藏匿于货厢夹层地板内，上覆香蕉纸箱。',
      en: 'Hidden in a false floor of the cargo box, under cartons of bananas.',
    },
  },
  detectionMethod: 'XRAY',
  route: { origin: 'MM', departure: 'LA', transit: [], destination: 'CN' },
  persons: [
    {
      ref: 'LA-P-2025-00417', role: 'DRIVER', nationality: 'LA', sex: 'MALE', birthYear: 1986, fullName: 'Khamphone Sivongsa',
      identityDocument: { documentType: 'NATIONAL_ID_CARD', number: '0105-221198', issuingCountry: 'LA' },
    },
    {
      ref: 'LA-P-2025-00418', role: 'CO_DRIVER', nationality: 'CN', sex: 'MALE', birthYear: 1991, fullName: 'Zhang Wei',
      identityDocument: { documentType: 'PASSPORT', number: 'E61234578', issuingCountry: 'CN' },
    },
  ],
  companies: [
    { role: 'CARRIER', name: 'Boten Golden Road Logistics Sole Co., Ltd.', registrationNumber: '01-0004321', country: 'LA' },
    { role: 'CONSIGNEE', name: 'Xishuangbanna Hengfeng Fruit Trading Co., Ltd.', registrationNumber: '91532800MA6K1R2X7Q', country: 'CN' },
  ],
  outcome: 'PERSONS_ARRESTED',
  media: [
    { uri: 'https://bex.customs.gov.la/media/LA-BTN-2025-0412/xray-1.png', sha256: '5f1d7a0c9b3e2d4f6a8c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f1a3c5e7b9d2f', kind: 'XRAY_IMAGE' },
  ],
  narrative: {
    lo: 'ພາບເອັກສະເຣຂອງລົດພ່ວງທີ່ແຈ້ງວ່າບັນທຸກໝາກກ້ວຍສົດໄປໂມຮານ ສະແດງຄວາມຜິດປົກກະຕິທີ່ພື້ນລົດ. ການກວດກາຕົວຈິງພົບຢາບ້າ 1.200.000 ເມັດ ແລະ ຢາໄອສ 38,5 ກິໂລກຣາມ. ໄດ້ຈັບກຸມຄົນຂັບ ແລະ ຜູ້ຊ່ວຍຄົນຂັບ.',
    vi: 'Ảnh soi chiếu X-quang xe đầu kéo khai báo chở chuối tươi sang Mohan cho thấy bất thường ở sàn xe. Kiểm tra thực tế phát hiện 1.200.000 viên ma túy tổng hợp và 38,5 kg ma túy đá. Lái xe và phụ xe đã bị bắt giữ.',
    zh: '一辆申报运载新鲜香蕉前往磨憨的半挂车经X光机查验发现车厢底板异常。经人工查验，查获甲基苯丙胺片剂120万粒、冰毒38.5公斤。司机及副驾驶已被抓获。',
    en: 'The X-ray image of a tractor-trailer declared as carrying fresh bananas to Mohan showed anomalies in the floor. Physical examination found 1,200,000 methamphetamine tablets and 38.5 kg of crystal methamphetamine. The driver and co-driver were arrested.',
  },
};
