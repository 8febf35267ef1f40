// What a year of exchange looks like at the gates of the seeds, as data the generator draws from:
// which authority seizes what at which gate, on which route and in which direction; how seizures
// swing with the seasons; and the checkpoint changes of the year (Boten's closure and its reopening
// at 150 trucks a day instead of 350, Lao Bao's Tet hours, Cau Treo's quota). The figures are
// plausible, not statistics: enough for trends worth filtering.

export type Authority = 'LA' | 'VN' | 'CN';

export interface GoodsProfile {
  category: string;
  hsCode: string;
  unit: 'KGM' | 'NAR' | 'MTQ' | 'LTR';
  /** Quantity range, in the unit. */
  min: number;
  max: number;
  en: string;
  lo: string;
  vi: string;
  zh: string;
}

export interface Flow {
  goods: GoodsProfile;
  origin: string | null;
  destination: string;
  direction: 'IMPORT' | 'EXPORT' | 'TRANSIT';
  concealment: string;
  /** Relative frequency at this gate. */
  weight: number;
}

export interface GateProfile {
  gate: string;
  authority: Authority;
  /** Share of the year's seizures. */
  weight: number;
  flows: readonly Flow[];
}

const G = {
  ice: { category: 'PSYCHOTROPIC_SUBSTANCES', hsCode: '293971', unit: 'KGM', min: 2, max: 60, en: 'Crystal methamphetamine (ice)', lo: 'ຢາໄອສ (ເມທແອມເຟຕາມີນ)', vi: 'Ma túy đá (methamphetamine dạng tinh thể)', zh: '冰毒（结晶甲基苯丙胺）' },
  yaba: { category: 'PSYCHOTROPIC_SUBSTANCES', hsCode: '293971', unit: 'NAR', min: 20_000, max: 1_500_000, en: 'Methamphetamine tablets (yaba)', lo: 'ຢາບ້າ (ເມັດເມທແອມເຟຕາມີນ)', vi: 'Ma túy tổng hợp dạng viên', zh: '甲基苯丙胺片剂' },
  heroin: { category: 'NARCOTIC_DRUGS', hsCode: '293911', unit: 'KGM', min: 1, max: 25, en: 'Heroin', lo: 'ເຮໂຣອິນ', vi: 'Heroin', zh: '海洛因' },
  cigarettes: { category: 'TOBACCO', hsCode: '240220', unit: 'NAR', min: 5_000, max: 400_000, en: 'Cigarettes without tax stamps', lo: 'ຢາສູບບໍ່ມີສະແຕມອາກອນ', vi: 'Thuốc lá điếu không tem thuế', zh: '无税票卷烟' },
  liquor: { category: 'ALCOHOL', hsCode: '220830', unit: 'LTR', min: 100, max: 5_000, en: 'Whisky and spirits', lo: 'ເຫຼົ້າວິສະກີ', vi: 'Rượu whisky và rượu mạnh', zh: '威士忌及烈酒' },
  pangolin: { category: 'WILDLIFE_CITES', hsCode: '050790', unit: 'KGM', min: 5, max: 300, en: 'Pangolin scales', lo: 'ເກັດລີ່ນ', vi: 'Vảy tê tê', zh: '穿山甲鳞片' },
  ivory: { category: 'WILDLIFE_CITES', hsCode: '050710', unit: 'KGM', min: 1, max: 80, en: 'Elephant ivory', lo: 'ງາຊ້າງ', vi: 'Ngà voi', zh: '象牙' },
  rosewood: { category: 'TIMBER', hsCode: '440349', unit: 'MTQ', min: 2, max: 40, en: 'Rosewood logs', lo: 'ໄມ້ປະດູ່ທ່ອນ', vi: 'Gỗ trắc tròn', zh: '红木原木' },
  fuel: { category: 'FUEL', hsCode: '271019', unit: 'LTR', min: 500, max: 20_000, en: 'Diesel fuel', lo: 'ນ້ຳມັນກາຊວນ', vi: 'Dầu diesel', zh: '柴油' },
  ketamine: { category: 'PSYCHOTROPIC_SUBSTANCES', hsCode: '292249', unit: 'KGM', min: 1, max: 40, en: 'Ketamine', lo: 'ເຄຕາມີນ', vi: 'Ketamine', zh: '氯胺酮' },
} as const satisfies Record<string, GoodsProfile>;

