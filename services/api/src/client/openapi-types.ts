// Generated from the api's OpenAPI document by `npm run generate:client -w @bex/api`; do not edit.
// client-types.spec.ts fails when this file differs from what the document produces.

/** RFC 9457 problem details; `errors` names each failing field or parameter. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  requestId: string;
  errors?: Array<{
    path: string;
    message: string;
  }>;
  [key: string]: unknown;
};

export type Accepted = {
  recordId: string;
  revision: number;
  status: RecordStatus;
  location: string;
};

export type Superseded = {
  recordId: string;
  revision: number;
  status: RecordStatus;
  location: string;
  superseded: {
    recordId: string;
    revision: number;
    status: RecordStatus;
  };
};

export type AlertItem = {
  id: string;
  revision: number;
  source: "LA" | "VN" | "CN" | "TH" | "KH";
  status: RecordStatus;
  issuedAt: string | null;
  handlingCode: HandlingCode;
  retraction?: RetractionReason;
  priority: string | null;
  gates: Array<string>;
  validFrom: string | null;
  validUntil: string | null;
  /** The record in its JSON form; null once withdrawn */
  record: VehicleRiskAlert | null;
};

export type AlertList = {
  gate: string | null;
  crossing: string | null;
  at: string;
  items: Array<AlertItem>;
};

export type SeizureSummary = {
  id: string;
  revision: number;
  source: "LA" | "VN" | "CN" | "TH" | "KH";
  status: RecordStatus;
  issuedAt: string | null;
  handlingCode: HandlingCode;
  retraction?: RetractionReason;
  caseReference: string | null;
  seizedAt: string | null;
  month: string | null;
  gate: string | null;
  placeName: string | null;
  direction: string | null;
  transportMode: string | null;
  categories: Array<string>;
  goods: Array<{
    category: string;
    hsCode: string | null;
    quantity: string;
    unit: string;
  }>;
  concealmentMethod: string | null;
  detectionMethod: string | null;
  route: {
    origin: string | null;
    departure: string | null;
    transit: Array<string>;
    destination: string | null;
  } | null;
  outcome: string | null;
};

export type SeizurePage = {
  items: Array<SeizureSummary>;
  nextCursor: string | null;
};

export type SeizureDetail = {
  id: string;
  revision: number;
  source: "LA" | "VN" | "CN" | "TH" | "KH";
  status: RecordStatus;
  issuedAt: string | null;
  handlingCode: HandlingCode;
  retraction?: RetractionReason;
  personalDataWithheld: boolean;
  /** The record in its JSON form; null once withdrawn */
  record: SeizureCase | null;
};

export type PlateLookup = {
  plate: string;
  normalised: string;
  activeAlerts: Array<AlertItem>;
  seizures: Array<SeizureSummary>;
};

export type PolicyItem = {
  id: string;
  revision: number;
  source: "LA" | "VN" | "CN" | "TH" | "KH";
  status: RecordStatus;
  issuedAt: string | null;
  handlingCode: HandlingCode;
  retraction?: RetractionReason;
  gates: Array<string>;
  validFrom: string | null;
  validUntil: string | null;
  /** Set when the change is in force at the other side of the gate's crossing (that side's gate), null when at the gate itself */
  acrossCrossing: {
    code: string;
    name: string;
    gate: string;
  } | null;
  /** The record in its JSON form; null once withdrawn */
  record: PolicyChange | null;
};

export type PolicyList = {
  gate: string;
  at: string;
  /** The crossing the gate is one side of */
  crossing: string | null;
  items: Array<PolicyItem>;
};

export type HitItem = {
  id: string;
  revision: number;
  source: "LA" | "VN" | "CN" | "TH" | "KH";
  status: RecordStatus;
  issuedAt: string | null;
  handlingCode: HandlingCode;
  retraction?: RetractionReason;
  alertId: string | null;
  alertSource: ("LA" | "VN" | "CN" | "TH" | "KH") | null;
  gates: Array<string>;
  seenAt: string | null;
  /** The record in its JSON form; null once withdrawn */
  record: AlertHit | null;
};

export type HitPage = {
  items: Array<HitItem>;
  nextCursor: string | null;
};

export type TrendGroup = {
  key: string;
  count: number;
  quantities: Array<{
    unit: string;
    total: string;
  }>;
};

export type Trends = {
  groupBy: "month" | "category" | "gate" | "route" | "concealment" | "source" | "direction";
  from: string;
  to: string;
  /** The filters applied, as asked */
  filters: Record<string, string>;
  groups: Array<TrendGroup>;
  /** The period just before, with the same filters (compare=previous); null otherwise */
  previous: {
    from: string;
    to: string;
    groups: Array<TrendGroup>;
  } | null;
};

/** RFC 4180 CSV with a header row: period (current or previous), from, to, groupBy, key, count, unit, total */
export type TrendsCsv = string;

export type AuditEntry = {
  id: string;
  at: string;
  actor: string;
  authority: string;
  office: string;
  action: "plate-lookup" | "seizure-read" | "alert-list" | "alert-read" | "match-list" | "hit-list" | "hit-read" | "audit-read";
  target: string;
  resultCount: number;
  /** Each record the audited answer returned (absent from entries written before it was recorded) */
  records?: Array<{
    type: string;
    source: string;
    id: string;
    revision?: number;
  }>;
  requestId: string;
};

export type AuditPage = {
  items: Array<AuditEntry>;
  nextCursor: string | null;
};

export type DeadLetter = {
  id: string;
  reason: string;
  detail: string;
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  claimedSource: string;
  valueLength: number;
  valueSha256: string | null;
  hasBytes: boolean;
  receivedAt: string;
};

export type DeadLetterList = {
  items: Array<DeadLetter>;
  countedBeyondBudget: Array<{
    claimedSource: string;
    hour: string;
    reason: string;
    count: number;
  }>;
};

export type SetAsideDocument = {
  id: string;
  recordId: string;
  revision: number;
  recordType: string;
  reason: string | null;
  attempts: number;
  createdAt: string;
};

export type SetAsideList = {
  items: Array<SetAsideDocument>;
};

export type Released = {
  id: string;
  state: "pending";
};

export type RecordReceipts = {
  recordId: string;
  recordType: string;
  latestRevision: number;
  partners: Array<{
    partner: "LA" | "VN" | "CN" | "TH" | "KH";
    holderSince: number | null;
    delivered: {
      revision: number;
      at: string;
      receivedAt: string;
    } | null;
    viewed: {
      revision: number;
      at: string;
      receivedAt: string;
    } | null;
    actioned: Array<{
      at: string;
      receivedAt: string;
      recordId: string;
      recordType: string;
    }>;
  }>;
  nextCursor: string | null;
  actionsBeyondCap: Array<{
    partner: "LA" | "VN" | "CN" | "TH" | "KH";
    count: number;
  }>;
};

export type UnviewedAlerts = {
  olderThanMinutes: number;
  at: string;
  items: Array<{
    id: string;
    revision: number;
    issuedAt: string;
    gates: Array<string>;
    notViewedBy: Array<"LA" | "VN" | "CN" | "TH" | "KH">;
  }>;
};

export type MatchItem = {
  id: string;
  state: "open" | "confirmed" | "dismissed";
  createdAt: string;
  matchedOn: Array<string>;
  gates: Array<string>;
  alert: AlertItem;
  record: {
    type: "SeizureCase" | "AlertHit";
    seizure: SeizureSummary | null;
    hit: HitItem | null;
  };
  decidedAt: string | null;
  dismissReason: ("FALSE_POSITIVE" | "DIFFERENT_VEHICLE" | "ALREADY_REPORTED" | "OTHER") | null;
  hitId: string | null;
};

export type MatchList = {
  items: Array<MatchItem>;
};

export type MatchDecision = {
  id: string;
  state: "dismissed";
  decidedAt: string;
  dismissReason: "FALSE_POSITIVE" | "DIFFERENT_VEHICLE" | "ALREADY_REPORTED" | "OTHER";
};

export type CrossingList = {
  items: Array<{
    code: string;
    name: string;
    gates: Array<{
      code: string;
      name: string;
      country: string;
    }>;
  }>;
};

export type Health = {
  status: "ok";
};

export type Ready = {
  status: "ready";
  checks: Record<string, "up">;
};

/** An OpenAPI 3.1 document */
export type OpenApiDocument = {
  openapi: "3.1.0";
  [key: string]: unknown;
};

export type Uuid = string;

/** A customs authority of the exchange, by ISO 3166-1 alpha-2 code of its country. Closed on purpose: a new member is a new contract version agreed by all, not a silent default. */
export type Authority = "LA" | "VN" | "CN" | "TH" | "KH";

/** Name of the top-level record, so a consumer can route a value without knowing the subject it came from. */
export type RecordType = "SeizureCase" | "VehicleRiskAlert" | "AlertHit" | "PolicyChange";

/** Life-cycle state of a revision. Which states a record type may take is checked by validation (only alerts are SUSPENDED, only policy changes SUPERSEDED). */
export type RecordStatus = "ACTIVE" | "AMENDED" | "SUSPENDED" | "WITHDRAWN" | "EXPIRED" | "SUPERSEDED";

/** ISO-8601 date-time with a time zone, at most millisecond precision, in the years 1900 to 2200 (in 1900 at UTC or behind it, in 2200 at UTC or ahead of it), e.g. 2026-03-01T08:30:00Z */
export type DateTime = string;

/** H0: no restriction among members. H1: members' law enforcement only. H2: no onward sharing without the originator's consent. H3: never leaves the originator. */
export type HandlingCode = "H0" | "H1" | "H2" | "H3";

/** 4x4 grading of source and information, as used by SIENA and the EU CIS. */
export type Reliability = {
  source: SourceGrade;
  /** 1 known to be true without reservation, 2 known personally to the source, 3 not known personally but corroborated, 4 cannot be judged. */
  information: number;
};

/** Reliability of the source (4x4 grading): A always reliable, B mostly reliable, C not reliable, X cannot be judged. */
export type SourceGrade = "A" | "B" | "C" | "X";

/** Why a copy is a content-free tombstone. WITHDRAWN: the source withdrew the record. NO_LONGER_SHARED: a later revision is outside the recipient's agreement (handling code, gate scope, record type, agreement lapsed or revoked), so the recipient must drop what it held. RETENTION_ENDED: meta.retainUntil has passed. Open list: a reader that does not know a newer symbol reads OTHER. */
export type RetractionReason = "WITHDRAWN" | "NO_LONGER_SHARED" | "RETENTION_ENDED" | "OTHER";

/** Where something happened: a border gate, an office or another place. */
export type Location = {
  /** BEX gate code: ISO 3166-1 alpha-2 country, dash, three letters (LA-BTN = Boten). Null for a place that is not a gate. */
  gateCode?: null | GateCode;
  /** Name of the gate or place, in Latin script. */
  name: string;
  locationType: LocationType;
  /** ISO 3166-1 alpha-2. */
  country: CountryCode;
  /** WGS 84 degrees, -90..90. Coordinates, not amounts, so a double is fine here. */
  latitude?: null | number;
  /** WGS 84 degrees, -180..180. */
  longitude?: null | number;
};

export type GateCode = string;

/** Kind of place. Open list: a reader that does not know a newer symbol reads OTHER, which keeps additions compatible both ways. */
export type LocationType = "LAND_BORDER_CROSSING" | "AIRPORT" | "SEAPORT" | "RIVER_PORT" | "RAIL_BORDER_STATION" | "INLAND_CUSTOMS_OFFICE" | "INLAND_CONTROL_POINT" | "POSTAL_CENTRE" | "OTHER";

