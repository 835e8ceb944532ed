/**
 * Postdoc programmes: 博士后科研流动站 (per 一级学科), 工作站 / 工作分站, 创新实践基地, with their openings embedded.
 * @module
 */
import * as v from 'valibot';
import {
  ContactSchema,
  DateSchema,
  DivisionCodeSchema,
  GeoPointSchema,
  NonEmptyString,
  OptString,
  SourceSchema,
  optArray,
  searchableEntries,
  type Contact,
  type DateString,
  type DivisionCode,
  type GeoPoint,
  type Searchable,
  type SourceRef,
} from './common.js';
import {
  FUNDING_SCHEMES,
  HOST_ORG_TYPES,
  STATION_LEVELS,
  STATION_TYPES,
  type FundingScheme,
  type HostOrgType,
  type StationLevel,
  type StationType,
} from './vocab.js';

/** A 一级学科 (first-level discipline) of the 2022 catalogue (older stations may carry a 2011 name). */
export interface Discipline {
  /** 4-digit code, e.g. `0803`. */
  code: string;
  /** Name, e.g. 光学工程. */
  name: string;
  /** Catalogue the code/name comes from. */
  catalogueVersion?: '2011' | '2022';
}

/** A research direction of an opening, with its supervisor. */
export interface PostdocDirection {
  /** 招收方向 / research direction. */
  name: string;
  /** 一级学科 code of the direction. */
  disciplineCode?: string;
  /** 合作导师. */
  supervisor?: { name?: string; title?: string; honours: string[]; profileUrl?: string };
  /** Number of places. */
  headcount?: number;
}

/** A postdoc call (博士后招收启事) at a programme. */
export interface PostdocOpening {
  /** Opening id. */
  id: string;
  /** Stations recruiting through this opening; the embedding programme's id is added when left out. */
  stationIds: string[];
  /** Title, e.g. …2026年博士后招收启事. */
  title: string;
  /** Named scheme, e.g. 弘毅博士后, 师资博士后, 企业博士后. */
  programme?: string;
  /** Directions (at least one). */
  directions: PostdocDirection[];
  /** Eligibility. */
  eligibility: {
    /** Maximum age, typically 35. */
    maxAge?: number;
    /** PhD obtained within this many years, typically 3. */
    phdWithinYears?: number;
    /** 全职在站. */
    fullTime?: boolean;
    /** Overseas PhDs welcome. */
    overseasPhdWelcome?: boolean;
    /** Other conditions. */
    other?: string;
  };
  /** 在站期限 in years, typically 2. */
  termYears?: number;
  /** Pay and benefits (CNY, pre-tax). */
  compensation: {
    annualSalaryMin?: number;
    annualSalaryMax?: number;
    housing?: string;
    insurance?: string;
    researchFunds?: number;
    childrenSchooling?: boolean;
    text?: string;
  };
  /** Funding schemes candidates can apply to. */
  fundingSchemes: FundingScheme[];
  /** Application materials. */
  materials: string[];
  /** How to apply. */
  applyMethod?: string;
  /** Closing date; absent with `rolling: true` for 长期有效. */
  deadline?: DateString;
  /** 长期有效 (rolling recruitment). */
  rolling: boolean;
  /** Contact. */
  contact?: Contact;
  /** Publication date. */
  publishDate: DateString;
  /** Provenance. */
  source?: SourceRef;
}

/**
 * A postdoc programme: one 流动站 (host × 一级学科), one 工作站 / 工作分站, or one provincial 创新实践基地, with its
 * current openings.
 */
export interface PostdocProgramme extends Searchable {
  /** Programme (station) id. */
  id: string;
  /** Station type. */
  stationType: StationType;
  /** National (流动站/工作站) or provincial (创新实践基地). */
  level: StationLevel;
  /** Host organisation. */
  host: { name: string; orgType: HostOrgType; uscc?: string; website?: string };
  /** 一级学科; always present for `flow_station`. */
  discipline?: Discipline;
  /** Industry fields (for workstations and bases), e.g. 光电子信息. */
  industryFields: string[];
  /** Year of approval or filing. */
  approvalYear?: number;
  /** 流动站 ids this workstation/base recruits jointly with. */
  partnerFlowStationIds: string[];
  /** Division of the host. */
  divisionCode: DivisionCode;
  /** Host location. */
  location?: GeoPoint;
  /** 在站博士后人数, if published. */
  inStationCount?: number;
  /** Contact. */
  contact?: Contact;
  /** Provenance. */
  source?: SourceRef;
  /** Openings (招收启事). */
  openings: PostdocOpening[];
}

