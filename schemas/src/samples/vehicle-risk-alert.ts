// Viet Nam asks Lao PDR to check a Da Nang-registered truck on the Dak Ta Ooc - Nam Giang road.
import type { VehicleRiskAlert } from '../generated/types';
import { ict } from './gates';
import { TRUCK_ALERT_ID } from './ids';
import { sampleMeta } from './meta';

export const truckAlert: VehicleRiskAlert = {
  meta: sampleMeta('VehicleRiskAlert', {
    recordId: TRUCK_ALERT_ID, source: 'VN', issuedAt: ict(2025, 11, 10, 8, 30), issuingOffice: 'VN-QNA-ANTI-SMUGGLING',
    handlingCode: 'H2', reliability: { source: 'B', information: 2 }, reviewBy: ict(2026, 2, 28),
  }),
  vehicle: {
    conveyanceType: 'TRUCK', plate: '43C-123.45', plateCountry: 'VN', vin: null, trailerPlate: null, containerNumber: null,
    crossBorderPermitNumber: null, make: 'Hyundai', model: 'HD210', colour: 'blue',
  },
  priority: 'URGENT',
  riskLevel: 'HIGH',
  requestedAction: 'SPECIFIC_CHECK',
  riskIndicators: [
    {
      category: 'PSYCHOTROPIC_SUBSTANCES', hsCode: '293971', suspectedConcealment: 'FUEL_TANK',
      modusOperandi: {
        vi: 'Ma túy đá giấu trong ngăn hàn kín bên trong bình nhiên liệu',
        lo: 'ຢາໄອສເຊື່ອງໄວ້ໃນຊ່ອງປິດລັບທີ່ເຊື່ອມພາຍໃນຖັງນ້ຳມັນ',
        zh: '冰毒藏于油箱内焊接的密封隔层',
        en: 'Crystal methamphetamine hidden in a sealed compartment welded inside the fuel tank',
      },
    },
  ],
  expectedRoute: { origin: null, departure: 'LA', transit: [], destination: 'VN' },
  targetGates: ['LA-DTO', 'VN-NGI'],
  validFrom: ict(2025, 11, 10, 8, 30),
  validUntil: ict(2026, 3, 31, 23, 59),
  justification: {
    vi: 'Thông tin nghiệp vụ cho thấy xe tải này được sử dụng để vận chuyển ma túy tổng hợp từ Lào vào Việt Nam, cất giấu trong bình nhiên liệu.',
    lo: 'ຂໍ້ມູນຂ່າວສານສະແດງວ່າ ລົດບັນທຸກຄັນນີ້ຖືກນຳໃຊ້ຂົນສົ່ງຢາເສບຕິດສັງເຄາະ ຈາກລາວເຂົ້າຫວຽດນາມ ໂດຍເຊື່ອງໄວ້ໃນຖັງນ້ຳມັນ.',
    zh: '情报显示，该货车被用于将合成毒品从老挝运入越南，藏匿于油箱内。',
    en: 'Intelligence indicates this truck is used to carry synthetic drugs from Laos into Viet Nam, hidden in the fuel tank.',
  },
  linkedSeizureIds: [],
  acknowledgementRequired: true,
  responseDeadline: ict(2025, 11, 11, 17, 0),
  lastSeenAt: ict(2025, 11, 8, 16, 20),
};