export type CountryCode = "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW";

/** Direction of the movement relative to the reporting authority's territory. */
export type Direction = "IMPORT" | "EXPORT" | "TRANSIT" | "INLAND";

export type TransportMode = "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9";

/** The vehicle and what it pulls or carries. Every identifier is nullable: agreements may remove them and a tombstone drops them. */
export type Conveyance = {
  conveyanceType: ConveyanceType;
  /** Registration plate as written on the vehicle, e.g. 43C-123.45. */
  plate?: null | string;
  /** ISO 3166-1 alpha-2 of the registering country. */
  plateCountry?: null | CountryCode;
  /** Vehicle identification number (ISO 3779, 17 characters). */
  vin?: null | string;
  trailerPlate?: null | string;
  /** ISO 6346, e.g. MSCU1234565. */
  containerNumber?: null | string;
  /** Cross-border transport permit (e.g. GMS CBTA or bilateral permit). */
  crossBorderPermitNumber?: null | string;
  make?: null | string;
  model?: null | string;
  colour?: null | string;
};

/** Kind of vehicle or carrier. Open list: a reader that does not know a newer symbol reads OTHER, which keeps additions compatible both ways. */
export type ConveyanceType = "TRUCK" | "TRACTOR_TRAILER" | "VAN" | "CAR" | "BUS" | "MOTORCYCLE" | "RAIL_WAGON" | "AIRCRAFT" | "VESSEL" | "PEDESTRIAN" | "OTHER";

/** One kind of goods seized. */
export type GoodsLine = {
  /** Harmonized System code, 6, 8 or 10 digits without dots. */
  hsCode?: null | HsCode;
  category: CommodityCategory;
  description?: null | (Partial<Record<"lo" | "vi" | "zh" | "th" | "km" | "en", string>>);
  /** Decimal string, scale 3: at most three digits after the point, no sign, no exponent (e.g. 12.450). */
  quantity: string;
  /** UN/ECE Recommendation 20 unit code, e.g. KGM, TNE, LTR, MTQ, NAR, PCE. */
  unit: UnitCode;
  /** Estimated value as a decimal string, scale 2: at most two digits after the point (e.g. 1250000.00). */
  value?: null | string;
  /** ISO 4217 code of value. */
  currency?: null | CurrencyCode;
};

export type HsCode = string;

/** Enforcement category of goods (WCO CEN practice). Open list: a reader that does not know a newer symbol reads OTHER, which keeps additions compatible both ways. */
export type CommodityCategory = "NARCOTIC_DRUGS" | "PSYCHOTROPIC_SUBSTANCES" | "PRECURSOR_CHEMICALS" | "TOBACCO" | "ALCOHOL" | "WILDLIFE_CITES" | "TIMBER" | "WEAPONS_AMMUNITION" | "EXPLOSIVES" | "CURRENCY" | "IPR_COUNTERFEIT" | "MEDICINES" | "FOOD_AGRICULTURE" | "FUEL" | "VEHICLES_PARTS" | "ELECTRONICS" | "CULTURAL_PROPERTY" | "HAZARDOUS_WASTE" | "OZONE_DEPLETING_SUBSTANCES" | "OTHER";

export type UnitCode = "C62" | "CEN" | "CMT" | "CTM" | "DPC" | "DPR" | "DZN" | "GFI" | "GLL" | "GRM" | "GRO" | "H87" | "HLT" | "KGM" | "KMT" | "KNI" | "KPO" | "KWH" | "LBR" | "LPA" | "LTR" | "MGM" | "MIL" | "MLT" | "MMT" | "MTK" | "MTQ" | "MTR" | "NAR" | "NPR" | "ONZ" | "PCE" | "PR" | "SET" | "TNE";

export type CurrencyCode = "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLP" | "CNY" | "COP" | "CRC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SOS" | "SRD" | "SSP" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "UYU" | "UZS" | "VED" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XCD" | "XCG" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW" | "ZWG";

export type Concealment = {
  method: ConcealmentMethod;
  /** How exactly, in words. */
  text?: null | (Partial<Record<"lo" | "vi" | "zh" | "th" | "km" | "en", string>>);
};

/** How goods were hidden. Open list: a reader that does not know a newer symbol reads OTHER, which keeps additions compatible both ways. */
export type ConcealmentMethod = "NOT_CONCEALED" | "FUEL_TANK" | "FALSE_FLOOR" | "FALSE_WALL" | "NATURAL_VOID" | "SPARE_TYRE" | "MIXED_WITH_CARGO" | "MISDECLARED" | "CONTAINER_STRUCTURE" | "BODY_CARRY" | "BAGGAGE" | "POSTAL_PARCEL" | "OTHER";

/** How the find was made. Open list: a reader that does not know a newer symbol reads OTHER, which keeps additions compatible both ways. */
export type DetectionMethod = "XRAY" | "K9" | "RISK_PROFILE" | "INTELLIGENCE" | "RANDOM_CHECK" | "PHYSICAL_EXAMINATION" | "DOCUMENT_CHECK" | "OTHER";

/** Countries of the journey, ISO 3166-1 alpha-2. */
export type Route = {
  /** Where the goods come from. */
  origin?: null | CountryCode;
  /** Where this journey started. */
  departure?: null | CountryCode;
  /** Countries crossed, in order. */
  transit?: Array<CountryCode>;
  destination?: null | CountryCode;
};

/** A person involved. Everything but ref and role is personal data and nullable, so redaction can drop it field by field. */
export type Person = {
  /** Pseudonymous reference chosen by the source, stable across records, so partners can link persons without names. */
  ref: string;
  role: PersonRole;
  nationality?: null | CountryCode;
  sex?: null | Sex;
  birthYear?: null | number;
  /** As on the identity document, in Latin script. */
  fullName?: null | string;
  identityDocument?: null | IdentityDocument;
};

/** Part a person played. Open list: a reader that does not know a newer symbol reads OTHER, which keeps additions compatible both ways. */
export type PersonRole = "DRIVER" | "CO_DRIVER" | "PASSENGER" | "VEHICLE_OWNER" | "CONSIGNOR" | "CONSIGNEE" | "COURIER" | "ORGANISER" | "OTHER";

/** Sex as recorded on the identity document. */
export type Sex = "FEMALE" | "MALE" | "UNKNOWN";

/** Personal data: removed by agreements that do not allow personal data. */
export type IdentityDocument = {
  documentType: IdentityDocumentType;
  number?: null | string;
  issuingCountry?: null | CountryCode;
};

/** Kind of identity document. Open list: a reader that does not know a newer symbol reads OTHER, which keeps additions compatible both ways. */
export type IdentityDocumentType = "PASSPORT" | "NATIONAL_ID_CARD" | "BORDER_PASS" | "DRIVING_LICENCE" | "OTHER";

/** A company involved. */
export type Company = {
  role: CompanyRole;
  name?: null | string;
  registrationNumber?: null | string;
  country?: null | CountryCode;
};

/** Part a company played. Open list: a reader that does not know a newer symbol reads OTHER, which keeps additions compatible both ways. */
export type CompanyRole = "CONSIGNOR" | "CONSIGNEE" | "CARRIER" | "CUSTOMS_BROKER" | "FREIGHT_FORWARDER" | "VEHICLE_OWNER" | "OTHER";

/** What followed the seizure. Open list: a reader that does not know a newer symbol reads OTHER, which keeps additions compatible both ways. */
export type SeizureOutcome = "GOODS_SEIZED" | "PERSONS_ARRESTED" | "ADMINISTRATIVE_PENALTY" | "REFERRED_TO_POLICE" | "UNDER_INVESTIGATION" | "CONTROLLED_DELIVERY" | "OTHER";

/** A photo, video or scan held by the source; the hash lets a recipient verify what it fetched. */
export type MediaRef = {
  uri: string;
  /** Lower-case hex SHA-256 of the file. */
  sha256: string;
  kind: MediaKind;
};

/** Kind of media file. Open list: a reader that does not know a newer symbol reads OTHER, which keeps additions compatible both ways. */
export type MediaKind = "PHOTO" | "VIDEO" | "XRAY_IMAGE" | "DOCUMENT_SCAN" | "OTHER";

/** Envelope of every record: identity, revision, origin, routing and handling. Never redacted. */
export type RecordMeta = {
  /** UUID chosen by the source; the Kafka key, stable across revisions. */
  recordId: Uuid;
  /** 1 for the first issue, +1 for each amendment, suspension or withdrawal. */
  revision: number;
  /** Authority that owns the record. */
  source: Authority;
  /** Authority whose inbox this copy is for (the source itself for its own view). */
  recipient: Authority;
  recordType: RecordType;
  status: RecordStatus;
  /** When this revision was issued. */
  issuedAt: DateTime;
  /** Office or gate code of the issuing unit, e.g. LA-BTN or VN-HQ-ANTI-SMUGGLING. */
  issuingOffice: string;
  handlingCode: HandlingCode;
  reliability: Reliability;
  /** When the source must review whether the record is still needed. */
  reviewBy?: null | DateTime;
  /** After this time recipients must delete the record. */
  retainUntil?: null | DateTime;
  /** Every path the sharing agreement removed from this copy (e.g. persons[0].fullName), so a recipient can tell removed from unknown. */
  redactedPaths?: Array<string>;
  /** Set only on a tombstone (status WITHDRAWN): why this copy holds no content. Added in v2. */
  retraction?: null | RetractionReason;
};

/** A SeizureCase as a client submits it: the content of the Avro contract in JSON form (date-times as ISO-8601 strings) and the meta fields a caller controls. */
export type SeizureCaseRequest = {
  /** The meta fields a caller controls; the server sets the others (id, revision, source, status, times of issue). */
  meta: {
    /** Office or gate code of the issuing unit, e.g. LA-BTN or VN-HQ-ANTI-SMUGGLING. */
    issuingOffice?: string;
    handlingCode: HandlingCode;
    reliability: Reliability;
    /** When the source must review whether the record is still needed. */
    reviewBy?: null | DateTime;
    /** After this time recipients must delete the record. */
    retainUntil?: null | DateTime;
  };
  /** The source's own case number (e.g. its nCEN reference). */
  caseReference?: null | string;
  seizedAt: DateTime;
  location: Location;
  direction?: null | Direction;
  /** UN/ECE Recommendation 19 code, one digit as a string: 1 sea, 2 rail, 3 road, 4 air, 5 mail, ... */
  transportMode?: null | TransportMode;
  conveyance?: null | Conveyance;
  goods: Array<GoodsLine>;
  concealment?: null | Concealment;
  detectionMethod?: null | DetectionMethod;
  route?: null | Route;
  /** Nullable as a whole so an agreement can withhold even the pseudonymous refs. */
  persons?: null | Array<Person>;
  companies?: null | Array<Company>;
  outcome?: null | SeizureOutcome;
  /** Photos may show faces and plates, so agreements may remove the whole list. */
  media?: null | Array<MediaRef>;
  /** Free text; may name persons, so agreements without personal data remove it. */
  narrative?: null | (Partial<Record<"lo" | "vi" | "zh" | "th" | "km" | "en", string>>);
};

