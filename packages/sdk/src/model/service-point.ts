/**
 * 社银合作 service points: bank outlets offering 社保卡 / 社保 services.
 * @module
 */
import * as v from 'valibot';
import {
  DateTimeSchema,
  DivisionCodeSchema,
  GeoPointSchema,
  NonEmptyString,
  OptString,
  SourceSchema,
  TownshipCodeSchema,
  searchableEntries,
  type DateTimeString,
  type DivisionCode,
  type GeoPoint,
  type Searchable,
  type SourceRef,
  type TownshipCode,
} from './common.js';
import {
  BANK_CODES,
  BANK_INFO,
  BANK_KINDS,
  HOLIDAY_RULES,
  SERVICE_CODES,
  SERVICE_POINT_CATEGORIES,
  SERVICE_POINT_STATUSES,
  WEEKDAYS,
  type BankCode,
  type BankKind,
  type HolidayRule,
  type ServiceCode,
  type ServicePointCategory,
  type ServicePointStatus,
  type Weekday,
} from './vocab.js';

/** A rule of the weekly schedule: on `days`, open from `open` to `close` (Asia/Shanghai local time). */
export interface WeeklyHours {
  /** Days the rule applies to. */
  days: Weekday[];
  /** Opening time `HH:MM` (inclusive). */
  open: string;
  /** Closing time `HH:MM` (exclusive). A `close` at or before `open` means the period runs past midnight. */
  close: string;
  /** Restriction for this period, e.g. 周末仅办理社保卡挂失、补换卡. */
  servicesNote?: string;
}

/** Opening hours of a service point. */
export interface OpeningHours {
  /** Weekly schedule; several rules may cover the same day (e.g. a lunch break). */
  weekly: WeeklyHours[];
  /** What happens on public holidays. */
  holidayRule?: HolidayRule;
  /** Hours as published, e.g. 周一至周五 9:00-17:00. */
  text?: string;
}

/** Facilities available at a service point. */
export interface Facilities {
  /** 自助服务终端. */
  selfServiceKiosk?: boolean;
  /** 即时制卡机. */
  instantCardMachine?: boolean;
  /** 无障碍通道. */
  accessible?: boolean;
  /** 适老化 / 爱心窗口. */
  elderlyFriendly?: boolean;
  /** 上门服务 for people with limited mobility. */
  homeVisit?: boolean;
}

/** The bank operating a service point. */
export interface BankRef {
  /** Bank code. */
  code: BankCode;
  /** Bank name, e.g. 中国工商银行 (filled from the code when left out). */
  name: string;
  /** Kind of bank (filled from the code when left out and known). */
  kind?: BankKind;
}

/** A 社银合作 service point (社保卡服务网点). */
export interface ServicePoint extends Searchable {
  /** Outlet id (网点编号 wdbh). */
  id: string;
  /** Outlet name (网点名称 wdmc), e.g. 中国工商银行武汉江岸支行. */
  name: string;
  /** Operating bank. */
  bank: BankRef;
  /** Card counter / 社银一体化 / instant issuance / kiosk. */
  category: ServicePointCategory;
  /** County-level division (xzqh). */
  divisionCode: DivisionCode;
  /** Township (乡/镇/街道); its first six digits equal `divisionCode`. */
  townshipCode?: TownshipCode;
  /** Street address. */
  address: string;
  /** Location (feeds use WGS84). */
  location: GeoPoint;
  /** Phone. */
  phone?: string;
  /** Contact person. */
  contactPerson?: string;
  /** Services offered (at least one, no duplicates). */
  services: ServiceCode[];
  /** Opening hours. */
  openingHours: OpeningHours;
  /** Facilities. */
  facilities: Facilities;
  /** Record status; `active` when a feed leaves it out. Only `active` points are ever open. */
  status: ServicePointStatus;
  /** Last update. */
  updatedAt?: DateTimeString;
  /** Provenance. */
  source?: SourceRef;
}

const HHMM = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time must be HH:MM (00:00–23:59)'));

/** @internal */
export const OpeningHoursSchema: v.GenericSchema<unknown, OpeningHours> = v.object({
  weekly: v.array(
    v.object({
      days: v.pipe(v.array(v.picklist(WEEKDAYS)), v.minLength(1, 'an hours rule needs at least one day')),
      open: HHMM,
      close: HHMM,
      servicesNote: OptString,
    }),
  ),
  holidayRule: v.optional(v.picklist(HOLIDAY_RULES)),
  text: OptString,
});

/** @internal */
export const FacilitiesSchema: v.GenericSchema<unknown, Facilities> = v.object({
  selfServiceKiosk: v.optional(v.boolean()),
  instantCardMachine: v.optional(v.boolean()),
  accessible: v.optional(v.boolean()),
  elderlyFriendly: v.optional(v.boolean()),
  homeVisit: v.optional(v.boolean()),
});

/** @internal */
export const BankSchema: v.GenericSchema<unknown, BankRef> = v.pipe(
  v.object({ code: v.picklist(BANK_CODES), name: OptString, kind: v.optional(v.picklist(BANK_KINDS)) }),
  v.transform((b): BankRef => {
    const info = BANK_INFO[b.code];
    const kind = b.kind ?? info.kind;
    return kind === undefined
      ? { code: b.code, name: b.name ?? info.zh }
      : { code: b.code, name: b.name ?? info.zh, kind };
  }),
);

/** @internal Runtime schema of a {@link ServicePoint} feed item (plain object form). */
export const ServicePointSchema: v.GenericSchema<unknown, ServicePoint> = v.pipe(
  v.object({
    id: NonEmptyString,
    name: NonEmptyString,
    bank: BankSchema,
    category: v.picklist(SERVICE_POINT_CATEGORIES),
    divisionCode: DivisionCodeSchema,
    townshipCode: v.optional(TownshipCodeSchema),
    address: NonEmptyString,
    location: GeoPointSchema,
    phone: OptString,
    contactPerson: OptString,
    services: v.pipe(
      v.array(v.picklist(SERVICE_CODES)),
      v.minLength(1, 'services needs at least one service'),
      v.check((s) => new Set(s).size === s.length, 'services has duplicates'),
    ),
    openingHours: OpeningHoursSchema,
    facilities: v.optional(FacilitiesSchema, () => ({})),
    status: v.optional(v.picklist(SERVICE_POINT_STATUSES), 'active'),
    updatedAt: v.optional(DateTimeSchema),
    source: v.optional(SourceSchema),
    ...searchableEntries,
  }),
  v.check(
    (p) => p.townshipCode === undefined || p.townshipCode.startsWith(p.divisionCode),
    'townshipCode is not inside divisionCode',
  ),
);
