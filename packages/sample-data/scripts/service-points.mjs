// Generates ~4,100 synthetic 社银合作 service points and encodes them in the compact `hbrs-compact/1` format (column layout).
import {
  Rng,
  clampToHubei,
  offsetPoint,
  round,
  shortDivisionName,
  shortTownshipName,
  toPinyin,
} from './lib.mjs';
import { AREA_CODES } from './reference.mjs';

/** Total number of service points to spread over the province (configurable). */
export const SERVICE_POINT_TARGET = 4100;
/** Every county-level division gets at least this many points. */
const MIN_PER_COUNTY = 4;

const BANKS = {
  ICBC: { code: 'ICBC', name: '中国工商银行', kind: '国有大型商业银行' },
  ABC: { code: 'ABC', name: '中国农业银行', kind: '国有大型商业银行' },
  BOC: { code: 'BOC', name: '中国银行', kind: '国有大型商业银行' },
  CCB: { code: 'CCB', name: '中国建设银行', kind: '国有大型商业银行' },
  BOCOM: { code: 'BOCOM', name: '交通银行', kind: '国有大型商业银行' },
  PSBC: { code: 'PSBC', name: '中国邮政储蓄银行', kind: '邮政储蓄银行' },
  CMB: { code: 'CMB', name: '招商银行', kind: '股份制商业银行' },
  HUBEI_BANK: { code: 'HUBEI_BANK', name: '湖北银行', kind: '城市商业银行' },
  HANKOU_BANK: { code: 'HANKOU_BANK', name: '汉口银行', kind: '城市商业银行' },
  WUHAN_RCB: { code: 'WUHAN_RCB', name: '武汉农村商业银行', kind: '农村商业银行/农信' },
};

// Bank mix (domain.md §3.3, heuristic): Wuhan has its 10 社保卡合作银行; elsewhere 农信 is the rural backbone.
const WUHAN_MIX = [
  ['ICBC', 13],
  ['ABC', 12],
  ['BOC', 10],
  ['CCB', 12],
  ['BOCOM', 6],
  ['PSBC', 13],
  ['HANKOU_BANK', 10],
  ['WUHAN_RCB', 15],
  ['CMB', 4],
  ['HUBEI_BANK', 5],
];
const URBAN_MIX = [
  ['HUBEI_RCC', 24],
  ['PSBC', 15],
  ['ABC', 15],
  ['ICBC', 13],
  ['CCB', 12],
  ['BOC', 9],
  ['BOCOM', 4],
  ['HUBEI_BANK', 6],
  ['HANKOU_BANK', 2],
];
const RURAL_MIX = [
  ['HUBEI_RCC', 45],
  ['PSBC', 20],
  ['ABC', 17],
  ['ICBC', 6],
  ['CCB', 6],
  ['BOC', 3],
  ['HUBEI_BANK', 3],
];
// 汉口银行 has branches in a few cities outside Wuhan only.
const HANKOU_CITIES = new Set(['420500', '420600', '420900', '421000', '421100', '421200', '420300']);

const CARD_BASIC = [
  'card_collect',
  'card_activate',
  'card_loss_report',
  'card_unlock',
  'card_replace',
  'card_pin_reset',
  'card_info_change',
  'card_financial_account',
  'ecard_guide',
];
const INSURANCE = [
  'insurance_record_query',
  'insurance_certificate_print',
  'resident_pension_contribution',
  'flexible_employment_contribution',
  'benefit_eligibility_certification',
  'pension_payout',
  'personal_insurance_registration',
  'personal_info_change',
  'policy_consulting',
];
const order = [
  'card_apply',
  'card_instant_issue',
  'card_collect',
  'card_activate',
  'card_loss_report',
  'card_unlock',
  'card_replace',
  'card_pin_reset',
  'card_info_change',
  'card_cancel',
  'ecard_guide',
  'card_financial_account',
  ...INSURANCE.slice(0, 8),
  'unemployment_benefit_apply',
  'policy_consulting',
];
const sortServices = (s) => [...new Set(s)].sort((a, b) => order.indexOf(a) - order.indexOf(b));