/** A seizure made by the source authority. Content is nullable so a withdrawal can leave a tombstone (meta only) and agreements can remove fields. */
export type SeizureCase = {
  meta: RecordMeta;
  /** The source's own case number (e.g. its nCEN reference). */
  caseReference: null | string;
  seizedAt: null | DateTime;
  location: null | Location;
  direction: null | Direction;
  /** UN/ECE Recommendation 19 code, one digit as a string: 1 sea, 2 rail, 3 road, 4 air, 5 mail, ... */
  transportMode: null | TransportMode;
  conveyance: null | Conveyance;
  goods: Array<GoodsLine>;
  concealment: null | Concealment;
  detectionMethod: null | DetectionMethod;
  route: null | Route;
  /** Nullable as a whole so an agreement can withhold even the pseudonymous refs. */
  persons: null | Array<Person>;
  companies: null | Array<Company>;
  outcome: null | SeizureOutcome;
  /** Photos may show faces and plates, so agreements may remove the whole list. */
  media: null | Array<MediaRef>;
  /** Free text; may name persons, so agreements without personal data remove it. */
  narrative: null | (Partial<Record<"lo" | "vi" | "zh" | "th" | "km" | "en", string>>);
};

/** How fast partners should act. */
export type AlertPriority = "ROUTINE" | "URGENT";

/** Issuer's assessment of the risk the vehicle carries. */
export type RiskLevel = "LOW" | "MEDIUM" | "HIGH";

/** What the issuer asks the partner to do when the vehicle is seen. Closed on purpose: an action a gate does not understand must not be read as another. */
export type RequestedAction = "SIGHT_AND_REPORT" | "DISCREET_SURVEILLANCE" | "SPECIFIC_CHECK" | "SEIZE_AND_NOTIFY";

/** What the issuer suspects the vehicle of. */
export type RiskIndicator = {
  category: CommodityCategory;
  /** Harmonized System code, 6, 8 or 10 digits without dots. */
  hsCode?: null | HsCode;
  modusOperandi?: null | (Partial<Record<"lo" | "vi" | "zh" | "th" | "km" | "en", string>>);
  suspectedConcealment?: null | ConcealmentMethod;
};

/** A VehicleRiskAlert as a client submits it: the content of the Avro contract in JSON form (date-times as ISO-8601 strings) and the meta fields a caller controls. */
export type VehicleRiskAlertRequest = {
  /** The meta fields a caller controls; the server sets the others (id, revision, source, status, times of issue). */
  meta: {
    /** Office or gate code of the issuing unit, e.g. LA-BTN or VN-HQ-ANTI-SMUGGLING. */
    issuingOffice?: string;
    handlingCode: HandlingCode;
    reliability: Reliability;
    /** When the source must review whether the record is still needed. */
    reviewBy?: null | DateTime;
    /** After this time recipients must delete the record. */
    retainUntil?: null | DateTime;
  };
  vehicle: Conveyance;
  priority: AlertPriority;
  riskLevel?: null | RiskLevel;
  requestedAction: RequestedAction;
  riskIndicators?: Array<RiskIndicator>;
  expectedRoute?: null | Route;
  /** BEX gate codes where the vehicle is expected. */
  targetGates: Array<GateCode>;
  validFrom: DateTime;
  /** The alert expires at this time; must be after validFrom. */
  validUntil: DateTime;
  justification?: null | (Partial<Record<"lo" | "vi" | "zh" | "th" | "km" | "en", string>>);
  /** Record ids of SeizureCase records behind the alert. */
  linkedSeizureIds?: null | Array<Uuid>;
  acknowledgementRequired?: null | boolean;
  responseDeadline?: null | DateTime;
  /** Last time the issuer's own sources saw the vehicle, so gates can judge how fresh the alert is. Added in v2; null when unknown. */
  lastSeenAt?: null | DateTime;
};

/** Watch for a vehicle. Amended, suspended, withdrawn or expired by new revisions; partners answer with AlertHit. */
export type VehicleRiskAlert = {
  meta: RecordMeta;
  vehicle: null | Conveyance;
  priority: null | AlertPriority;
  riskLevel: null | RiskLevel;
  requestedAction: null | RequestedAction;
  riskIndicators: Array<RiskIndicator>;
  expectedRoute: null | Route;
  /** BEX gate codes where the vehicle is expected. */
  targetGates: Array<GateCode>;
  validFrom: null | DateTime;
  /** The alert expires at this time; must be after validFrom. */
  validUntil: null | DateTime;
  justification: null | (Partial<Record<"lo" | "vi" | "zh" | "th" | "km" | "en", string>>);
  /** Record ids of SeizureCase records behind the alert. */
  linkedSeizureIds: null | Array<Uuid>;
  acknowledgementRequired: null | boolean;
  responseDeadline: null | DateTime;
  /** Last time the issuer's own sources saw the vehicle, so gates can judge how fresh the alert is. Added in v2; null when unknown. */
  lastSeenAt: null | DateTime;
};

/** Why the vehicle was checked. Open list: a reader that does not know a newer symbol reads OTHER, which keeps additions compatible both ways. */
export type CheckReason = "ALERT_MATCH" | "RISK_PROFILE" | "RANDOM_CHECK" | "INTELLIGENCE" | "OTHER";

/** What the check found. */
export type HitResult = "NO_FIND" | "SEIZURE" | "RELEASED";

/** A AlertHit as a client submits it: the content of the Avro contract in JSON form (date-times as ISO-8601 strings) and the meta fields a caller controls. */
export type AlertHitRequest = {
  /** The meta fields a caller controls; the server sets the others (id, revision, source, status, times of issue). */
  meta: {
    /** Office or gate code of the issuing unit, e.g. LA-BTN or VN-HQ-ANTI-SMUGGLING. */
    issuingOffice?: string;
    handlingCode: HandlingCode;
    reliability: Reliability;
    /** When the source must review whether the record is still needed. */
    reviewBy?: null | DateTime;
    /** After this time recipients must delete the record. */
    retainUntil?: null | DateTime;
  };
  /** Record id of the VehicleRiskAlert. */
  alertId: Uuid;
  /** Authority that issued the alert: a record is known by its source and id together. Null in v1 hits. Added in v2. */
  alertSource?: null | Authority;
  /** Revision of the alert the gate acted on. */
  alertRevision?: null | number;
  reportingAuthority: Authority;
  location: Location;
  seenAt: DateTime;
  checkReason?: null | CheckReason;
  result: HitResult;
  /** The vehicle as found, which may differ from the alert (another trailer, another container). */
  observedVehicle?: null | Conveyance;
  route?: null | Route;
  /** Place the driver declared, in Latin script. */
  declaredDestination?: null | string;
  circumstances?: null | (Partial<Record<"lo" | "vi" | "zh" | "th" | "km" | "en", string>>);
  /** Record id of the SeizureCase the check led to. */
  linkedSeizureId?: null | Uuid;
};

/** A partner saw or checked an alerted vehicle; sent back to the issuer of the alert. */
export type AlertHit = {
  meta: RecordMeta;
  /** Record id of the VehicleRiskAlert. */
  alertId: null | Uuid;
  /** Authority that issued the alert: a record is known by its source and id together. Null in v1 hits. Added in v2. */
  alertSource: null | Authority;
  /** Revision of the alert the gate acted on. */
  alertRevision: null | number;
  reportingAuthority: null | Authority;
  location: null | Location;
  seenAt: null | DateTime;
  checkReason: null | CheckReason;
  result: null | HitResult;
  /** The vehicle as found, which may differ from the alert (another trailer, another container). */
  observedVehicle: null | Conveyance;
  route: null | Route;
  /** Place the driver declared, in Latin script. */
  declaredDestination: null | string;
  circumstances: null | (Partial<Record<"lo" | "vi" | "zh" | "th" | "km" | "en", string>>);
  /** Record id of the SeizureCase the check led to. */
  linkedSeizureId: null | Uuid;
};

/** Kind of change. Open list: a reader that does not know a newer symbol reads OTHER, which keeps additions compatible both ways. */
export type PolicyChangeType = "REGULATION" | "PROHIBITED_RESTRICTED_GOODS" | "TARIFF_HS" | "PROCEDURE" | "CHECKPOINT_STATUS" | "CHECKPOINT_HOURS" | "SYSTEM_GO_LIVE" | "OTHER";

/** Operating state of a checkpoint from the effective date. */
export type CheckpointStatus = "OPEN" | "CLOSED" | "RESTRICTED" | "TEST_RUN";

/** Whether the texts other than the official language are official translations. */
export type TranslationStatus = "OFFICIAL" | "UNOFFICIAL";

/** An official document (decree, notice), one per language version. */
export type DocumentRef = {
  uri: string;
  /** Lower-case hex SHA-256 of the file. */
  sha256: string;
  /** BCP-47 primary language tag: lo, vi, zh, th, km or en. */
  language: "lo" | "vi" | "zh" | "th" | "km" | "en";
  title?: null | string;
};

/** A PolicyChange as a client submits it: the content of the Avro contract in JSON form (date-times as ISO-8601 strings) and the meta fields a caller controls. */
export type PolicyChangeRequest = {
  /** The meta fields a caller controls; the server sets the others (id, revision, source, status, times of issue). */
  meta: {
    /** Office or gate code of the issuing unit, e.g. LA-BTN or VN-HQ-ANTI-SMUGGLING. */
    issuingOffice?: string;
    handlingCode: HandlingCode;
    reliability: Reliability;
    /** When the source must review whether the record is still needed. */
    reviewBy?: null | DateTime;
    /** After this time recipients must delete the record. */
    retainUntil?: null | DateTime;
  };
  changeType: PolicyChangeType;
  /** Number of the decree, notice or order. */
  legalReference?: null | string;
  /** When the legal instrument was signed. */
  legalIssuedAt?: null | DateTime;
  effectiveFrom: DateTime;
  /** Null while open-ended; must be after effectiveFrom. */
  effectiveUntil?: null | DateTime;
  /** Record ids of PolicyChange records this one replaces. */
  supersedes?: Array<Uuid>;
  affectedGates?: Array<GateCode>;
  affectedHsCodes?: Array<HsCode>;
  /** UN/ECE Recommendation 19 codes. */
  affectedTransportModes?: Array<TransportMode>;
  checkpointStatus?: null | CheckpointStatus;
  /** Most vehicles a day the checkpoint clears while this change is in force. */
  dailyVehicleLimit?: null | number;
  /** The limit before, so readers see the size of the change. */
  previousDailyVehicleLimit?: null | number;
  /** Local opening hours, HH:MM-HH:MM (24 h). */
  openingHours?: null | string;
  /** The same text in several languages, keyed by BCP-47 primary language tag: lo, vi, zh, th, km, en. */
  title: Partial<Record<"lo" | "vi" | "zh" | "th" | "km" | "en", string>>;
  summary?: null | (Partial<Record<"lo" | "vi" | "zh" | "th" | "km" | "en", string>>);
  /** Language of the legally binding text. */
  officialLanguage: "lo" | "vi" | "zh" | "th" | "km" | "en";
  /** Status of the texts in other languages. */
  translationStatus?: null | TranslationStatus;
  documents?: Array<DocumentRef>;
};

