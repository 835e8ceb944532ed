/**
 * Job fairs (招聘会) with their zones, employers and positions embedded.
 * @module
 */
import * as v from 'valibot';
import {
  ContactSchema,
  DateSchema,
  DateTimeSchema,
  DivisionCodeSchema,
  EducationSchema,
  GeoPointSchema,
  NonEmptyString,
  OptString,
  SourceSchema,
  optArray,
  searchableEntries,
  type Contact,
  type DateString,
  type DateTimeString,
  type DivisionCode,
  type EducationLevel,
  type GeoPoint,
  type Searchable,
  type SourceRef,
} from './common.js';
import {
  CAMPAIGN_CODES,
  EMPLOYER_NATURES,
  EMPLOYER_SCALES,
  EMPLOYER_TAGS,
  EXPERIENCE_LEVELS,
  FAIR_MODES,
  FAIR_STATUSES,
  FAIR_TYPES,
  JOB_TYPES,
  RECRUIT_TYPES,
  SALARY_UNITS,
  TARGET_GROUPS,
  ZONE_KINDS,
  type CampaignCode,
  type EmployerNature,
  type EmployerScale,
  type EmployerTag,
  type ExperienceLevel,
  type FairMode,
  type FairStatus,
  type FairType,
  type JobType,
  type RecruitType,
  type SalaryUnit,
  type TargetGroup,
  type ZoneKind,
} from './vocab.js';

/** Pay offered for a position. */
export interface Salary {
  /** Lower bound in `unit`. */
  min?: number;
  /** Upper bound in `unit`. */
  max?: number;
  /** Unit of `min`/`max`; defaults to `CNY/month`. */
  unit: SalaryUnit;
  /** Months paid per year, e.g. 13 for 13薪. */
  monthsPerYear?: number;
  /** 面议: pay to be agreed (no figures published). */
  negotiable: boolean;
  /** Raw text as published, e.g. `6000-9000元/月`. */
  text?: string;
}

/** A position (招聘岗位) offered by an employer. */
export interface Position {
  /** Position id (ACB210 / jobId). */
  id: string;
  /** Employer id; implied by the embedding employer when left out. */
  employerId?: string;
  /** 岗位名称. */
  title: string;
  /** 职业分类大典(2022) occupation. */
  occupation?: { code?: string; name?: string };
  /** 全职 / 兼职 / 实习 / 见习. */
  jobType?: JobType;
  /** 校园招聘 / 社会招聘. */
  recruitType?: RecruitType;
  /** Number of hires; 0 = 若干 (not stated). */
  headcount: number;
  /** Minimum education. */
  education: EducationLevel;
  /** Required majors; empty = 专业不限. */
  majors: { code?: string; name: string }[];
  /** Required experience (AAE162). */
  experience?: ExperienceLevel;
  /** Minimum age. */
  ageMin?: number;
  /** Maximum age. */
  ageMax?: number;
  /** Pay. */
  salary: Salary;
  /** Benefits (ACC214), e.g. 五险一金. */
  welfare: string[];
  /** Division where the work is (ACB202). */
  workDivisionCode: DivisionCode;
  /** Work address (ACC530). */
  workAddress?: string;
  /** Description (ACB22A). */
  description?: string;
  /** Requirements text. */
  requirements?: string;
  /** Contact. */
  contact?: Contact;
  /** Publication date (UCE466). */
  publishDate?: DateString;
  /** Closing date (AAE031). */
  validUntil?: DateString;
  /** Where to apply. */
  applyUrl?: string;
  /** Provenance. */
  source?: SourceRef;
}

/** An employer (用人单位) taking part in a fair, with its booth and its positions at that fair. */
export interface Employer {
  /** Employer id (AAB001). */
  id: string;
  /** 单位名称 (AAB004). Sample data marks fictional employers with （示例）. */
  name: string;
  /** 统一社会信用代码 (18 characters). */
  uscc?: string;
  /** 单位性质. */
  nature?: EmployerNature;
  /** Tags such as 上市公司, 专精特新. */
  tags: EmployerTag[];
  /** Industry (GB/T 4754-2017 门类 letter or 大类 code, and name). */
  industry?: { code?: string; name?: string };
  /** Size band. */
  scale?: EmployerScale;
  /** Division of the employer's address. */
  divisionCode?: DivisionCode;
  /** Park or development zone, e.g. 东湖新技术开发区 (not a division). */
  park?: string;
  /** Address. */
  address?: string;
  /** Website. */
  website?: string;
  /** Short introduction. */
  intro?: string;
  /** Booth number at the fair (ACE201). */
  boothNo?: string;
  /** Code of the fair zone the booth is in (one of the fair's `zones[].code`). */
  zoneCode?: string;
  /** Positions offered at this fair. */
  positions: Position[];
}