// Service sets per category, a few variants each (index into this table is the dict index).
const SERVICE_SETS = {
  社保卡服务网点: [
    sortServices([...CARD_BASIC, 'card_apply']),
    sortServices(CARD_BASIC),
    sortServices([...CARD_BASIC, 'card_apply', 'card_cancel', 'insurance_record_query']),
  ],
  即时制卡网点: [
    sortServices([...CARD_BASIC, 'card_apply', 'card_instant_issue']),
    sortServices([
      ...CARD_BASIC,
      'card_apply',
      'card_instant_issue',
      'card_cancel',
      'insurance_record_query',
    ]),
  ],
  社银一体化网点: [
    sortServices([...CARD_BASIC, 'card_apply', 'card_instant_issue', 'card_cancel', ...INSURANCE]),
    sortServices([...CARD_BASIC, 'card_apply', ...INSURANCE, 'unemployment_benefit_apply']),
    sortServices([
      ...CARD_BASIC,
      'card_apply',
      'card_instant_issue',
      ...INSURANCE,
      'unemployment_benefit_apply',
    ]),
  ],
  自助服务点: [
    sortServices([
      'card_loss_report',
      'insurance_record_query',
      'insurance_certificate_print',
      'ecard_guide',
      'benefit_eligibility_certification',
    ]),
    sortServices([
      'card_loss_report',
      'card_pin_reset',
      'insurance_record_query',
      'insurance_certificate_print',
    ]),
  ],
};

const WEEKDAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr'];
const ALL_DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
// Opening-hours profiles (domain.md §3.4). Keys are used to pick; the dict keeps them in this order.
const HOURS = {
  weekdays: {
    weekly: [{ days: WEEKDAYS, open: '09:00', close: '17:00' }],
    holidayRule: 'closed_on_public_holidays',
    text: '周一至周五 9:00-17:00（法定节假日除外）',
  },
  cityWeekend: {
    weekly: [
      { days: WEEKDAYS, open: '09:00', close: '17:00' },
      { days: ['Sa', 'Su'], open: '09:00', close: '16:00', servicesNote: '周末仅办理社保卡挂失、补换卡' },
    ],
    holidayRule: 'rotating_duty',
    text: '周一至周五 9:00-17:00；周六、周日 9:00-16:00（周末仅办理社保卡挂失、补换卡）',
  },
  everyDay: {
    weekly: [{ days: ALL_DAYS, open: '09:00', close: '17:00' }],
    holidayRule: 'rotating_duty',
    text: '周一至周日 9:00-17:00（节假日轮休值班）',
  },
  ruralSaturday: {
    weekly: [
      { days: WEEKDAYS, open: '08:30', close: '17:30' },
      { days: ['Sa'], open: '08:30', close: '12:00' },
    ],
    holidayRule: 'closed_on_public_holidays',
    text: '周一至周五 8:30-17:30；周六 8:30-12:00（法定节假日除外）',
  },
  lunchBreak: {
    weekly: [
      { days: WEEKDAYS, open: '08:30', close: '12:00' },
      { days: WEEKDAYS, open: '14:00', close: '17:30' },
    ],
    holidayRule: 'closed_on_public_holidays',
    text: '周一至周五 8:30-12:00，14:00-17:30（法定节假日除外）',
  },
  kiosk24h: {
    weekly: [{ days: ALL_DAYS, open: '00:00', close: '00:00' }],
    holidayRule: 'open',
    text: '24小时自助服务',
  },
  kioskDay: {
    weekly: [{ days: ALL_DAYS, open: '07:00', close: '22:00' }],
    holidayRule: 'open',
    text: '每日 7:00-22:00 自助服务',
  },
};