/** A regulation, procedure, goods restriction, tariff or checkpoint change announced by the source authority. */
export type PolicyChange = {
  meta: RecordMeta;
  changeType: null | PolicyChangeType;
  /** Number of the decree, notice or order. */
  legalReference: null | string;
  /** When the legal instrument was signed. */
  legalIssuedAt: null | DateTime;
  effectiveFrom: null | DateTime;
  /** Null while open-ended; must be after effectiveFrom. */
  effectiveUntil: null | DateTime;
  /** Record ids of PolicyChange records this one replaces. */
  supersedes: Array<Uuid>;
  affectedGates: Array<GateCode>;
  affectedHsCodes: Array<HsCode>;
  /** UN/ECE Recommendation 19 codes. */
  affectedTransportModes: Array<TransportMode>;
  checkpointStatus: null | CheckpointStatus;
  /** Most vehicles a day the checkpoint clears while this change is in force. */
  dailyVehicleLimit: null | number;
  /** The limit before, so readers see the size of the change. */
  previousDailyVehicleLimit: null | number;
  /** Local opening hours, HH:MM-HH:MM (24 h). */
  openingHours: null | string;
  title: null | (Partial<Record<"lo" | "vi" | "zh" | "th" | "km" | "en", string>>);
  summary: null | (Partial<Record<"lo" | "vi" | "zh" | "th" | "km" | "en", string>>);
  /** Language of the legally binding text. */
  officialLanguage: null | ("lo" | "vi" | "zh" | "th" | "km" | "en");
  /** Status of the texts in other languages. */
  translationStatus: null | TranslationStatus;
  documents: Array<DocumentRef>;
};