/** A zone (招聘区/专区) of a fair. */
export interface FairZone {
  /** Zone code, unique within the fair. */
  code: string;
  /** Zone name, e.g. 央国企招聘区. */
  name: string;
  /** Industry / employer type / function / region. */
  kind?: ZoneKind;
  /** Booth range, e.g. `A01-A40`. */
  boothRange?: string;
}

/** The 专项活动 a fair belongs to. */
export interface CampaignRef {
  /** Campaign code. */
  code: CampaignCode;
  /** Campaign name as used by the organiser, e.g. 春风行动暨就业援助季. */
  name?: string;
  /** Campaign year. */
  year?: number;
}

/** A job fair (招聘会). */
export interface JobFair extends Searchable {
  /** Fair id (ACB330). */
  id: string;
  /** Name (ACB331). */
  name: string;
  /** Theme / slogan (ACB332). */
  theme?: string;
  /** Introduction (ACB337). */
  description?: string;
  /** Campaign. */
  campaign?: CampaignRef;
  /** Fair type (ACB335). */
  fairType?: FairType;
  /** Target job-seeker groups. */
  targetGroups: TargetGroup[];
  /** On site / online / both. */
  mode: FairMode;
  /** Online part: platform, page and livestream URLs. */
  online?: { platform?: string; url?: string; liveStreamUrl?: string };
  /** Organisers: 主办 (at least one), 承办, 协办. */
  organizers: { hosts: string[]; undertakers: string[]; coOrganizers: string[] };
  /** Start (ACB333), with offset. */
  startTime: DateTimeString;
  /** End (ACB334), with offset; not before `startTime`. */
  endTime: DateTimeString;
  /** Division where the fair is held (AAB301): a county-level or prefecture code. */
  divisionCode: DivisionCode;
  /** Venue. */
  venue?: { name?: string; address?: string; location?: GeoPoint; transit?: string; boothCount?: number };
  /** Zones. */
  zones: FairZone[];
  /** Participating employers with their positions. */
  employers: Employer[];
  /** Figures: employers, positions, headcount, visitors, intentions. */
  stats?: {
    employerCount?: number;
    positionCount?: number;
    headcountTotal?: number;
    visitors?: number;
    intentions?: number;
  };
  /** Registration for employers and job seekers. */
  registration?: {
    employer?: { method?: string; deadline?: DateTimeString; fee?: number; url?: string };
    jobseeker?: { required?: boolean; method?: string; url?: string };
  };
  /** Contact. */
  contact?: Contact;
  /** Status (AAE100). */
  status: FairStatus;
  /** Poster image URL. */
  posterUrl?: string;
  /** Provenance. */
  source?: SourceRef;
  /** Last update. */
  updatedAt?: DateTimeString;
}

const NonNegInt = v.pipe(v.number(), v.integer(), v.minValue(0));
const NonNeg = v.pipe(v.number(), v.finite(), v.minValue(0));

/** @internal */
export const SalarySchema: v.GenericSchema<unknown, Salary> = v.pipe(
  v.object({
    min: v.optional(NonNeg),
    max: v.optional(NonNeg),
    unit: v.optional(v.picklist(SALARY_UNITS), 'CNY/month'),
    monthsPerYear: v.optional(v.pipe(v.number(), v.minValue(12), v.maxValue(24))),
    negotiable: v.optional(v.boolean(), false),
    text: OptString,
  }),
  v.check((s) => s.min === undefined || s.max === undefined || s.min <= s.max, 'salary min is above max'),
);

/** @internal */
export const PositionSchema: v.GenericSchema<unknown, Position> = v.pipe(
  v.object({
    id: NonEmptyString,
    employerId: OptString,
    title: NonEmptyString,
    occupation: v.optional(v.object({ code: OptString, name: OptString })),
    jobType: v.optional(v.picklist(JOB_TYPES)),
    recruitType: v.optional(v.picklist(RECRUIT_TYPES)),
    headcount: NonNegInt,
    education: EducationSchema,
    majors: optArray(v.object({ code: OptString, name: NonEmptyString })),
    experience: v.optional(v.picklist(EXPERIENCE_LEVELS)),
    ageMin: v.optional(v.pipe(v.number(), v.integer(), v.minValue(16), v.maxValue(70))),
    ageMax: v.optional(v.pipe(v.number(), v.integer(), v.minValue(16), v.maxValue(70))),
    salary: SalarySchema,
    welfare: optArray(v.string()),
    workDivisionCode: DivisionCodeSchema,
    workAddress: OptString,
    description: OptString,
    requirements: OptString,
    contact: v.optional(ContactSchema),
    publishDate: v.optional(DateSchema),
    validUntil: v.optional(DateSchema),
    applyUrl: OptString,
    source: v.optional(SourceSchema),
  }),
  v.check(
    (p) => p.ageMin === undefined || p.ageMax === undefined || p.ageMin <= p.ageMax,
    'ageMin is above ageMax',
  ),
);