const FACILITIES = [
  {},
  { selfServiceKiosk: true },
  { selfServiceKiosk: true, accessible: true, elderlyFriendly: true },
  { selfServiceKiosk: true, instantCardMachine: true, accessible: true, elderlyFriendly: true },
  {
    selfServiceKiosk: true,
    instantCardMachine: true,
    accessible: true,
    elderlyFriendly: true,
    homeVisit: true,
  },
  { accessible: true, elderlyFriendly: true, homeVisit: true },
  { selfServiceKiosk: true, accessible: true },
];

const CITY_ROADS = [
  '人民路',
  '解放路',
  '建设路',
  '新华路',
  '中山路',
  '胜利路',
  '和平路',
  '发展大道',
  '友谊路',
  '文化路',
  '民主路',
  '青年路',
  '工业路',
  '滨江路',
  '迎宾大道',
  '城南路',
  '东风路',
  '朝阳路',
  '健康路',
  '育才路',
  '振兴路',
  '光明路',
  '长江路',
  '体育路',
  '团结路',
  '交通路',
  '沿河路',
  '新城大道',
  '府前路',
  '学院路',
];
const TOWN_ROADS = [
  '正街',
  '新街',
  '集镇大道',
  '老街',
  '中心街',
  '建设街',
  '兴业路',
  '人民街',
  '商贸街',
  '府前街',
  '农贸路',
  '民主街',
];

/**
 * Generates the service points.
 * @returns {{ points: object[], wire: object }} plain records (for tests) and the compact feed body parts
 */