export const GATE_PROFILES: readonly GateProfile[] = [
  {
    gate: 'LA-BTN', authority: 'LA', weight: 22, flows: [
      { goods: G.yaba, origin: 'MM', destination: 'CN', direction: 'EXPORT', concealment: 'FALSE_FLOOR', weight: 5 },
      { goods: G.ice, origin: 'MM', destination: 'CN', direction: 'EXPORT', concealment: 'MIXED_WITH_CARGO', weight: 4 },
      { goods: G.pangolin, origin: 'LA', destination: 'CN', direction: 'EXPORT', concealment: 'FALSE_WALL', weight: 2 },
      { goods: G.rosewood, origin: 'LA', destination: 'CN', direction: 'EXPORT', concealment: 'MISDECLARED', weight: 2 },
    ],
  },
  {
    gate: 'CN-MHN', authority: 'CN', weight: 18, flows: [
      { goods: G.ice, origin: 'MM', destination: 'CN', direction: 'IMPORT', concealment: 'FALSE_FLOOR', weight: 4 },
      { goods: G.ketamine, origin: 'MM', destination: 'CN', direction: 'IMPORT', concealment: 'MIXED_WITH_CARGO', weight: 2 },
      { goods: G.pangolin, origin: 'LA', destination: 'CN', direction: 'IMPORT', concealment: 'CONTAINER_STRUCTURE', weight: 2 },
      { goods: G.cigarettes, origin: 'LA', destination: 'CN', direction: 'IMPORT', concealment: 'MISDECLARED', weight: 1 },
    ],
  },
  {
    gate: 'LA-DTO', authority: 'LA', weight: 10, flows: [
      { goods: G.ice, origin: null, destination: 'VN', direction: 'EXPORT', concealment: 'FUEL_TANK', weight: 4 },
      { goods: G.rosewood, origin: 'LA', destination: 'VN', direction: 'EXPORT', concealment: 'MISDECLARED', weight: 2 },
    ],
  },
  {
    gate: 'VN-NGI', authority: 'VN', weight: 10, flows: [
      { goods: G.ice, origin: 'LA', destination: 'VN', direction: 'IMPORT', concealment: 'FUEL_TANK', weight: 4 },
      { goods: G.heroin, origin: 'LA', destination: 'VN', direction: 'IMPORT', concealment: 'SPARE_TYRE', weight: 2 },
      { goods: G.cigarettes, origin: 'LA', destination: 'VN', direction: 'IMPORT', concealment: 'FALSE_WALL', weight: 2 },
    ],
  },
  {
    gate: 'LA-DSV', authority: 'LA', weight: 8, flows: [
      { goods: G.heroin, origin: 'MM', destination: 'VN', direction: 'TRANSIT', concealment: 'NATURAL_VOID', weight: 3 },
      { goods: G.fuel, origin: 'VN', destination: 'LA', direction: 'IMPORT', concealment: 'NOT_CONCEALED', weight: 2 },
    ],
  },
  {
    gate: 'VN-LBO', authority: 'VN', weight: 12, flows: [
      { goods: G.heroin, origin: 'LA', destination: 'VN', direction: 'IMPORT', concealment: 'NATURAL_VOID', weight: 3 },
      { goods: G.cigarettes, origin: 'LA', destination: 'VN', direction: 'IMPORT', concealment: 'MIXED_WITH_CARGO', weight: 4 },
      { goods: G.liquor, origin: 'TH', destination: 'VN', direction: 'IMPORT', concealment: 'MISDECLARED', weight: 2 },
    ],
  },
  {
    gate: 'LA-NPH', authority: 'LA', weight: 5, flows: [
      { goods: G.ice, origin: 'MM', destination: 'VN', direction: 'TRANSIT', concealment: 'SPARE_TYRE', weight: 2 },
      { goods: G.pangolin, origin: 'LA', destination: 'VN', direction: 'EXPORT', concealment: 'BAGGAGE', weight: 1 },
    ],
  },
  {
    gate: 'VN-CTR', authority: 'VN', weight: 7, flows: [
      { goods: G.ice, origin: 'LA', destination: 'VN', direction: 'IMPORT', concealment: 'SPARE_TYRE', weight: 3 },
      { goods: G.cigarettes, origin: 'LA', destination: 'VN', direction: 'IMPORT', concealment: 'FALSE_FLOOR', weight: 2 },
    ],
  },
  {
    gate: 'LA-TNL', authority: 'LA', weight: 5, flows: [
      { goods: G.yaba, origin: 'MM', destination: 'TH', direction: 'EXPORT', concealment: 'BODY_CARRY', weight: 3 },
      { goods: G.liquor, origin: 'TH', destination: 'LA', direction: 'IMPORT', concealment: 'MISDECLARED', weight: 1 },
    ],
  },
  {
    gate: 'LA-WTY', authority: 'LA', weight: 3, flows: [
      { goods: G.ivory, origin: 'LA', destination: 'CN', direction: 'EXPORT', concealment: 'BAGGAGE', weight: 2 },
      { goods: G.ketamine, origin: 'KH', destination: 'LA', direction: 'IMPORT', concealment: 'BAGGAGE', weight: 1 },
    ],
  },
];

