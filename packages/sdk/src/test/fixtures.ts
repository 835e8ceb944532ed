/**
 * Small deterministic fixture generator for SDK tests and benchmarks (raw feed documents, as a feed file or the
 * API would serve them). Every feed is marked `sample: true`. Not shipped (excluded from the build).
 */
import { seededRandom } from '@hbrs/testing/random';
import { initialsOf as initials } from '../model/decode.js';

/** Seeded PRNG: the harness's one generator (`@hbrs/testing/random`). */
export const rng = seededRandom;

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

/** A few real Hubei county-level units with approximate WGS84 seats (from the shared seats CSV). */
export const COUNTIES = [
  {
    code: '420102',
    name: '江岸区',
    city: '420100',
    cityName: '武汉市',
    py: 'jiang an qu',
    lng: 114.3096,
    lat: 30.6,
  },
  {
    code: '420106',
    name: '武昌区',
    city: '420100',
    cityName: '武汉市',
    py: 'wu chang qu',
    lng: 114.3163,
    lat: 30.5545,
  },
  {
    code: '420111',
    name: '洪山区',
    city: '420100',
    cityName: '武汉市',
    py: 'hong shan qu',
    lng: 114.3383,
    lat: 30.501,
  },
  {
    code: '420202',
    name: '黄石港区',
    city: '420200',
    cityName: '黄石市',
    py: 'huang shi gang qu',
    lng: 115.061,
    lat: 30.223,
  },
  {
    code: '420303',
    name: '张湾区',
    city: '420300',
    cityName: '十堰市',
    py: 'zhang wan qu',
    lng: 110.77,
    lat: 32.652,
  },
  {
    code: '420502',
    name: '西陵区',
    city: '420500',
    cityName: '宜昌市',
    py: 'xi ling qu',
    lng: 111.28,
    lat: 30.7,
  },
  {
    code: '420602',
    name: '襄城区',
    city: '420600',
    cityName: '襄阳市',
    py: 'xiang cheng qu',
    lng: 112.128,
    lat: 32.013,
  },
  {
    code: '429004',
    name: '仙桃市',
    city: '429004',
    cityName: '仙桃市',
    py: 'xian tao shi',
    lng: 113.449,
    lat: 30.357,
  },
] as const;

const BANKS = [
  { code: 'ICBC', name: '中国工商银行', py: 'zhong guo gong shang yin hang' },
  { code: 'ABC', name: '中国农业银行', py: 'zhong guo nong ye yin hang' },
  { code: 'PSBC', name: '中国邮政储蓄银行', py: 'zhong guo you zheng chu xu yin hang' },
  { code: 'HUBEI_RCC', name: '湖北农信', py: 'hu bei nong xin' },
  { code: 'HUBEI_BANK', name: '湖北银行', py: 'hu bei yin hang' },
] as const;

const SERVICES = [
  'card_apply',
  'card_instant_issue',
  'card_activate',
  'card_loss_report',
  'card_replace',
  'insurance_record_query',
  'benefit_eligibility_certification',
  'policy_consulting',
] as const;

const META = (title: string) => ({
  generatedAt: '2026-01-05T08:00:00+08:00',
  sample: true,
  source: 'SDK test fixtures (synthetic)',
  license: 'CC0-1.0',
  title,
});

/** Raw service-point records scattered around the fixture counties. */
export function servicePointItems(n: number, seed = 1): Record<string, unknown>[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const c = COUNTIES[i % COUNTIES.length]!;
    const b = pick(r, BANKS);
    const services = SERVICES.filter((_, k) => k === 0 || r() < 0.5);
    const py = `${b.py} ${c.py.replace(/ qu$| shi$/, '')} zhi hang`;
    return {
      id: `SP-${String(i).padStart(5, '0')}`,
      name: `${b.name}${c.name.replace(/[区市]$/, '')}支行`,
      bank: { code: b.code, name: b.name },
      category: services.includes('card_instant_issue') ? '即时制卡网点' : '社保卡服务网点',
      divisionCode: c.code,
      address: `${c.cityName}${c.name}示例路${i + 1}号`,
      location: { lng: c.lng + (r() - 0.5) * 0.3, lat: c.lat + (r() - 0.5) * 0.3, crs: 'WGS84' },
      services,
      openingHours: {
        weekly: [
          { days: ['Mo', 'Tu', 'We', 'Th', 'Fr'], open: '09:00', close: '17:00' },
          ...(i % 3 === 0 ? [{ days: ['Sa', 'Su'], open: '09:00', close: '16:00' }] : []),
        ],
        holidayRule: 'rotating_duty',
      },
      status: i % 50 === 49 ? 'suspended' : 'active',
      source: { platform: 'synthetic' },
      pinyin: py,
      initials: initials(py),
    };
  });
}

const CAMPAIGNS = [
  { code: 'chunfeng', name: '春风行动暨就业援助季', months: [1, 2, 3] },
  { code: 'baitian_qianwan', name: '百日千万招聘专项行动', months: [5, 6, 7, 8] },
  { code: 'jinqiu', name: '金秋招聘月', months: [10] },
] as const;