export function generateServicePoints(ref, seed) {
  const rng = new Rng(seed);
  const { shizhou, counties, townshipsByCounty, seats, byCode, shizhouOf } = ref;

  // 1. Points per 市州 by 2020 census population, then per county by number of township units (a proxy for size).
  const totalPop = shizhou.reduce((s, r) => s + r.pop, 0);
  const perCounty = new Map();
  for (const sz of shizhou) {
    const quota = Math.round((SERVICE_POINT_TARGET * sz.pop) / totalPop);
    const members = counties.filter((c) => c.code === sz.code || c.parent_code === sz.code);
    const weights = members.map((c) => Math.max(2, townshipsByCounty.get(c.code).length));
    const wsum = weights.reduce((a, b) => a + b, 0);
    members.forEach((c, i) =>
      perCounty.set(c.code, Math.max(MIN_PER_COUNTY, Math.round((quota * weights[i]) / wsum))),
    );
  }

  // Road names must not coincide with a township's short name (e.g. 东风路街道), so every word has one search role.
  const townShorts = new Set(ref.townships.map((t) => shortTownshipName(t.name)));
  const cityRoads = CITY_ROADS.filter((r) => !townShorts.has(r));
  const townRoads = TOWN_ROADS.filter((r) => !townShorts.has(r));

  const points = [];
  for (const county of counties) {
    const n = perCounty.get(county.code);
    const sz = shizhouOf(county.code);
    const isWuhan = sz.code === '420100';
    const isDistrict = county.name.endsWith('区') && county.code !== '429021';
    const seat = seats.get(county.code);
    const countyShort = shortDivisionName(county.name);
    const rccName = isWuhan ? null : `湖北${countyShort}农村商业银行`;
    let towns = townshipsByCounty
      .get(county.code)
      .filter((t) => /(街道|镇|乡)$/.test(t.name) && !/[（(]/.test(t.name));
    if (towns.length === 0) towns = [{ code: null, name: `${countyShort}城区` }];
    // Street offices sit near the seat; towns and townships further out (synthetic "centres", not real positions).
    const townPlaces = towns.map((t, i) => {
      const street = t.name.endsWith('街道');
      const maxKm = isWuhan ? (isDistrict ? 9 : 22) : isDistrict ? 10 : 32;
      const km = street ? rng.float(0.4, Math.min(6, maxKm / 2)) : rng.float(maxKm * 0.25, maxKm);
      const bearing = (i * 137.508 + rng.float(-20, 20)) % 360;
      return { t, street, centre: offsetPoint(seat[0], seat[1], km, bearing) };
    });
    // Points go to streets (urban) more often than to towns; each town gets at most a few.
    const weightsT = townPlaces.map((p) => [p, p.street ? 3 : 1]);
    const mix = isWuhan ? WUHAN_MIX : isDistrict ? URBAN_MIX : RURAL_MIX;
    for (let k = 0; k < n; k++) {
      // Seat area first so every county has points in town, then spread over the townships.
      const place =
        k < Math.min(3, n)
          ? townPlaces.reduce((a, b) => (distance(a.centre, seat) <= distance(b.centre, seat) ? a : b))
          : rng.weighted(weightsT);
      let bankCode = rng.weighted(mix);
      if (bankCode === 'HANKOU_BANK' && !isWuhan && !HANKOU_CITIES.has(sz.code)) bankCode = 'HUBEI_BANK';
      const bank =
        bankCode === 'HUBEI_RCC'
          ? { code: 'HUBEI_RCC', name: rccName, kind: '农村商业银行/农信' }
          : BANKS[bankCode];
      const category = rng.weighted(
        bankCode === 'HUBEI_RCC' || bankCode === 'PSBC'
          ? [
              ['社保卡服务网点', 40],
              ['社银一体化网点', 30],
              ['即时制卡网点', 20],
              ['自助服务点', 10],
            ]
          : [
              ['社保卡服务网点', 50],
              ['即时制卡网点', 28],
              ['社银一体化网点', 12],
              ['自助服务点', 10],
            ],
      );
      const services = rng.pick(SERVICE_SETS[category]);
      const urban = place.street;
      const hoursKey =
        category === '自助服务点'
          ? rng.weighted([
              ['kiosk24h', 3],
              ['kioskDay', 2],
            ])
          : urban
            ? rng.weighted([
                ['weekdays', 4],
                ['cityWeekend', 4],
                ['everyDay', 1],
              ])
            : rng.weighted([
                ['weekdays', 3],
                ['ruralSaturday', 3],
                ['lunchBreak', 2],
              ]);
      // Facilities follow the category (kiosk / instant-issue machine), with some outlets adding 上门服务.
      const facilities =
        category === '自助服务点'
          ? 1
          : category === '即时制卡网点'
            ? rng.weighted([
                [3, 4],
                [4, 1],
              ])
            : category === '社银一体化网点'
              ? rng.weighted([
                  [4, 3],
                  [2, 1],
                ])
              : rng.weighted([
                  [2, 4],
                  [1, 1],
                ]);
      const tShort = place.t.code ? shortTownshipName(place.t.name) : countyShort;
      const suffix =
        category === '自助服务点'
          ? '社保自助服务点'
          : bankCode === 'PSBC'
            ? '营业所'
            : bankCode === 'HUBEI_RCC'
              ? rng.pick(['支行', '分理处', '营业部'])
              : rng.pick(['支行', '支行', '分理处']);
      // name = bank name + place words + suffix; address = area words + road + number.
      const placeParts =
        bankCode === 'HUBEI_RCC'
          ? [tShort]
          : [...(isWuhan ? ['武汉', countyShort] : countyShort === tShort ? [] : [countyShort]), tShort];
      const roads = urban ? cityRoads : townRoads;
      const road = rng.pick(roads);
      const no = `${rng.int(1, urban ? 299 : 99)}号`;
      const tSuffix = place.t.code ? place.t.name.slice(tShort.length) : '';
      const areaParts = [
        sz.code === county.code ? '' : sz.name,
        county.name,
        place.t.code ? tShort : '',
        tSuffix,
      ].filter(Boolean);
      const [lng, lat] = clampToHubei(
        offsetPoint(place.centre[0], place.centre[1], rng.float(0.05, urban ? 1.1 : 0.7), rng.float(0, 360)),
      );
      const status = rng.weighted([
        ['active', 97],
        ['suspended', 2],
        ['closed', 1],
      ]);
      points.push({
        county,
        sz,
        bank,
        category,
        services,
        hoursKey,
        facilities,
        placeParts,
        suffix,
        areaParts,
        road,
        no,
        townshipCode: place.t.code,
        lng: round(lng, 4),
        lat: round(lat, 4),
        base: [Math.round(place.centre[0] * 100), Math.round(place.centre[1] * 100)],
        status,
      });
    }
  }

  // 2. Stable order (division, township, name) and ids; fake phone numbers that cannot be dialled:
  //    local numbers never start with 0, so area code + "-0000" + 4 digits reaches nobody.
  points.sort(
    (a, b) =>
      cmp(a.county.code, b.county.code) ||
      cmp(a.townshipCode ?? '', b.townshipCode ?? '') ||
      cmp(a.bank.name + a.placeParts.join('') + a.suffix, b.bank.name + b.placeParts.join('') + b.suffix),
  );
  const seq = new Map();
  for (const p of points) {
    const i = (seq.get(p.county.code) ?? 0) + 1;
    seq.set(p.county.code, i);
    p.id = `SP${p.county.code}${String(i).padStart(3, '0')}`;
    p.seq = i;
    p.areaCode = AREA_CODES[p.sz.code];
    p.phoneLocal = `0000${String(i).padStart(4, '0')}`;
    p.phone = `${p.areaCode}-${p.phoneLocal}`;
  }
  if (byCode.size === 0) throw new Error('no divisions');
  return { points, encode: () => encode(points), plain: () => points.map(toPlain) };
}

function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function distance(a, b) {
  return (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2;
}

const SAMPLE_MARK = '（示例）';

/** Township suffixes carry no search value on their own. */
const UNSEARCHABLE = new Set(['街道', '镇', '乡']);
function wordPinyin(w) {
  return UNSEARCHABLE.has(w) ? '' : toPinyin(w);
}

/** Search text: pinyin of the bank name, place words and area words, repeats once (as the decoder builds it). */
function pointPinyin(p) {
  const parts = [];
  for (const py of [toPinyin(p.bank.name), ...p.placeParts.map(wordPinyin), ...p.areaParts.map(wordPinyin)]) {
    if (py !== '' && !parts.includes(py)) parts.push(py);
  }
  return parts.join(' ');
}

/** The plain-object form of a generated point (what `parseFeed` yields after decoding, before defaults). */
export function toPlain(p) {
  return {
    id: p.id,
    name: p.bank.name + p.placeParts.join('') + p.suffix + SAMPLE_MARK,
    bank: p.bank,
    category: p.category,
    divisionCode: p.county.code,
    ...(p.townshipCode ? { townshipCode: p.townshipCode } : {}),
    address: p.areaParts.join('') + p.road + p.no,
    location: { lng: p.lng, lat: p.lat, crs: 'WGS84' },
    phone: p.phone,
    services: p.services,
    openingHours: HOURS[p.hoursKey],
    facilities: FACILITIES[p.facilities],
    status: p.status,
    source: { platform: 'synthetic' },
    pinyin: pointPinyin(p),
  };
}

/** Coordinate precision: 1e-4 degrees (about 11 m; the seat coordinates themselves are only seat-level accurate). */
const COORD_SCALE = 10000;

/**
 * Compact `hbrs-compact/1` encoding, column layout (documented in README.md): one array per field + shared dictionaries.
 */
function encode(points) {
  const dictIndex = () => {
    const idx = new Map();
    const list = [];
    return {
      list,
      get(value) {
        const key = JSON.stringify(value);
        let i = idx.get(key);
        if (i === undefined) {
          i = list.length;
          list.push(value);
          idx.set(key, i);
        }
        return i;
      },
    };
  };
  const banks = dictIndex();
  const banksPinyin = [];
  const serviceSets = dictIndex();
  const hours = dictIndex();
  const facilities = dictIndex();
  const categories = dictIndex();
  const statuses = dictIndex();
  const suffixes = dictIndex();
  const roads = dictIndex();
  const words = dictIndex();
  const wordsPinyin = [];
  const word = (w) => {
    const i = words.get(w);
    wordsPinyin[i] = wordPinyin(w);
    return i;
  };
  const bank = (b) => {
    const i = banks.get(b);
    banksPinyin[i] = toPinyin(b.name);
    return i;
  };
  // Stable dict entries first, so that indexes do not depend on point order.
  for (const s of ['active', 'suspended', 'closed']) statuses.get(s);
  for (const c of ['社保卡服务网点', '即时制卡网点', '社银一体化网点', '自助服务点']) categories.get(c);
  for (const h of Object.values(HOURS)) hours.get(h);
  for (const f of FACILITIES) facilities.get(f);
  const fields = [
    'divisionCode',
    'id',
    'townshipCode',
    '_tel',
    '_place',
    '_area',
    '_no',
    '_bx',
    '_by',
    'bank',
    'name',
    'address',
    'location.lng',
    'location.lat',
    'phone',
    'category',
    'services',
    'openingHours',
    'facilities',
    'status',
  ];
  const columns = fields.map(() => []);
  for (const p of points) {
    const row = [
      p.county.code,
      p.seq,
      p.townshipCode ? Number(p.townshipCode.slice(6)) : null,
      p.areaCode,
      p.placeParts.map(word),
      p.areaParts.map(word),
      Number(p.no.slice(0, -1)),
      p.base[0],
      p.base[1],
      bank(p.bank),
      suffixes.get(p.suffix),
      roads.get(p.road),
      Math.round((p.lng - p.base[0] / 100) * COORD_SCALE),
      Math.round((p.lat - p.base[1] / 100) * COORD_SCALE),
      p.seq,
      categories.get(p.category),
      serviceSets.get(p.services),
      hours.get(HOURS[p.hoursKey]),
      facilities.get(FACILITIES[p.facilities]),
      statuses.get(p.status),
    ];
    row.forEach((v, i) => columns[i].push(v));
  }
  return {
    encoding: {
      format: 'hbrs-compact/1',
      layout: 'columns',
      fields,
      dicts: {
        banks: banks.list,
        banksPinyin,
        categories: categories.list,
        statuses: statuses.list,
        services: serviceSets.list,
        hours: hours.list,
        facilities: facilities.list,
        suffixes: suffixes.list,
        roads: roads.list,
        words: words.list,
        wordsPinyin,
      },
      columns: {
        id: { pad: 3, prefix: ['SP', '$divisionCode'] },
        townshipCode: { pad: 3, prefix: ['$divisionCode'] },
        _place: { dict: 'words', join: '' },
        _area: { dict: 'words', join: '' },
        bank: { dict: 'banks' },
        name: { dict: 'suffixes', prefix: ['$bank.name', '$_place'], suffix: [SAMPLE_MARK] },
        _bx: { scale: 100 },
        _by: { scale: 100 },
        address: { dict: 'roads', prefix: ['$_area'], suffix: ['$_no', '号'] },
        'location.lng': { scale: COORD_SCALE, base: '$_bx' },
        'location.lat': { scale: COORD_SCALE, base: '$_by' },
        phone: { pad: 4, prefix: ['$_tel', '-0000'] },
        category: { dict: 'categories' },
        services: { dict: 'services' },
        openingHours: { dict: 'hours' },
        facilities: { dict: 'facilities' },
        status: { dict: 'statuses' },
        pinyin: { join: ' ', tokensFrom: ['bank:banksPinyin', '_place:wordsPinyin', '_area:wordsPinyin'] },
      },
      constants: { location: { crs: 'WGS84' }, source: { platform: 'synthetic' } },
    },
    items: Object.fromEntries(fields.map((f, i) => [f, columns[i]])),
    plain: points.map(toPlain),
  };
}