/**
 * Relative seizures per calendar month (January first): the dry season (November to April) moves
 * more traffic over the mountain roads, and tobacco and alcohol peak before Tet and Lunar New Year.
 */
export const MONTH_WEIGHT: readonly number[] = [1.4, 1.3, 1.1, 1.0, 0.8, 0.7, 0.6, 0.6, 0.7, 0.9, 1.2, 1.3];
export const FESTIVE_CATEGORIES = new Set(['TOBACCO', 'ALCOHOL']);
export const FESTIVE_MONTHS = new Set([0, 1, 11]);

/** The crossing pairs an issuer's alerts target (its side and the partner's). */
export const ALERT_TARGETS: Readonly<Record<Authority, ReadonlyArray<readonly [string, string]>>> = {
  LA: [['LA-BTN', 'CN-MHN'], ['LA-DTO', 'VN-NGI'], ['LA-DSV', 'VN-LBO']],
  VN: [['VN-NGI', 'LA-DTO'], ['VN-LBO', 'LA-DSV'], ['VN-CTR', 'LA-NPH']],
  CN: [['CN-MHN', 'LA-BTN']],
};

/** Whose gate each gate is (the partner that reports hits there). */
export const GATE_AUTHORITY: Readonly<Record<string, Authority>> = Object.fromEntries(GATE_PROFILES.map((p) => [p.gate, p.authority]));

export const PLATE_PREFIX: Readonly<Record<string, string>> = { LA: 'ກກ', VN: '43C', CN: '云K', TH: 'กข', MM: 'YGN' };

export interface TextByLanguage {
  lo: string;
  vi: string;
  zh: string;
  en: string;
}

/** The year's checkpoint changes, days counted back from today. */
export interface ScriptedPolicy {
  name: string;
  authority: Authority;
  gate: string;
  daysAgo: number;
  /** Days it lasts; open-ended when absent. */
  lasts?: number;
  status: 'OPEN' | 'CLOSED' | 'RESTRICTED' | 'TEST_RUN';
  changeType: 'CHECKPOINT_STATUS' | 'CHECKPOINT_HOURS';
  dailyVehicleLimit: number | null;
  previousDailyVehicleLimit: number | null;
  openingHours: string | null;
  /** The name of an earlier change this one supersedes. */
  supersedes?: string;
  officialLanguage: 'lo' | 'vi' | 'zh';
  legalReference: string;
  title: TextByLanguage;
}

