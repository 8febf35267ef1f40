// How much a record may hold: the Avro contracts give each value its shape, this table gives it a
// size, so nothing a caller sends or a partner signs can be too long for a page, an index key, a
// Date or a log line (a signed alert valid until the year 287,000 made every plate lookup fail).
// One table for every contract version rather than attributes in the .avsc sources: a bound is a
// rule of validation, not of the wire format, and attributes there would make a new version of every
// record, which every partner's registry must hold before any relay writes it. validateRecord checks
// these (bound-errors.ts) and the records' JSON Schemas state them (json-schema/record-schema.ts).

/** Every time of a record lies within these years, UTC: Dates, ISO strings and BSON dates all hold them. */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2200;
export const EARLIEST_TIME_MS = Date.UTC(EARLIEST_YEAR, 0, 1);
export const LATEST_TIME_MS = Date.UTC(LATEST_YEAR + 1, 0, 1) - 1;

/** The size of one field's value. Lengths count characters (Unicode code points), as JSON Schema does. */
export interface FieldBound {
  /** The string, or each string of the array or map the field holds. */
  maxLength?: number;
  /** The array the field holds. */
  maxItems?: number;
  /** The map the field holds. */
  maxEntries?: number;
  /** The string is looked up or stored as a key (an id, a plate, an office), so it must hold no NUL. */
  key?: true;
}

/** What a field without its own bound gets, so that no string, array or map is unbounded. */
export const DEFAULT_BOUND = { maxLength: 200, maxItems: 100, maxEntries: 16 } as const;

/** Map keys become field names of the stored document: MongoDB refuses NUL, `.` and a leading `$` in them. */
export const MAP_KEY_MAX_LENGTH = 64;
export const MAP_KEY_PATTERN = /^[^$.\u0000][^.\u0000]*$/;

/** Strings that are keys hold no NUL: BSON keys and C strings end at one. */
export const NO_NUL_PATTERN = /^[^\u0000]*$/;

const CODE = 64;
const NAME = 200;
const TITLE = 500;
const TEXT = 4000;
const LONG_TEXT = 10_000;
const URI = 2048;
const DECIMAL = 32;

/**
 * Bounds by `<named type>.<field>` (the Avro short name of the record the field is declared in), so
 * a shared type (Conveyance, Person) has the same bounds in every record. Fields not listed get
 * DEFAULT_BOUND; formats (uuid, gate-code, ...) bound most short codes further.
 */
export const FIELD_BOUNDS: Readonly<Record<string, FieldBound>> = {
  'RecordMeta.issuingOffice': { maxLength: CODE, key: true },
  // One path per value an agreement removed: persons and companies at their bounds, a few fields each.
  'RecordMeta.redactedPaths': { maxLength: NAME, maxItems: 1000 },

  'SeizureCase.caseReference': { maxLength: CODE, key: true },
  'SeizureCase.goods': { maxItems: 100 },
  'SeizureCase.persons': { maxItems: 100 },
  'SeizureCase.companies': { maxItems: 50 },
  'SeizureCase.media': { maxItems: 100 },
  'SeizureCase.narrative': { maxLength: LONG_TEXT },

  'VehicleRiskAlert.riskIndicators': { maxItems: 20 },
  'VehicleRiskAlert.targetGates': { maxItems: 50 },
  'VehicleRiskAlert.justification': { maxLength: TEXT },
  'VehicleRiskAlert.linkedSeizureIds': { maxItems: 50 },

  'AlertHit.declaredDestination': { maxLength: NAME },
  'AlertHit.circumstances': { maxLength: TEXT },

  'PolicyChange.legalReference': { maxLength: NAME },
  'PolicyChange.supersedes': { maxItems: 50 },
  'PolicyChange.affectedGates': { maxItems: 50 },
  'PolicyChange.affectedHsCodes': { maxItems: 200 },
  'PolicyChange.affectedTransportModes': { maxItems: 10 },
  'PolicyChange.title': { maxLength: TITLE },
  'PolicyChange.summary': { maxLength: LONG_TEXT },
  'PolicyChange.documents': { maxItems: 30 },

  'Location.name': { maxLength: NAME },
  'GoodsLine.description': { maxLength: TEXT },
  'GoodsLine.quantity': { maxLength: DECIMAL },
  'GoodsLine.value': { maxLength: DECIMAL },
  'Concealment.text': { maxLength: TEXT },
  'RiskIndicator.modusOperandi': { maxLength: TEXT },
  'Route.transit': { maxItems: 20 },
  'Person.ref': { maxLength: CODE, key: true },
  'Person.fullName': { maxLength: NAME },
  'IdentityDocument.number': { maxLength: CODE, key: true },
  'Company.name': { maxLength: NAME },
  'Company.registrationNumber': { maxLength: CODE, key: true },
  'Conveyance.plate': { maxLength: 40, key: true },
  'Conveyance.trailerPlate': { maxLength: 40, key: true },
  'Conveyance.crossBorderPermitNumber': { maxLength: CODE, key: true },
  'Conveyance.make': { maxLength: CODE },
  'Conveyance.model': { maxLength: CODE },
  'Conveyance.colour': { maxLength: CODE },
  'DocumentRef.uri': { maxLength: URI },
  'DocumentRef.title': { maxLength: TITLE },
  'MediaRef.uri': { maxLength: URI },
};

export interface ResolvedBound {
  maxLength: number;
  maxItems: number;
  maxEntries: number;
  key: boolean;
}

/** The bound of field `field` of the named type `owner` (a short Avro name), defaults filled in. */
export function boundOf(owner: string, field: string): ResolvedBound {
  const own = FIELD_BOUNDS[`${owner}.${field}`] ?? {};
  return {
    maxLength: own.maxLength ?? DEFAULT_BOUND.maxLength,
    maxItems: own.maxItems ?? DEFAULT_BOUND.maxItems,
    maxEntries: own.maxEntries ?? DEFAULT_BOUND.maxEntries,
    key: own.key ?? false,
  };
}

/** Characters of `text` as JSON Schema counts them: a surrogate pair is one. */
export function codePointLength(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}

/** Whether `text` is longer than `max` characters; cheap for the usual short string. */
export function isLongerThan(text: string, max: number): boolean {
  return text.length > max && codePointLength(text) > max;
}