/** @internal */
export const EmployerSchema: v.GenericSchema<unknown, Employer> = v.object({
  id: NonEmptyString,
  name: NonEmptyString,
  uscc: v.optional(
    v.pipe(
      v.string(),
      v.regex(
        /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/,
        'uscc is not an 18-character 统一社会信用代码',
      ),
    ),
  ),
  nature: v.optional(v.picklist(EMPLOYER_NATURES)),
  tags: optArray(v.picklist(EMPLOYER_TAGS)),
  industry: v.optional(v.object({ code: OptString, name: OptString })),
  scale: v.optional(v.picklist(EMPLOYER_SCALES)),
  divisionCode: v.optional(DivisionCodeSchema),
  park: OptString,
  address: OptString,
  website: OptString,
  intro: OptString,
  boothNo: OptString,
  zoneCode: OptString,
  positions: optArray(PositionSchema),
});

/** @internal */
export const FairZoneSchema: v.GenericSchema<unknown, FairZone> = v.object({
  code: NonEmptyString,
  name: NonEmptyString,
  kind: v.optional(v.picklist(ZONE_KINDS)),
  boothRange: OptString,
});

/** @internal Runtime schema of a {@link JobFair} feed item. */
export const JobFairSchema: v.GenericSchema<unknown, JobFair> = v.pipe(
  v.object({
    id: NonEmptyString,
    name: NonEmptyString,
    theme: OptString,
    description: OptString,
    campaign: v.optional(
      v.object({
        code: v.picklist(CAMPAIGN_CODES),
        name: OptString,
        year: v.optional(v.pipe(v.number(), v.integer(), v.minValue(2000), v.maxValue(2100))),
      }),
    ),
    fairType: v.optional(v.picklist(FAIR_TYPES)),
    targetGroups: optArray(v.picklist(TARGET_GROUPS)),
    mode: v.picklist(FAIR_MODES),
    online: v.optional(v.object({ platform: OptString, url: OptString, liveStreamUrl: OptString })),
    organizers: v.object({
      hosts: v.pipe(v.array(NonEmptyString), v.minLength(1, 'organizers.hosts needs at least one host')),
      undertakers: optArray(v.string()),
      coOrganizers: optArray(v.string()),
    }),
    startTime: DateTimeSchema,
    endTime: DateTimeSchema,
    divisionCode: DivisionCodeSchema,
    venue: v.optional(
      v.object({
        name: OptString,
        address: OptString,
        location: v.optional(GeoPointSchema),
        transit: OptString,
        boothCount: v.optional(NonNegInt),
      }),
    ),
    zones: optArray(FairZoneSchema),
    employers: optArray(EmployerSchema),
    stats: v.optional(
      v.object({
        employerCount: v.optional(NonNegInt),
        positionCount: v.optional(NonNegInt),
        headcountTotal: v.optional(NonNegInt),
        visitors: v.optional(NonNegInt),
        intentions: v.optional(NonNegInt),
      }),
    ),
    registration: v.optional(
      v.object({
        employer: v.optional(
          v.object({
            method: OptString,
            deadline: v.optional(DateTimeSchema),
            fee: v.optional(NonNeg),
            url: OptString,
          }),
        ),
        jobseeker: v.optional(
          v.object({ required: v.optional(v.boolean()), method: OptString, url: OptString }),
        ),
      }),
    ),
    contact: v.optional(ContactSchema),
    status: v.picklist(FAIR_STATUSES),
    posterUrl: OptString,
    source: v.optional(SourceSchema),
    updatedAt: v.optional(DateTimeSchema),
    ...searchableEntries,
  }),
  v.check((f) => Date.parse(f.endTime) >= Date.parse(f.startTime), 'endTime is before startTime'),
  v.check((f) => {
    const codes = new Set(f.zones.map((z) => z.code));
    return f.employers.every((e) => e.zoneCode === undefined || codes.has(e.zoneCode));
  }, 'an employer refers to a zoneCode that is not in zones'),
  v.transform((f) => {
    // Embedded positions inherit their employer's id.
    for (const e of f.employers) for (const p of e.positions) p.employerId ??= e.id;
    return f;
  }),
);
