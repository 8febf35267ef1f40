// Boten closes on 25 October; on 5 November it reopens for a test run at 150 trucks a day
// instead of 350, superseding the closure.
import type { PolicyChange } from '../generated/types';
import { ict } from './gates';
import { BOTEN_CLOSURE_ID, BOTEN_REOPENING_ID } from './ids';
import { sampleMeta } from './meta';

type Common = 'changeType' | 'effectiveUntil' | 'affectedGates' | 'affectedHsCodes' | 'affectedTransportModes'
  | 'openingHours' | 'officialLanguage' | 'translationStatus';

function botenRoadTraffic(): Pick<PolicyChange, Common> {
  return {
    changeType: 'CHECKPOINT_STATUS', effectiveUntil: null, affectedGates: ['LA-BTN'], affectedHsCodes: [],
    affectedTransportModes: ['3'], openingHours: null, officialLanguage: 'lo', translationStatus: 'UNOFFICIAL',
  };
}

export const botenClosure: PolicyChange = {
  ...botenRoadTraffic(),
  meta: sampleMeta('PolicyChange', {
    recordId: BOTEN_CLOSURE_ID, source: 'LA', issuedAt: ict(2025, 10, 23, 16, 0), issuingOffice: 'LA-CD-HQ',
    handlingCode: 'H0', reliability: { source: 'A', information: 1 },
  }),
  legalReference: 'Notice 2468/CD of the Customs Department, Ministry of Finance',
  legalIssuedAt: ict(2025, 10, 23),
  effectiveFrom: ict(2025, 10, 25),
  supersedes: [],
  checkpointStatus: 'CLOSED',
  dailyVehicleLimit: 0,
  previousDailyVehicleLimit: 350,
  title: {
    lo: 'ປິດດ່ານສາກົນບໍ່ເຕັນ ຊົ່ວຄາວ ນັບແຕ່ວັນທີ 25 ຕຸລາ 2025',
    vi: 'Tạm đóng cửa khẩu quốc tế Boten từ ngày 25 tháng 10 năm 2025',
    zh: '磨丁国际口岸自2025年10月25日起临时关闭',
    en: 'Boten international checkpoint temporarily closed from 25 October 2025',
  },
  summary: {
    lo: 'ບໍ່ອະນຸຍາດໃຫ້ພາຫະນະ ແລະ ສິນຄ້າຜ່ານແດນ ທີ່ດ່ານບໍ່ເຕັນ ຈົນກວ່າຈະມີແຈ້ງການໃໝ່.',
    vi: 'Không cho phép phương tiện và hàng hóa qua lại cửa khẩu Boten cho đến khi có thông báo mới.',
    zh: '在另行通知前，车辆和货物不得经磨丁口岸通行。',
    en: 'No vehicles or goods may cross at Boten until further notice.',
  },
  documents: [
    {
      uri: 'https://bex.customs.gov.la/documents/notice-2468-cd.pdf', language: 'lo', title: 'ແຈ້ງການ ເລກທີ 2468/ກພສ',
      sha256: '9c2f4e6a8b0d1f3e5a7c9e1b3d5f7a9c0e2b4d6f8a1c3e5b7d9f0a2c4e6b8d1f',
    },
  ],
};

export const botenReopening: PolicyChange = {
  ...botenRoadTraffic(),
  meta: sampleMeta('PolicyChange', {
    recordId: BOTEN_REOPENING_ID, source: 'LA', issuedAt: ict(2025, 11, 3, 15, 30), issuingOffice: 'LA-CD-HQ',
    handlingCode: 'H0', reliability: { source: 'A', information: 1 },
  }),
  legalReference: 'Notice 2531/CD of the Customs Department, Ministry of Finance',
  legalIssuedAt: ict(2025, 11, 3),
  effectiveFrom: ict(2025, 11, 5),
  supersedes: [BOTEN_CLOSURE_ID],
  checkpointStatus: 'TEST_RUN',
  dailyVehicleLimit: 150,
  previousDailyVehicleLimit: 350,
  title: {
    lo: 'ເປີດດ່ານສາກົນບໍ່ເຕັນຄືນ ເພື່ອທົດລອງ ນັບແຕ່ວັນທີ 5 ພະຈິກ 2025',
    vi: 'Mở lại cửa khẩu quốc tế Boten để vận hành thử từ ngày 5 tháng 11 năm 2025',
    zh: '磨丁国际口岸自2025年11月5日起恢复试运行',
    en: 'Boten international checkpoint reopens for a test run from 5 November 2025',
  },
  summary: {
    lo: 'ໃນໄລຍະທົດລອງ ອະນຸຍາດໃຫ້ລົດບັນທຸກຜ່ານແດນໄດ້ບໍ່ເກີນ 150 ຄັນຕໍ່ມື້ (ປົກກະຕິ 350 ຄັນ).',
    vi: 'Trong thời gian vận hành thử, tối đa 150 xe tải mỗi ngày được qua cửa khẩu (bình thường 350 xe).',
    zh: '试运行期间，每日最多允许150辆货车通关（平时为350辆）。',
    en: 'During the test run at most 150 trucks a day may cross (normally 350).',
  },
  documents: [],
};