/** Raw job-fair records across 2026. */
export function jobFairItems(n: number, seed = 2): Record<string, unknown>[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const c = COUNTIES[i % COUNTIES.length]!;
    const camp = i % 4 === 3 ? undefined : pick(r, CAMPAIGNS);
    const month = camp ? pick(r, camp.months) : 1 + Math.floor(r() * 12);
    const day = 1 + Math.floor(r() * 28);
    const date = `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const mode = pick(r, ['offline', 'online', 'hybrid'] as const);
    const name = `2026年${c.cityName}${camp ? camp.name : '周末'}招聘会（${c.name}专场）`;
    const py = `${c.py.replace(/ qu$| shi$/, '')} zhao pin hui`;
    return {
      id: `JF-${String(i).padStart(5, '0')}`,
      name,
      ...(camp ? { campaign: { code: camp.code, name: camp.name, year: 2026 } } : {}),
      fairType: i % 5 === 0 ? '校园双选会' : '综合',
      targetGroups: ['高校毕业生'],
      mode,
      organizers: { hosts: [`${c.cityName}人力资源和社会保障局`] },
      startTime: `${date}T09:00:00+08:00`,
      endTime: `${date}T15:00:00+08:00`,
      divisionCode: c.code,
      employers: [
        {
          id: `E-${i}-1`,
          name: i % 2 ? '示例光电科技有限公司' : '示例汽车零部件有限公司',
          positions: [
            {
              id: `P-${i}-1`,
              title: i % 2 ? '光学工程师' : '操作工',
              headcount: 3,
              education: { code: '21' },
              salary: { min: 6000, max: 9000, unit: 'CNY/month', negotiable: false },
              workDivisionCode: c.code,
            },
          ],
        },
      ],
      status: 'upcoming',
      source: { platform: 'synthetic' },
      pinyin: py,
      initials: initials(py),
    };
  });
}

const HOSTS = [
  { name: '武汉大学', py: 'wu han da xue', type: 'university', division: '420106' },
  { name: '华中科技大学', py: 'hua zhong ke ji da xue', type: 'university', division: '420111' },
  {
    name: '中国地质大学（武汉）',
    py: 'zhong guo di zhi da xue wu han',
    type: 'university',
    division: '420111',
  },
  { name: '三峡大学', py: 'san xia da xue', type: 'university', division: '420502' },
  {
    name: '示例光纤光缆股份有限公司',
    py: 'shi li guang xian guang lan gu fen you xian gong si',
    type: 'enterprise',
    division: '420111',
  },
] as const;

const DISCIPLINES = [
  { code: '0803', name: '光学工程', py: 'guang xue gong cheng' },
  { code: '0812', name: '计算机科学与技术', py: 'ji suan ji ke xue yu ji shu' },
  { code: '0816', name: '测绘科学与技术', py: 'ce hui ke xue yu ji shu' },
  { code: '0701', name: '数学', py: 'shu xue' },
  { code: '1001', name: '基础医学', py: 'ji chu yi xue' },
] as const;

/** Raw postdoc programme records with openings. */
export function postdocItems(n: number, seed = 3): Record<string, unknown>[] {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const h = HOSTS[i % HOSTS.length]!;
    const d = DISCIPLINES[Math.floor(i / HOSTS.length) % DISCIPLINES.length]!;
    const enterprise = h.type === 'enterprise';
    const py = enterprise ? h.py : `${h.py} ${d.py}`;
    return {
      id: `PD-${String(i).padStart(5, '0')}`,
      stationType: enterprise ? 'work_station' : 'flow_station',
      level: 'national',
      host: { name: h.name, orgType: h.type },
      ...(enterprise ? { industryFields: ['光电子信息'] } : { discipline: { code: d.code, name: d.name } }),
      divisionCode: h.division,
      openings:
        i % 3 === 2
          ? []
          : [
              {
                id: `PO-${i}`,
                title: `${h.name}2026年博士后招收启事`,
                directions: [
                  { name: `${d.name}方向`, disciplineCode: d.code, supervisor: { name: '张教授' } },
                ],
                eligibility: { maxAge: 35 },
                compensation: { annualSalaryMin: 200000 + Math.floor(r() * 10) * 10000 },
                publishDate: '2026-01-10',
                ...(i % 2 ? { rolling: true } : { deadline: '2026-06-30' }),
              },
            ],
      source: { platform: 'synthetic' },
      pinyin: py,
      initials: initials(py),
    };
  });
}

/** Raw division records: the province, the fixture cities and counties. */
export function divisionItems(): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [
    { code: '420000', name: '湖北省', level: 'province', pinyin: 'hu bei sheng', initials: 'hbs' },
    { code: '429000', name: '省直辖县级行政区划', level: 'group', parentCode: '420000' },
  ];
  const cities = new Map<string, string>();
  for (const c of COUNTIES) if (c.city !== c.code) cities.set(c.city, c.cityName);
  for (const [code, name] of cities) out.push({ code, name, level: 'prefecture', parentCode: '420000' });
  for (const c of COUNTIES) {
    out.push({
      code: c.code,
      name: c.name,
      level: 'county',
      parentCode: c.city === c.code ? '429000' : c.city,
      seat: { lng: c.lng, lat: c.lat, crs: 'WGS84' },
      pinyin: c.py,
      initials: initials(c.py),
    });
  }
  return out;
}

/** The four raw feed documents. */
export function fixtureFeeds(sizes: { servicePoints?: number; jobFairs?: number; postdoc?: number } = {}) {
  return {
    'job-fairs': { meta: META('招聘会（测试数据）'), items: jobFairItems(sizes.jobFairs ?? 40) },
    postdoc: { meta: META('博士后（测试数据）'), items: postdocItems(sizes.postdoc ?? 25) },
    'service-points': {
      meta: META('社银合作网点（测试数据）'),
      items: servicePointItems(sizes.servicePoints ?? 200),
    },
    divisions: { meta: META('行政区划（测试数据）'), items: divisionItems() },
  };
}