export const POLICY_SCRIPT: readonly ScriptedPolicy[] = [
  {
    name: 'lbo-tet-hours', authority: 'VN', gate: 'VN-LBO', daysAgo: 320, lasts: 12, status: 'OPEN', changeType: 'CHECKPOINT_HOURS', dailyVehicleLimit: null, previousDailyVehicleLimit: null,
    openingHours: '08:00-16:00', officialLanguage: 'vi', legalReference: 'Công văn 112/CHQ-GSQL',
    title: { vi: 'Cửa khẩu Lao Bảo làm việc 08:00-16:00 trong dịp Tết', lo: 'ດ່ານລາວບາວ ເປີດ 08:00-16:00 ໃນຊ່ວງບຸນເຕັດ', zh: '春节期间老保口岸工作时间为08:00-16:00', en: 'Lao Bao open 08:00-16:00 over Tet' },
  },
  {
    name: 'ctr-quota', authority: 'VN', gate: 'VN-CTR', daysAgo: 200, status: 'RESTRICTED', changeType: 'CHECKPOINT_STATUS', dailyVehicleLimit: 200, previousDailyVehicleLimit: 300,
    openingHours: null, officialLanguage: 'vi', legalReference: 'Quyết định 845/QĐ-CHQHT',
    title: { vi: 'Cửa khẩu Cầu Treo giới hạn 200 xe tải/ngày trong thời gian sửa đường', lo: 'ດ່ານນ້ຳພາວ-ເກົາແຈ ຈຳກັດ 200 ຄັນຕໍ່ມື້ ໃນໄລຍະສ້ອມແປງທາງ', zh: '道路维修期间，茶寮口岸每日限200辆货车', en: 'Cau Treo limited to 200 trucks a day during road works' },
  },
  {
    name: 'mhn-hours', authority: 'CN', gate: 'CN-MHN', daysAgo: 150, status: 'OPEN', changeType: 'CHECKPOINT_HOURS', dailyVehicleLimit: null, previousDailyVehicleLimit: null,
    openingHours: '07:00-22:00', officialLanguage: 'zh', legalReference: '昆明海关公告2025年第18号',
    title: { zh: '磨憨口岸通关时间延长至07:00-22:00', lo: 'ດ່ານບໍ່ຫານ ຂະຫຍາຍເວລາ 07:00-22:00', vi: 'Cửa khẩu Mohan kéo dài giờ làm việc 07:00-22:00', en: 'Mohan extends its hours to 07:00-22:00' },
  },
  {
    name: 'btn-closure', authority: 'LA', gate: 'LA-BTN', daysAgo: 45, status: 'CLOSED', changeType: 'CHECKPOINT_STATUS', dailyVehicleLimit: 0, previousDailyVehicleLimit: 350,
    openingHours: null, officialLanguage: 'lo', legalReference: 'Notice 2468/CD of the Customs Department, Ministry of Finance',
    title: { lo: 'ປິດດ່ານສາກົນບໍ່ເຕັນ ຊົ່ວຄາວ', vi: 'Tạm đóng cửa khẩu quốc tế Boten', zh: '磨丁国际口岸临时关闭', en: 'Boten international checkpoint temporarily closed' },
  },
  {
    name: 'btn-reopening', authority: 'LA', gate: 'LA-BTN', daysAgo: 35, status: 'TEST_RUN', changeType: 'CHECKPOINT_STATUS', dailyVehicleLimit: 150, previousDailyVehicleLimit: 350,
    openingHours: null, supersedes: 'btn-closure', officialLanguage: 'lo', legalReference: 'Notice 2531/CD of the Customs Department, Ministry of Finance',
    title: { lo: 'ເປີດດ່ານສາກົນບໍ່ເຕັນ ເພື່ອທົດລອງ: ລົດບັນທຸກ 150 ຄັນຕໍ່ມື້', vi: 'Mở lại cửa khẩu Boten để vận hành thử: 150 xe tải/ngày', zh: '磨丁口岸试运行恢复通关：每日150辆货车', en: 'Boten reopens for a test run: 150 trucks a day' },
  },
  {
    name: 'dsv-test-run', authority: 'LA', gate: 'LA-DSV', daysAgo: 20, lasts: 60, status: 'TEST_RUN', changeType: 'CHECKPOINT_STATUS', dailyVehicleLimit: 250, previousDailyVehicleLimit: 250,
    openingHours: null, officialLanguage: 'lo', legalReference: 'Notice 2590/CD of the Customs Department, Ministry of Finance',
    title: { lo: 'ດ່ານແດນສະຫວັນ ທົດລອງລະບົບກວດກາຮ່ວມ ຈຸດດຽວ', vi: 'Dansavanh vận hành thử kiểm tra chung một điểm dừng', zh: '丹沙湾口岸试行“一站式”联合查验', en: 'Dansavanh trials single-stop joint inspection' },
  },
];