export interface Operations {
  /** Submit a SeizureCase */
  submitSeizureCase: {
    method: 'POST';
    path: '/v1/seizure-cases';
    input: { body: SeizureCaseRequest };
    responses: {
      202: Accepted;
      400: Problem & {
        type?: "https://bex.example/problems/malformed-json" | "https://bex.example/problems/bad-request" | "https://bex.example/problems/validation";
        status?: 400;
      };
      401: Problem & {
        type?: "https://bex.example/problems/unauthenticated";
        status?: 401;
      };
      403: Problem & {
        type?: "https://bex.example/problems/wrong-authority" | "https://bex.example/problems/role-not-allowed" | "https://bex.example/problems/write-not-yours";
        status?: 403;
      };
      413: Problem & {
        type?: "https://bex.example/problems/payload-too-large";
        status?: 413;
      };
      415: Problem & {
        type?: "https://bex.example/problems/unsupported-media-type";
        status?: 415;
      };
      429: Problem & {
        type?: "https://bex.example/problems/rate-limited";
        status?: 429;
      };
      500: Problem & {
        type?: "https://bex.example/problems/internal";
        status?: 500;
      };
      503: Problem & {
        type?: "https://bex.example/problems/identity-provider-unavailable" | "https://bex.example/problems/database-unavailable";
        status?: 503;
      };
    };
  };
  /** Seizure summaries, newest first */
  listSeizureCases: {
    method: 'GET';
    path: '/v1/seizure-cases';
    input: { query?: { from?: string; to?: string; gate?: string; category?: string; source?: "LA" | "VN" | "CN" | "TH" | "KH"; limit?: number; cursor?: string } };
    responses: {
      200: SeizurePage;
      400: Problem & {
        type?: "https://bex.example/problems/malformed-json" | "https://bex.example/problems/bad-request" | "https://bex.example/problems/invalid-query";
        status?: 400;
      };
      401: Problem & {
        type?: "https://bex.example/problems/unauthenticated";
        status?: 401;
      };
      403: Problem & {
        type?: "https://bex.example/problems/wrong-authority" | "https://bex.example/problems/role-not-allowed" | "https://bex.example/problems/gate-not-allowed";
        status?: 403;
      };
      413: Problem & {
        type?: "https://bex.example/problems/payload-too-large";
        status?: 413;
      };
      415: Problem & {
        type?: "https://bex.example/problems/unsupported-media-type";
        status?: 415;
      };
      429: Problem & {
        type?: "https://bex.example/problems/rate-limited";
        status?: 429;
      };
      500: Problem & {
        type?: "https://bex.example/problems/internal";
        status?: 500;
      };
      503: Problem & {
        type?: "https://bex.example/problems/identity-provider-unavailable" | "https://bex.example/problems/database-unavailable";
        status?: 503;
      };
    };
  };
  /** Amend a SeizureCase (its issuing office, or an admin; a border branch: hits at its gate) */
  amendSeizureCase: {
    method: 'PUT';
    path: '/v1/seizure-cases/{id}';
    input: { path: { id: string }; body: SeizureCaseRequest };
    responses: {
      202: Accepted;
      400: Problem & {
        type?: "https://bex.example/problems/malformed-json" | "https://bex.example/problems/bad-request" | "https://bex.example/problems/validation";
        status?: 400;
      };
      401: Problem & {
        type?: "https://bex.example/problems/unauthenticated";
        status?: 401;
      };
      403: Problem & {
        type?: "https://bex.example/problems/wrong-authority" | "https://bex.example/problems/role-not-allowed" | "https://bex.example/problems/write-not-yours" | "https://bex.example/problems/not-record-owner";
        status?: 403;
      };
      404: Problem & {
        type?: "https://bex.example/problems/record-not-found";
        status?: 404;
      };
      409: Problem & {
        type?: "https://bex.example/problems/illegal-transition";
        status?: 409;
      };
      413: Problem & {
        type?: "https://bex.example/problems/payload-too-large";
        status?: 413;
      };
      415: Problem & {
        type?: "https://bex.example/problems/unsupported-media-type";
        status?: 415;
      };
      429: Problem & {
        type?: "https://bex.example/problems/rate-limited";
        status?: 429;
      };
      500: Problem & {
        type?: "https://bex.example/problems/internal";
        status?: 500;
      };
      503: Problem & {
        type?: "https://bex.example/problems/identity-provider-unavailable" | "https://bex.example/problems/database-unavailable" | "https://bex.example/problems/revision-contention";
        status?: 503;
      };
    };
  };
  /** One seizure case in full (audited) */
  getSeizureCase: {
    method: 'GET';
    path: '/v1/seizure-cases/{id}';
    input: { path: { id: string }; query?: { source?: "LA" | "VN" | "CN" | "TH" | "KH" } };
    responses: {
      200: SeizureDetail;
      400: Problem & {
        type?: "https://bex.example/problems/malformed-json" | "https://bex.example/problems/bad-request" | "https://bex.example/problems/invalid-query";
        status?: 400;
      };
      401: Problem & {
        type?: "https://bex.example/problems/unauthenticated";
        status?: 401;
      };
      403: Problem & {
        type?: "https://bex.example/problems/wrong-authority" | "https://bex.example/problems/role-not-allowed" | "https://bex.example/problems/gate-not-allowed";
        status?: 403;
      };
      404: Problem & {
        type?: "https://bex.example/problems/record-not-found";
        status?: 404;
      };
      409: Problem & {
        type?: "https://bex.example/problems/record-ambiguous";
        status?: 409;
      };
      413: Problem & {
        type?: "https://bex.example/problems/payload-too-large";
        status?: 413;
      };
      415: Problem & {
        type?: "https://bex.example/problems/unsupported-media-type";
        status?: 415;
      };
      429: Problem & {
        type?: "https://bex.example/problems/rate-limited";
        status?: 429;
      };
      500: Problem & {
        type?: "https://bex.example/problems/internal";
        status?: 500;
      };
      503: Problem & {
        type?: "https://bex.example/problems/identity-provider-unavailable" | "https://bex.example/problems/database-unavailable";
        status?: 503;
      };
    };
  };
  /** Withdraw a SeizureCase (its issuing office, or an admin; a border branch: hits at its gate) */
  withdrawSeizureCase: {
    method: 'POST';
    path: '/v1/seizure-cases/{id}/withdraw';
    input: { path: { id: string } };
    responses: {
      202: Accepted;
      400: Problem & {
        type?: "https://bex.example/problems/malformed-json" | "https://bex.example/problems/bad-request";
        status?: 400;
      };
      401: Problem & {
        type?: "https://bex.example/problems/unauthenticated";
        status?: 401;
      };
      403: Problem & {
        type?: "https://bex.example/problems/wrong-authority" | "https://bex.example/problems/role-not-allowed" | "https://bex.example/problems/write-not-yours" | "https://bex.example/problems/not-record-owner";
        status?: 403;
      };
      404: Problem & {
        type?: "https://bex.example/problems/record-not-found";
        status?: 404;
      };
      409: Problem & {
        type?: "https://bex.example/problems/illegal-transition";
        status?: 409;
      };
      413: Problem & {
        type?: "https://bex.example/problems/payload-too-large";
        status?: 413;
      };
      415: Problem & {
        type?: "https://bex.example/problems/unsupported-media-type";
        status?: 415;
      };
      429: Problem & {
        type?: "https://bex.example/problems/rate-limited";
        status?: 429;
      };
      500: Problem & {
        type?: "https://bex.example/problems/internal";
        status?: 500;
      };
      503: Problem & {
        type?: "https://bex.example/problems/identity-provider-unavailable" | "https://bex.example/problems/database-unavailable" | "https://bex.example/problems/revision-contention";
        status?: 503;
      };
    };
  };
  /** Submit a VehicleRiskAlert */
  submitVehicleRiskAlert: {
    method: 'POST';
    path: '/v1/vehicle-alerts';
    input: { body: VehicleRiskAlertRequest };
    responses: {
      202: Accepted;
      400: Problem & {
        type?: "https://bex.example/problems/malformed-json" | "https://bex.example/problems/bad-request" | "https://bex.example/problems/validation";
        status?: 400;
      };
      401: Problem & {
        type?: "https://bex.example/problems/unauthenticated";
        status?: 401;
      };
      403: Problem & {
        type?: "https://bex.example/problems/wrong-authority" | "https://bex.example/problems/role-not-allowed" | "https://bex.example/problems/write-not-yours";
        status?: 403;
      };
      413: Problem & {
        type?: "https://bex.example/problems/payload-too-large";
        status?: 413;
      };
      415: Problem & {
        type?: "https://bex.example/problems/unsupported-media-type";
        status?: 415;
      };
      429: Problem & {
        type?: "https://bex.example/problems/rate-limited";
        status?: 429;
      };
      500: Problem & {
        type?: "https://bex.example/problems/internal";
        status?: 500;
      };
      503: Problem & {
        type?: "https://bex.example/problems/identity-provider-unavailable" | "https://bex.example/problems/database-unavailable";
        status?: 503;
      };
    };
  };
  /** Amend a VehicleRiskAlert (its issuing office, or an admin; a border branch: hits at its gate) */
  amendVehicleRiskAlert: {
    method: 'PUT';
    path: '/v1/vehicle-alerts/{id}';
    input: { path: { id: string }; body: VehicleRiskAlertRequest };
    responses: {
      202: Accepted;
      400: Problem & {
        type?: "https://bex.example/problems/malformed-json" | "https://bex.example/problems/bad-request" | "https://bex.example/problems/validation";
        status?: 400;
      };
      401: Problem & {
        type?: "https://bex.example/problems/unauthenticated";
        status?: 401;
      };
      403: Problem & {
        type?: "https://bex.example/problems/wrong-authority" | "https://bex.example/problems/role-not-allowed" | "https://bex.example/problems/write-not-yours" | "https://bex.example/problems/not-record-owner";
        status?: 403;
      };
      404: Problem & {
        type?: "https://bex.example/problems/record-not-found";
        status?: 404;
      };
      409: Problem & {
        type?: "https://bex.example/problems/illegal-transition";
        status?: 409;
      };
      413: Problem & {
        type?: "https://bex.example/problems/payload-too-large";
        status?: 413;
      };
      415: Problem & {
        type?: "https://bex.example/problems/unsupported-media-type";
        status?: 415;
      };
      429: Problem & {
        type?: "https://bex.example/problems/rate-limited";
        status?: 429;
      };
      500: Problem & {
        type?: "https://bex.example/problems/internal";
        status?: 500;
      };
      503: Problem & {
        type?: "https://bex.example/problems/identity-provider-unavailable" | "https://bex.example/problems/database-unavailable" | "https://bex.example/problems/revision-contention";
        status?: 503;
      };
    };
  };
  /** One alert in full (audited); a partner's alert opened for the first time tells its source it was viewed */
  getVehicleAlert: {
    method: 'GET';
    path: '/v1/vehicle-alerts/{id}';
    input: { path: { id: string }; query?: { source?: "LA" | "VN" | "CN" | "TH" | "KH" } };
    responses: {
      200: AlertItem;
      400: Problem & {
        type?: "https://bex.example/problems/malformed-json" | "https://bex.example/problems/bad-request" | "https://bex.example/problems/invalid-query";
        status?: 400;
      };
      401: Problem & {
        type?: "https://bex.example/problems/unauthenticated";
        status?: 401;
      };
      403: Problem & {
        type?: "https://bex.example/problems/wrong-authority" | "https://bex.example/problems/role-not-allowed" | "https://bex.example/problems/gate-not-allowed";
        status?: 403;
      };
      404: Problem & {
        type?: "https://bex.example/problems/record-not-found";
        status?: 404;
      };
      409: Problem & {
        type?: "https://bex.example/problems/record-ambiguous";
        status?: 409;
      };
      413: Problem & {
        type?: "https://bex.example/problems/payload-too-large";
        status?: 413;
      };
      415: Problem & {
        type?: "https://bex.example/problems/unsupported-media-type";
        status?: 415;
      };
      429: Problem & {
        type?: "https://bex.example/problems/rate-limited";
        status?: 429;
      };
      500: Problem & {
        type?: "https://bex.example/problems/internal";
        status?: 500;
      };
      503: Problem & {
        type?: "https://bex.example/problems/identity-provider-unavailable" | "https://bex.example/problems/database-unavailable";
        status?: 503;
      };
    };
  };
  /** Suspend a VehicleRiskAlert (its issuing office, or an admin; a border branch: hits at its gate) */
  suspendVehicleRiskAlert: {
    method: 'POST';
    path: '/v1/vehicle-alerts/{id}/suspend';
    input: { path: { id: string } };
    responses: {
      202: Accepted;
      400: Problem & {
        type?: "https://bex.example/problems/malformed-json" | "https://bex.example/problems/bad-request";
        status?: 400;
      };
      401: Problem & {
        type?: "https://bex.example/problems/unauthenticated";
        status?: 401;
      };
      403: Problem & {
        type?: "https://bex.example/problems/wrong-authority" | "https://bex.example/problems/role-not-allowed" | "https://bex.example/problems/write-not-yours" | "https://bex.example/problems/not-record-owner";
        status?: 403;
      };
      404: Problem & {
        type?: "https://bex.example/problems/record-not-found";
        status?: 404;
      };
      409: Problem & {
        type?: "https://bex.example/problems/illegal-transition";
        status?: 409;
      };
      413: Problem & {
        type?: "https://bex.example/problems/payload-too-large";
        status?: 413;
      };
      415: Problem & {
        type?: "https://bex.example/problems/unsupported-media-type";
        status?: 415;
      };
      429: Problem & {
        type?: "https://bex.example/problems/rate-limited";
        status?: 429;
      };
      500: Problem & {
        type?: "https://bex.example/problems/internal";
        status?: 500;
      };
      503: Problem & {
        type?: "https://bex.example/problems/identity-provider-unavailable" | "https://bex.example/problems/database-unavailable" | "https://bex.example/problems/revision-contention";
        status?: 503;
      };
    };
  };
  /** Reinstate a VehicleRiskAlert (its issuing office, or an admin; a border branch: hits at its gate) */
  reinstateVehicleRiskAlert: {
    method: 'POST';
    path: '/v1/vehicle-alerts/{id}/reinstate';
    input: { path: { id: string } };
    responses: {
      202: Accepted;
      400: Problem & {
        type?: "https://bex.example/problems/malformed-json" | "https://bex.example/problems/bad-request";
        status?: 400;
      };
      401: Problem & {
        type?: "https://bex.example/problems/unauthenticated";
        status?: 401;
      };
      403: Problem & {
        type?: "https://bex.example/problems/wrong-authority" | "https://bex.example/problems/role-not-allowed" | "https://bex.example/problems/write-not-yours" | "https://bex.example/problems/not-record-owner";
        status?: 403;
      };
      404: Problem & {
        type?: "https://bex.example/problems/record-not-found";
        status?: 404;
      };
      409: Problem & {
        type?: "https://bex.example/problems/illegal-transition";
        status?: 409;
      };
      413: Problem & {
        type?: "https://bex.example/problems/payload-too-large";
        status?: 413;
      };
      415: Problem & {
        type?: "https://bex.example/problems/unsupported-media-type";
        status?: 415;
      };
      429: Problem & {
        type?: "https://bex.example/problems/rate-limited";
        status?: 429;
      };
      500: Problem & {
        type?: "https://bex.example/problems/internal";
        status?: 500;
      };
      503: Problem & {
        type?: "https://bex.example/problems/identity-provider-unavailable" | "https://bex.example/problems/database-unavailable" | "https://bex.example/problems/revision-contention";
        status?: 503;
      };
    };
  };
  /** Withdraw a VehicleRiskAlert (its issuing office, or an admin; a border branch: hits at its gate) */
  withdrawVehicleRiskAlert: {
    method: 'POST';
    path: '/v1/vehicle-alerts/{id}/withdraw';
    input: { path: { id: string } };
    responses: {
      202: Accepted;
      400: Problem & {
        type?: "https://bex.example/problems/malformed-json" | "https://bex.example/problems/bad-request";
        status?: 400;
      };
      401: Problem & {
        type?: "https://bex.example/problems/unauthenticated";
        status?: 401;
      };
      403: Problem & {
        type?: "https://bex.example/problems/wrong-authority" | "https://bex.example/problems/role-not-allowed" | "https://bex.example/problems/write-not-yours" | "https://bex.example/problems/not-record-owner";
        status?: 403;
      };
      404: Problem & {
        type?: "https://bex.example/problems/record-not-found";
        status?: 404;
      };
      409: Problem & {
        type?: "https://bex.example/problems/illegal-transition";
        status?: 409;
      };
      413: Problem & {
        type?: "https://bex.example/problems/payload-too-large";
        status?: 413;
      };
      415: Problem & {
        type?: "https://bex.example/problems/unsupported-media-type";
        status?: 415;
      };
      429: Problem & {
        type?: "https://bex.example/problems/rate-limited";
        status?: 429;
      };
      500: Problem & {
        type?: "https://bex.example/problems/internal";
        status?: 500;
      };
      503: Problem & {
        type?: "https://bex.example/problems/identity-provider-unavailable" | "https://bex.example/problems/database-unavailable" | "https://bex.example/problems/revision-contention";
        status?: 503;
      };
    };
  };
  /** Submit a AlertHit */
  submitAlertHit: {
    method: 'POST';
    path: '/v1/alert-hits';
    input: { body: AlertHitRequest };
    responses: {
      202: Accepted;
      400: Problem & {
        type?: "https://bex.example/problems/malformed-json" | "https://bex.example/problems/bad-request" | "https://bex.example/problems/validation";
        status?: 400;
      };
      401: Problem & {
        type?: "https://bex.example/problems/unauthenticated";
        status?: 401;
      };
      403: Problem & {
        type?: "https://bex.example/problems/wrong-authority" | "https://bex.example/problems/role-not-allowed" | "https://bex.example/problems/write-not-yours";
        status?: 403;
      };
      413: Problem & {
        type?: "https://bex.example/problems/payload-too-large";
        status?: 413;
      };
      415: Problem & {
        type?: "https://bex.example/problems/unsupported-media-type";
        status?: 415;
      };
      429: Problem & {
        type?: "https://bex.example/problems/rate-limited";
        status?: 429;
      };
      500: Problem & {
        type?: "https://bex.example/problems/internal";
        status?: 500;
      };
      503: Problem & {
        type?: "https://bex.example/problems/identity-provider-unavailable" | "https://bex.example/problems/database-unavailable";
        status?: 503;
      };
    };
  };
  /** Withdraw a AlertHit (its issuing office, or an admin; a border branch: hits at its gate) */
  withdrawAlertHit: {
    method: 'POST';
    path: '/v1/alert-hits/{id}/withdraw';
    input: { path: { id: string } };
    responses: {
      202: Accepted;
      400: Problem & {
        type?: "https://bex.example/problems/malformed-json" | "https://bex.example/problems/bad-request";
        status?: 400;
      };
      401: Problem & {
        type?: "https://bex.example/problems/unauthenticated";
        status?: 401;
      };
      403: Problem & {
        type?: "https://bex.example/problems/wrong-authority" | "https://bex.example/problems/role-not-allowed" | "https://bex.example/problems/write-not-yours" | "https://bex.example/problems/not-record-owner";
        status?: 403;
      };
      404: Problem & {
        type?: "https://bex.example/problems/record-not-found";
        status?: 404;
      };
      409: Problem & {
        type?: "https://bex.example/problems/illegal-transition";
        status?: 409;
      };
      413: Problem & {
        type?: "https://bex.example/problems/payload-too-large";
        status?: 413;
      };
      415: Problem & {
        type?: "https://bex.example/problems/unsupported-media-type";
        status?: 415;
      };
      429: Problem & {
        type?: "https://bex.example/problems/rate-limited";
        status?: 429;
      };
      500: Problem & {
        type?: "https://bex.example/problems/internal";
        status?: 500;
      };
      503: Problem & {
        type?: "https://bex.example/problems/identity-provider-unavailable" | "https://bex.example/problems/database-unavailable" | "https://bex.example/problems/revision-contention";
        status?: 503;
      };
    };
  };
  /** Submit a PolicyChange */
  submitPolicyChange: {
    method: 'POST';
    path: '/v1/policy-changes';
    input: { body: PolicyChangeRequest };
    responses: {
      202: Accepted;
      400: Problem & {
        type?: "https://bex.example/problems/malformed-json" | "https://bex.example/problems/bad-request" | "https://bex.example/problems/validation";
        status?: 400;
      };
      401: Problem & {
        type?: "https://bex.example/problems/unauthenticated";
        status?: 401;
      };
      403: Problem & {
        type?: "https://bex.example/problems/wrong-authority" | "https://bex.example/problems/role-not-allowed" | "https://bex.example/problems/write-not-yours";
        status?: 403;
      };
      413: Problem & {
        type?: "https://bex.example/problems/payload-too-large";
        status?: 413;
      };
      415: Problem & {
        type?: "https://bex.example/problems/unsupported-media-type";
        status?: 415;
      };
      429: Problem & {
        type?: "https://bex.example/problems/rate-limited";
        status?: 429;
      };
      500: Problem & {
        type?: "https://bex.example/problems/internal";
        status?: 500;
      };
      503: Problem & {
        type?: "https://bex.example/problems/identity-provider-unavailable" | "https://bex.example/problems/database-unavailable";
        status?: 503;
      };
    };
  };
  /** Withdraw a PolicyChange (its issuing office, or an admin; a border branch: hits at its gate) */
  withdrawPolicyChange: {
    method: 'POST';
    path: '/v1/policy-changes/{id}/withdraw';
    input: { path: { id: string } };
    responses: {
      202: Accepted;
      400: Problem & {
        type?: "https://bex.example/problems/malformed-json" | "https://bex.example/problems/bad-request";
        status?: 400;
      };
      401: Problem & {
        type?: "https://bex.example/problems/unauthenticated";
        status?: 401;
      };
      403: Problem & {
        type?: "https://bex.example/problems/wrong-authority" | "https://bex.example/problems/role-not-allowed" | "https://bex.example/problems/write-not-yours" | "https://bex.example/problems/not-record-owner";
        status?: 403;
      };
      404: Problem & {
        type?: "https://bex.example/problems/record-not-found";
        status?: 404;
      };
      409: Problem & {
        type?: "https://bex.example/problems/illegal-transition";
        status?: 409;
      };
      413: Problem & {
        type?: "https://bex.example/problems/payload-too-large";
        status?: 413;
      };
      415: Problem & {
        type?: "https://bex.example/problems/unsupported-media-type";
        status?: 415;
      };
      429: Problem & {
        type?: "https://bex.example/problems/rate-limited";
        status?: 429;
      };
      500: Problem & {
        type?: "https://bex.example/problems/internal";
        status?: 500;
      };
      503: Problem & {
        type?: "https://bex.example/problems/identity-provider-unavailable" | "https://bex.example/problems/database-unavailable" | "https://bex.example/problems/revision-contention";
        status?: 503;
      };
    };
  };
  /** Replace a PolicyChange by a new one (its issuing office, or an admin) */
  supersedePolicyChange: {
    method: 'POST';
    path: '/v1/policy-changes/{id}/supersede';
    input: { path: { id: string }; body: PolicyChangeRequest };
    responses: {
      202: Superseded;
      400: Problem & {
        type?: "https://bex.example/problems/malformed-json" | "https://bex.example/problems/bad-request" | "https://bex.example/problems/validation";
        status?: 400;
      };
      401: Problem & {
        type?: "https://bex.example/problems/unauthenticated";
        status?: 401;
      };
      403: Problem & {
        type?: "https://bex.example/problems/wrong-authority" | "https://bex.example/problems/role-not-allowed" | "https://bex.example/problems/write-not-yours" | "https://bex.example/problems/not-record-owner";
        status?: 403;
      };
      404: Problem & {
        type?: "https://bex.example/problems/record-not-found";
        status?: 404;
      };
      409: Problem & {
        type?: "https://bex.example/problems/illegal-transition";
        status?: 409;
      };
      413: Problem & {
        type?: "https://bex.example/problems/payload-too-large";
        status?: 413;
      };
      415: Problem & {
        type?: "https://bex.example/problems/unsupported-media-type";
        status?: 415;
      };
      429: Problem & {
        type?: "https://bex.example/problems/rate-limited";
        status?: 429;
      };
      500: Problem & {
        type?: "https://bex.example/problems/internal";
        status?: 500;
      };
      503: Problem & {
        type?: "https://bex.example/problems/identity-provider-unavailable" | "https://bex.example/problems/database-unavailable" | "https://bex.example/problems/revision-contention";
        status?: 503;
      };
    };
  };
  /** Live alerts targeting a gate: URGENT first, then by expiry (audited) */
  listGateAlerts: {
    method: 'GET';
    path: '/v1/alerts';
    input: { query?: { gate?: string; crossing?: "BTN-MHN" | "DTO-NGI" | "DSV-LBO" | "NPH-CTR" | "TNL-NKI"; at?: string } };
    responses: {
      200: AlertList;
      400: Problem & {
        type?: "https://bex.example/problems/malformed-json" | "https://bex.example/problems/bad-request" | "https://bex.example/problems/invalid-query";
        status?: 400;
      };
      401: Problem & {
        type?: "https://bex.example/problems/unauthenticated";
        status?: 401;
      };
      403: Problem & {
        type?: "https://bex.example/problems/wrong-authority" | "https://bex.example/problems/role-not-allowed" | "https://bex.example/problems/gate-not-allowed";
        status?: 403;
      };
      413: Problem & {
        type?: "https://bex.example/problems/payload-too-large";
        status?: 413;
      };
      415: Problem & {
        type?: "https://bex.example/problems/unsupported-media-type";
        status?: 415;
      };
      429: Problem & {
        type?: "https://bex.example/problems/rate-limited";
        status?: 429;
      };
      500: Problem & {
        type?: "https://bex.example/problems/internal";
        status?: 500;
      };
      503: Problem & {
        type?: "https://bex.example/problems/identity-provider-unavailable" | "https://bex.example/problems/database-unavailable";
        status?: 503;
      };
    };
  };
  /** Live alerts (for a token bound to a gate, those aimed at its gate) and past seizures for a plate (audited) */
  lookUpPlate: {
    method: 'GET';
    path: '/v1/plates/{plate}';
    input: { path: { plate: string } };
    responses: {
      200: PlateLookup;
      400: Problem & {
        type?: "https://bex.example/problems/malformed-json" | "https://bex.example/problems/bad-request" | "https://bex.example/problems/invalid-query";
        status?: 400;
      };
      401: Problem & {
        type?: "https://bex.example/problems/unauthenticated";
        status?: 401;
      };
      403: Problem & {
        type?: "https://bex.example/problems/wrong-authority" | "https://bex.example/problems/role-not-allowed";
        status?: 403;
      };
      413: Problem & {
        type?: "https://bex.example/problems/payload-too-large";
        status?: 413;
      };
      415: Problem & {
        type?: "https://bex.example/problems/unsupported-media-type";
        status?: 415;
      };
      429: Problem & {
        type?: "https://bex.example/problems/rate-limited";
        status?: 429;
      };
      500: Problem & {
        type?: "https://bex.example/problems/internal";
        status?: 500;
      };
      503: Problem & {
        type?: "https://bex.example/problems/identity-provider-unavailable" | "https://bex.example/problems/database-unavailable";
        status?: 503;
      };
    };
  };
  /** Policy and checkpoint changes in force at a gate, and across the border at the other side of its crossing */
  listPoliciesInForce: {
    method: 'GET';
    path: '/v1/policy-changes/in-force';
    input: { query?: { gate?: string; at?: string } };
    responses: {
      200: PolicyList;
      400: Problem & {
        type?: "https://bex.example/problems/malformed-json" | "https://bex.example/problems/bad-request" | "https://bex.example/problems/invalid-query";
        status?: 400;
      };
      401: Problem & {
        type?: "https://bex.example/problems/unauthenticated";
        status?: 401;
      };
      403: Problem & {
        type?: "https://bex.example/problems/wrong-authority" | "https://bex.example/problems/role-not-allowed";
        status?: 403;
      };
      413: Problem & {
        type?: "https://bex.example/problems/payload-too-large";
        status?: 413;
      };
      415: Problem & {
        type?: "https://bex.example/problems/unsupported-media-type";
        status?: 415;
      };
      429: Problem & {
        type?: "https://bex.example/problems/rate-limited";
        status?: 429;
      };
      500: Problem & {
        type?: "https://bex.example/problems/internal";
        status?: 500;
      };
      503: Problem & {
        type?: "https://bex.example/problems/identity-provider-unavailable" | "https://bex.example/problems/database-unavailable";
        status?: 503;
      };
    };
  };
  /** One policy or checkpoint change in full: where its 202 Location points */
  getPolicyChange: {
    method: 'GET';
    path: '/v1/policy-changes/{id}';
    input: { path: { id: string }; query?: { source?: "LA" | "VN" | "CN" | "TH" | "KH" } };
    responses: {
      200: PolicyItem;
      400: Problem & {
        type?: "https://bex.example/problems/malformed-json" | "https://bex.example/problems/bad-request" | "https://bex.example/problems/invalid-query";
        status?: 400;
      };
      401: Problem & {
        type?: "https://bex.example/problems/unauthenticated";
        status?: 401;
      };
      403: Problem & {
        type?: "https://bex.example/problems/wrong-authority" | "https://bex.example/problems/role-not-allowed";
        status?: 403;
      };
      404: Problem & {
        type?: "https://bex.example/problems/record-not-found";
        status?: 404;
      };
      409: Problem & {
        type?: "https://bex.example/problems/record-ambiguous";
        status?: 409;
      };
      413: Problem & {
        type?: "https://bex.example/problems/payload-too-large";
        status?: 413;
      };
      415: Problem & {
        type?: "https://bex.example/problems/unsupported-media-type";
        status?: 415;
      };
      429: Problem & {
        type?: "https://bex.example/problems/rate-limited";
        status?: 429;
      };
      500: Problem & {
        type?: "https://bex.example/problems/internal";
        status?: 500;
      };
      503: Problem & {
        type?: "https://bex.example/problems/identity-provider-unavailable" | "https://bex.example/problems/database-unavailable";
        status?: 503;
      };
    };
  };
  /** Hits on the alerts this authority issued, newest first (audited) */
  listHitsOnMyAlerts: {
    method: 'GET';
    path: '/v1/alert-hits/mine';
    input: { query?: { limit?: number; cursor?: string } };
    responses: {
      200: HitPage;
      400: Problem & {
        type?: "https://bex.example/problems/malformed-json" | "https://bex.example/problems/bad-request" | "https://bex.example/problems/invalid-query";
        status?: 400;
      };
      401: Problem & {
        type?: "https://bex.example/problems/unauthenticated";
        status?: 401;
      };
      403: Problem & {
        type?: "https://bex.example/problems/wrong-authority" | "https://bex.example/problems/role-not-allowed";
        status?: 403;
      };
      413: Problem & {
        type?: "https://bex.example/problems/payload-too-large";
        status?: 413;
      };
      415: Problem & {
        type?: "https://bex.example/problems/unsupported-media-type";
        status?: 415;
      };
      429: Problem & {
        type?: "https://bex.example/problems/rate-limited";
        status?: 429;
      };
      500: Problem & {
        type?: "https://bex.example/problems/internal";
        status?: 500;
      };
      503: Problem & {
        type?: "https://bex.example/problems/identity-provider-unavailable" | "https://bex.example/problems/database-unavailable";
        status?: 503;
      };
    };
  };
  /** One hit in full (audited): where a hit's 202 Location points */
  getAlertHit: {
    method: 'GET';
    path: '/v1/alert-hits/{id}';
    input: { path: { id: string }; query?: { source?: "LA" | "VN" | "CN" | "TH" | "KH" } };
    responses: {
      200: HitItem;
      400: Problem & {
        type?: "https://bex.example/problems/malformed-json" | "https://bex.example/problems/bad-request" | "https://bex.example/problems/invalid-query";
        status?: 400;
      };
      401: Problem & {
        type?: "https://bex.example/problems/unauthenticated";
        status?: 401;
      };
      403: Problem & {
        type?: "https://bex.example/problems/wrong-authority" | "https://bex.example/problems/role-not-allowed" | "https://bex.example/problems/gate-not-allowed";
        status?: 403;
      };
      404: Problem & {
        type?: "https://bex.example/problems/record-not-found";
        status?: 404;
      };
      409: Problem & {
        type?: "https://bex.example/problems/record-ambiguous";
        status?: 409;
      };
      413: Problem & {
        type?: "https://bex.example/problems/payload-too-large";
        status?: 413;
      };
      415: Problem & {
        type?: "https://bex.example/problems/unsupported-media-type";
        status?: 415;
      };
      429: Problem & {
        type?: "https://bex.example/problems/rate-limited";
        status?: 429;
      };
      500: Problem & {
        type?: "https://bex.example/problems/internal";
        status?: 500;
      };
      503: Problem & {
        type?: "https://bex.example/problems/identity-provider-unavailable" | "https://bex.example/problems/database-unavailable";
        status?: 503;
      };
    };
  };
  /** Seizure counts and exact quantity totals per unit, grouped, filtered, beside the previous period */
  seizureTrends: {
    method: 'GET';
    path: '/v1/analytics/seizures';
    input: { query?: { groupBy: "month" | "category" | "gate" | "route" | "concealment" | "source" | "direction"; from?: string; to?: string; gate?: string; crossing?: "BTN-MHN" | "DTO-NGI" | "DSV-LBO" | "NPH-CTR" | "TNL-NKI"; category?: string; route?: string; source?: "LA" | "VN" | "CN" | "TH" | "KH"; direction?: "IMPORT" | "EXPORT" | "TRANSIT" | "INLAND" | "UNKNOWN"; compare?: "previous" } };
    responses: {
      200: Trends;
      400: Problem & {
        type?: "https://bex.example/problems/malformed-json" | "https://bex.example/problems/bad-request" | "https://bex.example/problems/invalid-query";
        status?: 400;
      };
      401: Problem & {
        type?: "https://bex.example/problems/unauthenticated";
        status?: 401;
      };
      403: Problem & {
        type?: "https://bex.example/problems/wrong-authority" | "https://bex.example/problems/role-not-allowed";
        status?: 403;
      };
      413: Problem & {
        type?: "https://bex.example/problems/payload-too-large";
        status?: 413;
      };
      415: Problem & {
        type?: "https://bex.example/problems/unsupported-media-type";
        status?: 415;
      };
      429: Problem & {
        type?: "https://bex.example/problems/rate-limited";
        status?: 429;
      };
      500: Problem & {
        type?: "https://bex.example/problems/internal";
        status?: 500;
      };
      503: Problem & {
        type?: "https://bex.example/problems/identity-provider-unavailable" | "https://bex.example/problems/database-unavailable";
        status?: 503;
      };
    };
  };
  /** The same answer as /v1/analytics/seizures, as CSV: one row per period, group and unit */
  seizureTrendsCsv: {
    method: 'GET';
    path: '/v1/analytics/seizures.csv';
    input: { query?: { groupBy: "month" | "category" | "gate" | "route" | "concealment" | "source" | "direction"; from?: string; to?: string; gate?: string; crossing?: "BTN-MHN" | "DTO-NGI" | "DSV-LBO" | "NPH-CTR" | "TNL-NKI"; category?: string; route?: string; source?: "LA" | "VN" | "CN" | "TH" | "KH"; direction?: "IMPORT" | "EXPORT" | "TRANSIT" | "INLAND" | "UNKNOWN"; compare?: "previous" } };
    responses: {
      200: TrendsCsv;
      400: Problem & {
        type?: "https://bex.example/problems/malformed-json" | "https://bex.example/problems/bad-request" | "https://bex.example/problems/invalid-query";
        status?: 400;
      };
      401: Problem & {
        type?: "https://bex.example/problems/unauthenticated";
        status?: 401;
      };
      403: Problem & {
        type?: "https://bex.example/problems/wrong-authority" | "https://bex.example/problems/role-not-allowed";
        status?: 403;
      };
      413: Problem & {
        type?: "https://bex.example/problems/payload-too-large";
        status?: 413;
      };
      415: Problem & {
        type?: "https://bex.example/problems/unsupported-media-type";
        status?: 415;
      };
      429: Problem & {
        type?: "https://bex.example/problems/rate-limited";
        status?: 429;
      };
      500: Problem & {
        type?: "https://bex.example/problems/internal";
        status?: 500;
      };
      503: Problem & {
        type?: "https://bex.example/problems/identity-provider-unavailable" | "https://bex.example/problems/database-unavailable";
        status?: 503;
      };
    };
  };
  /** The read audit, newest first (audited) */
  listAuditEntries: {
    method: 'GET';
    path: '/v1/audit';
    input: { query?: { from?: string; to?: string; actor?: string; action?: "plate-lookup" | "seizure-read" | "alert-list" | "alert-read" | "match-list" | "hit-list" | "hit-read" | "audit-read"; limit?: number; cursor?: string } };
    responses: {
      200: AuditPage;
      400: Problem & {
        type?: "https://bex.example/problems/malformed-json" | "https://bex.example/problems/bad-request" | "https://bex.example/problems/invalid-query";
        status?: 400;
      };
      401: Problem & {
        type?: "https://bex.example/problems/unauthenticated";
        status?: 401;
      };
      403: Problem & {
        type?: "https://bex.example/problems/wrong-authority" | "https://bex.example/problems/role-not-allowed";
        status?: 403;
      };
      413: Problem & {
        type?: "https://bex.example/problems/payload-too-large";
        status?: 413;
      };
      415: Problem & {
        type?: "https://bex.example/problems/unsupported-media-type";
        status?: 415;
      };
      429: Problem & {
        type?: "https://bex.example/problems/rate-limited";
        status?: 429;
      };
      500: Problem & {
        type?: "https://bex.example/problems/internal";
        status?: 500;
      };
      503: Problem & {
        type?: "https://bex.example/problems/identity-provider-unavailable" | "https://bex.example/problems/database-unavailable";
        status?: 503;
      };
    };
  };
  /** What each partner reported about one of this authority's own records: delivered, viewed, actioned */
  getRecordReceipts: {
    method: 'GET';
    path: '/v1/records/{id}/receipts';
    input: { path: { id: string }; query?: { limit?: number; cursor?: string } };
    responses: {
      200: RecordReceipts;
      400: Problem & {
        type?: "https://bex.example/problems/malformed-json" | "https://bex.example/problems/bad-request" | "https://bex.example/problems/invalid-query";
        status?: 400;
      };
      401: Problem & {
        type?: "https://bex.example/problems/unauthenticated";
        status?: 401;
      };
      403: Problem & {
        type?: "https://bex.example/problems/wrong-authority" | "https://bex.example/problems/role-not-allowed";
        status?: 403;
      };
      404: Problem & {
        type?: "https://bex.example/problems/record-not-found";
        status?: 404;
      };
      413: Problem & {
        type?: "https://bex.example/problems/payload-too-large";
        status?: 413;
      };
      415: Problem & {
        type?: "https://bex.example/problems/unsupported-media-type";
        status?: 415;
      };
      429: Problem & {
        type?: "https://bex.example/problems/rate-limited";
        status?: 429;
      };
      500: Problem & {
        type?: "https://bex.example/problems/internal";
        status?: 500;
      };
      503: Problem & {
        type?: "https://bex.example/problems/identity-provider-unavailable" | "https://bex.example/problems/database-unavailable";
        status?: 503;
      };
    };
  };
  /** This authority's live URGENT alerts that a partner holding them has not viewed within the given time */
  listUnviewedUrgentAlerts: {
    method: 'GET';
    path: '/v1/receipts/unviewed-urgent-alerts';
    input: { query?: { olderThanMinutes?: number } };
    responses: {
      200: UnviewedAlerts;
      400: Problem & {
        type?: "https://bex.example/problems/malformed-json" | "https://bex.example/problems/bad-request" | "https://bex.example/problems/invalid-query";
        status?: 400;
      };
      401: Problem & {
        type?: "https://bex.example/problems/unauthenticated";
        status?: 401;
      };
      403: Problem & {
        type?: "https://bex.example/problems/wrong-authority" | "https://bex.example/problems/role-not-allowed";
        status?: 403;
      };
      413: Problem & {
        type?: "https://bex.example/problems/payload-too-large";
        status?: 413;
      };
      415: Problem & {
        type?: "https://bex.example/problems/unsupported-media-type";
        status?: 415;
      };
      429: Problem & {
        type?: "https://bex.example/problems/rate-limited";
        status?: 429;
      };
      500: Problem & {
        type?: "https://bex.example/problems/internal";
        status?: 500;
      };
      503: Problem & {
        type?: "https://bex.example/problems/identity-provider-unavailable" | "https://bex.example/problems/database-unavailable";
        status?: 503;
      };
    };
  };
  /** Border crossings: the gates on either side of each */
  listCrossings: {
    method: 'GET';
    path: '/v1/crossings';
    input: Record<string, never>;
    responses: {
      200: CrossingList;
      400: Problem & {
        type?: "https://bex.example/problems/malformed-json" | "https://bex.example/problems/bad-request" | "https://bex.example/problems/invalid-query";
        status?: 400;
      };
      401: Problem & {
        type?: "https://bex.example/problems/unauthenticated";
        status?: 401;
      };
      403: Problem & {
        type?: "https://bex.example/problems/wrong-authority" | "https://bex.example/problems/role-not-allowed";
        status?: 403;
      };
      413: Problem & {
        type?: "https://bex.example/problems/payload-too-large";
        status?: 413;
      };
      415: Problem & {
        type?: "https://bex.example/problems/unsupported-media-type";
        status?: 415;
      };
      429: Problem & {
        type?: "https://bex.example/problems/rate-limited";
        status?: 429;
      };
      500: Problem & {
        type?: "https://bex.example/problems/internal";
        status?: 500;
      };
      503: Problem & {
        type?: "https://bex.example/problems/identity-provider-unavailable" | "https://bex.example/problems/database-unavailable";
        status?: 503;
      };
    };
  };
  /** Seizures and hits whose vehicle (plate, VIN or container) matches a live alert, with both side by side (audited) */
  listPossibleMatches: {
    method: 'GET';
    path: '/v1/matches';
    input: { query?: { gate?: string; state?: "open" | "confirmed" | "dismissed"; limit?: number } };
    responses: {
      200: MatchList;
      400: Problem & {
        type?: "https://bex.example/problems/malformed-json" | "https://bex.example/problems/bad-request" | "https://bex.example/problems/invalid-query";
        status?: 400;
      };
      401: Problem & {
        type?: "https://bex.example/problems/unauthenticated";
        status?: 401;
      };
      403: Problem & {
        type?: "https://bex.example/problems/wrong-authority" | "https://bex.example/problems/role-not-allowed" | "https://bex.example/problems/gate-not-allowed";
        status?: 403;
      };
      413: Problem & {
        type?: "https://bex.example/problems/payload-too-large";
        status?: 413;
      };
      415: Problem & {
        type?: "https://bex.example/problems/unsupported-media-type";
        status?: 415;
      };
      429: Problem & {
        type?: "https://bex.example/problems/rate-limited";
        status?: 429;
      };
      500: Problem & {
        type?: "https://bex.example/problems/internal";
        status?: 500;
      };
      503: Problem & {
        type?: "https://bex.example/problems/identity-provider-unavailable" | "https://bex.example/problems/database-unavailable";
        status?: 503;
      };
    };
  };
  /** Confirm a match: an AlertHit (check reason ALERT_MATCH, the seizure linked) goes to the alert's issuer */
  confirmPossibleMatch: {
    method: 'POST';
    path: '/v1/matches/{id}/confirm';
    input: { path: { id: string } };
    responses: {
      202: Accepted;
      400: Problem & {
        type?: "https://bex.example/problems/malformed-json" | "https://bex.example/problems/bad-request";
        status?: 400;
      };
      401: Problem & {
        type?: "https://bex.example/problems/unauthenticated";
        status?: 401;
      };
      403: Problem & {
        type?: "https://bex.example/problems/wrong-authority" | "https://bex.example/problems/role-not-allowed";
        status?: 403;
      };
      404: Problem & {
        type?: "https://bex.example/problems/match-not-found";
        status?: 404;
      };
      409: Problem & {
        type?: "https://bex.example/problems/match-decided" | "https://bex.example/problems/alert-not-live";
        status?: 409;
      };
      413: Problem & {
        type?: "https://bex.example/problems/payload-too-large";
        status?: 413;
      };
      415: Problem & {
        type?: "https://bex.example/problems/unsupported-media-type";
        status?: 415;
      };
      429: Problem & {
        type?: "https://bex.example/problems/rate-limited";
        status?: 429;
      };
      500: Problem & {
        type?: "https://bex.example/problems/internal";
        status?: 500;
      };
      503: Problem & {
        type?: "https://bex.example/problems/identity-provider-unavailable" | "https://bex.example/problems/database-unavailable";
        status?: 503;
      };
    };
  };
  /** Dismiss a match, with the reason */
  dismissPossibleMatch: {
    method: 'POST';
    path: '/v1/matches/{id}/dismiss';
    input: { path: { id: string }; query?: { reason: "FALSE_POSITIVE" | "DIFFERENT_VEHICLE" | "ALREADY_REPORTED" | "OTHER" } };
    responses: {
      200: MatchDecision;
      400: Problem & {
        type?: "https://bex.example/problems/malformed-json" | "https://bex.example/problems/bad-request" | "https://bex.example/problems/invalid-query";
        status?: 400;
      };
      401: Problem & {
        type?: "https://bex.example/problems/unauthenticated";
        status?: 401;
      };
      403: Problem & {
        type?: "https://bex.example/problems/wrong-authority" | "https://bex.example/problems/role-not-allowed";
        status?: 403;
      };
      404: Problem & {
        type?: "https://bex.example/problems/match-not-found";
        status?: 404;
      };
      409: Problem & {
        type?: "https://bex.example/problems/match-decided";
        status?: 409;
      };
      413: Problem & {
        type?: "https://bex.example/problems/payload-too-large";
        status?: 413;
      };
      415: Problem & {
        type?: "https://bex.example/problems/unsupported-media-type";
        status?: 415;
      };
      429: Problem & {
        type?: "https://bex.example/problems/rate-limited";
        status?: 429;
      };
      500: Problem & {
        type?: "https://bex.example/problems/internal";
        status?: 500;
      };
      503: Problem & {
        type?: "https://bex.example/problems/identity-provider-unavailable" | "https://bex.example/problems/database-unavailable";
        status?: 503;
      };
    };
  };
  /** Records the projector refused, newest first, with their reasons (never the refused content; re-drive with npm run dead-letters) */
  listDeadLetters: {
    method: 'GET';
    path: '/v1/dead-letters';
    input: { query?: { reason?: string; limit?: number } };
    responses: {
      200: DeadLetterList;
      400: Problem & {
        type?: "https://bex.example/problems/malformed-json" | "https://bex.example/problems/bad-request" | "https://bex.example/problems/invalid-query";
        status?: 400;
      };
      401: Problem & {
        type?: "https://bex.example/problems/unauthenticated";
        status?: 401;
      };
      403: Problem & {
        type?: "https://bex.example/problems/wrong-authority" | "https://bex.example/problems/role-not-allowed";
        status?: 403;
      };
      413: Problem & {
        type?: "https://bex.example/problems/payload-too-large";
        status?: 413;
      };
      415: Problem & {
        type?: "https://bex.example/problems/unsupported-media-type";
        status?: 415;
      };
      429: Problem & {
        type?: "https://bex.example/problems/rate-limited";
        status?: 429;
      };
      500: Problem & {
        type?: "https://bex.example/problems/internal";
        status?: 500;
      };
      503: Problem & {
        type?: "https://bex.example/problems/identity-provider-unavailable" | "https://bex.example/problems/database-unavailable";
        status?: 503;
      };
    };
  };
  /** Outbox documents set aside as unsendable, oldest first, with the reason */
  listSetAside: {
    method: 'GET';
    path: '/v1/outbox/set-aside';
    input: { query?: { limit?: number } };
    responses: {
      200: SetAsideList;
      400: Problem & {
        type?: "https://bex.example/problems/malformed-json" | "https://bex.example/problems/bad-request" | "https://bex.example/problems/invalid-query";
        status?: 400;
      };
      401: Problem & {
        type?: "https://bex.example/problems/unauthenticated";
        status?: 401;
      };
      403: Problem & {
        type?: "https://bex.example/problems/wrong-authority" | "https://bex.example/problems/role-not-allowed";
        status?: 403;
      };
      413: Problem & {
        type?: "https://bex.example/problems/payload-too-large";
        status?: 413;
      };
      415: Problem & {
        type?: "https://bex.example/problems/unsupported-media-type";
        status?: 415;
      };
      429: Problem & {
        type?: "https://bex.example/problems/rate-limited";
        status?: 429;
      };
      500: Problem & {
        type?: "https://bex.example/problems/internal";
        status?: 500;
      };
      503: Problem & {
        type?: "https://bex.example/problems/identity-provider-unavailable" | "https://bex.example/problems/database-unavailable";
        status?: 503;
      };
    };
  };
  /** Puts a set-aside outbox document back in line for the relay, once its cause is fixed */
  releaseSetAside: {
    method: 'POST';
    path: '/v1/outbox/set-aside/{id}/release';
    input: { path: { id: string } };
    responses: {
      200: Released;
      400: Problem & {
        type?: "https://bex.example/problems/malformed-json" | "https://bex.example/problems/bad-request";
        status?: 400;
      };
      401: Problem & {
        type?: "https://bex.example/problems/unauthenticated";
        status?: 401;
      };
      403: Problem & {
        type?: "https://bex.example/problems/wrong-authority" | "https://bex.example/problems/role-not-allowed";
        status?: 403;
      };
      404: Problem & {
        type?: "https://bex.example/problems/not-set-aside";
        status?: 404;
      };
      413: Problem & {
        type?: "https://bex.example/problems/payload-too-large";
        status?: 413;
      };
      415: Problem & {
        type?: "https://bex.example/problems/unsupported-media-type";
        status?: 415;
      };
      429: Problem & {
        type?: "https://bex.example/problems/rate-limited";
        status?: 429;
      };
      500: Problem & {
        type?: "https://bex.example/problems/internal";
        status?: 500;
      };
      503: Problem & {
        type?: "https://bex.example/problems/identity-provider-unavailable" | "https://bex.example/problems/database-unavailable";
        status?: 503;
      };
    };
  };
  /** Liveness. Prometheus metrics are not on this port: see BEX_METRICS_PORT */
  health: {
    method: 'GET';
    path: '/healthz';
    input: Record<string, never>;
    responses: {
      200: Health;
      500: Problem & {
        type?: "https://bex.example/problems/internal";
        status?: 500;
      };
    };
  };
  /** Readiness: the database, and Kafka and the schema registry where this process runs the relay or projector */
  readiness: {
    method: 'GET';
    path: '/readyz';
    input: Record<string, never>;
    responses: {
      200: Ready;
      500: Problem & {
        type?: "https://bex.example/problems/internal";
        status?: 500;
      };
      503: Problem & {
        type?: "https://bex.example/problems/database-unavailable" | "https://bex.example/problems/dependency-unavailable";
        status?: 503;
      };
    };
  };
  /** This document */
  openApiDocument: {
    method: 'GET';
    path: '/openapi.json';
    input: Record<string, never>;
    responses: {
      200: OpenApiDocument;
      500: Problem & {
        type?: "https://bex.example/problems/internal";
        status?: 500;
      };
    };
  };
}