const DisciplineCode = v.pipe(
  v.string(),
  v.regex(/^(0[1-9]|1[0-4])\d{2}$/, 'discipline code must be a 4-digit 一级学科 code (0101–14xx)'),
);
const NonNeg = v.pipe(v.number(), v.finite(), v.minValue(0));

/** @internal */
export const PostdocOpeningSchema: v.GenericSchema<unknown, PostdocOpening> = v.pipe(
  v.object({
    id: NonEmptyString,
    stationIds: optArray(NonEmptyString),
    title: NonEmptyString,
    programme: OptString,
    directions: v.pipe(
      v.array(
        v.object({
          name: NonEmptyString,
          disciplineCode: v.optional(DisciplineCode),
          supervisor: v.optional(
            v.object({
              name: OptString,
              title: OptString,
              honours: optArray(v.string()),
              profileUrl: OptString,
            }),
          ),
          headcount: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
        }),
      ),
      v.minLength(1, 'an opening needs at least one direction'),
    ),
    eligibility: v.object({
      maxAge: v.optional(v.pipe(v.number(), v.integer(), v.minValue(25), v.maxValue(60))),
      phdWithinYears: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10))),
      fullTime: v.optional(v.boolean()),
      overseasPhdWelcome: v.optional(v.boolean()),
      other: OptString,
    }),
    termYears: v.optional(v.pipe(v.number(), v.minValue(1), v.maxValue(6))),
    compensation: v.pipe(
      v.object({
        annualSalaryMin: v.optional(NonNeg),
        annualSalaryMax: v.optional(NonNeg),
        housing: OptString,
        insurance: OptString,
        researchFunds: v.optional(NonNeg),
        childrenSchooling: v.optional(v.boolean()),
        text: OptString,
      }),
      v.check(
        (c) =>
          c.annualSalaryMin === undefined ||
          c.annualSalaryMax === undefined ||
          c.annualSalaryMin <= c.annualSalaryMax,
        'annualSalaryMin is above annualSalaryMax',
      ),
    ),
    fundingSchemes: optArray(v.picklist(FUNDING_SCHEMES)),
    materials: optArray(v.string()),
    applyMethod: OptString,
    deadline: v.optional(DateSchema),
    rolling: v.optional(v.boolean(), false),
    contact: v.optional(ContactSchema),
    publishDate: DateSchema,
    source: v.optional(SourceSchema),
  }),
  v.check((o) => o.deadline === undefined || o.deadline >= o.publishDate, 'deadline is before publishDate'),
);

/** @internal Runtime schema of a {@link PostdocProgramme} feed item. */
export const PostdocProgrammeSchema: v.GenericSchema<unknown, PostdocProgramme> = v.pipe(
  v.object({
    id: NonEmptyString,
    stationType: v.picklist(STATION_TYPES),
    level: v.picklist(STATION_LEVELS),
    host: v.object({
      name: NonEmptyString,
      orgType: v.picklist(HOST_ORG_TYPES),
      uscc: OptString,
      website: OptString,
    }),
    discipline: v.optional(
      v.object({
        code: DisciplineCode,
        name: NonEmptyString,
        catalogueVersion: v.optional(v.picklist(['2011', '2022'])),
      }),
    ),
    industryFields: optArray(v.string()),
    approvalYear: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1985), v.maxValue(2100))),
    partnerFlowStationIds: optArray(v.string()),
    divisionCode: DivisionCodeSchema,
    location: v.optional(GeoPointSchema),
    inStationCount: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    contact: v.optional(ContactSchema),
    source: v.optional(SourceSchema),
    openings: optArray(PostdocOpeningSchema),
    ...searchableEntries,
  }),
  v.check(
    (p) => p.stationType !== 'flow_station' || p.discipline !== undefined,
    'a flow_station needs a discipline',
  ),
  v.transform((p) => {
    for (const o of p.openings) if (!o.stationIds.includes(p.id)) o.stationIds.unshift(p.id);
    return p;
  }),
);