/** Where each operation is served, for the client to build its requests. */
export const OPERATIONS = {
  submitSeizureCase: { method: 'POST', path: '/v1/seizure-cases' },
  listSeizureCases: { method: 'GET', path: '/v1/seizure-cases' },
  amendSeizureCase: { method: 'PUT', path: '/v1/seizure-cases/{id}' },
  getSeizureCase: { method: 'GET', path: '/v1/seizure-cases/{id}' },
  withdrawSeizureCase: { method: 'POST', path: '/v1/seizure-cases/{id}/withdraw' },
  submitVehicleRiskAlert: { method: 'POST', path: '/v1/vehicle-alerts' },
  amendVehicleRiskAlert: { method: 'PUT', path: '/v1/vehicle-alerts/{id}' },
  getVehicleAlert: { method: 'GET', path: '/v1/vehicle-alerts/{id}' },
  suspendVehicleRiskAlert: { method: 'POST', path: '/v1/vehicle-alerts/{id}/suspend' },
  reinstateVehicleRiskAlert: { method: 'POST', path: '/v1/vehicle-alerts/{id}/reinstate' },
  withdrawVehicleRiskAlert: { method: 'POST', path: '/v1/vehicle-alerts/{id}/withdraw' },
  submitAlertHit: { method: 'POST', path: '/v1/alert-hits' },
  withdrawAlertHit: { method: 'POST', path: '/v1/alert-hits/{id}/withdraw' },
  submitPolicyChange: { method: 'POST', path: '/v1/policy-changes' },
  withdrawPolicyChange: { method: 'POST', path: '/v1/policy-changes/{id}/withdraw' },
  supersedePolicyChange: { method: 'POST', path: '/v1/policy-changes/{id}/supersede' },
  listGateAlerts: { method: 'GET', path: '/v1/alerts' },
  lookUpPlate: { method: 'GET', path: '/v1/plates/{plate}' },
  listPoliciesInForce: { method: 'GET', path: '/v1/policy-changes/in-force' },
  getPolicyChange: { method: 'GET', path: '/v1/policy-changes/{id}' },
  listHitsOnMyAlerts: { method: 'GET', path: '/v1/alert-hits/mine' },
  getAlertHit: { method: 'GET', path: '/v1/alert-hits/{id}' },
  seizureTrends: { method: 'GET', path: '/v1/analytics/seizures' },
  seizureTrendsCsv: { method: 'GET', path: '/v1/analytics/seizures.csv' },
  listAuditEntries: { method: 'GET', path: '/v1/audit' },
  getRecordReceipts: { method: 'GET', path: '/v1/records/{id}/receipts' },
  listUnviewedUrgentAlerts: { method: 'GET', path: '/v1/receipts/unviewed-urgent-alerts' },
  listCrossings: { method: 'GET', path: '/v1/crossings' },
  listPossibleMatches: { method: 'GET', path: '/v1/matches' },
  confirmPossibleMatch: { method: 'POST', path: '/v1/matches/{id}/confirm' },
  dismissPossibleMatch: { method: 'POST', path: '/v1/matches/{id}/dismiss' },
  listDeadLetters: { method: 'GET', path: '/v1/dead-letters' },
  listSetAside: { method: 'GET', path: '/v1/outbox/set-aside' },
  releaseSetAside: { method: 'POST', path: '/v1/outbox/set-aside/{id}/release' },
  health: { method: 'GET', path: '/healthz' },
  readiness: { method: 'GET', path: '/readyz' },
  openApiDocument: { method: 'GET', path: '/openapi.json' },
} as const;
