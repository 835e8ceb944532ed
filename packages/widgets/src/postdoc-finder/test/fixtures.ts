/**
 * Deterministic postdoc fixtures for the finder's tests: raw feed records (as a feed file serves them) and an SDK
 * client over a fake `fetch`, so tests exercise the real SDK parsing and index.
 */
import { fakeClient } from '@hbrs/testing/fake-fetch'; // not the index: stories import these fixtures, and the index pulls in the test runner's commands
import { initialsOf, type HbrsClient } from '@hbrs/sdk';

const HOSTS = [
  { name: '武汉大学', type: 'university', division: '420106', py: 'wu han da xue' },
  { name: '华中科技大学', type: 'university', division: '420111', py: 'hua zhong ke ji da xue' },
  { name: '华中农业大学', type: 'university', division: '420111', py: 'hua zhong nong ye da xue' },
  { name: '三峡大学', type: 'university', division: '420502', py: 'san xia da xue' },
  { name: '湖北工业大学', type: 'university', division: '420111', py: 'hu bei gong ye da xue' },
  {
    name: '长江光电示例科技有限公司',
    type: 'enterprise',
    division: '420115',
    py: 'chang jiang guang dian shi li ke ji you xian gong si',
    station: 'work_station',
    fields: ['光电子信息'],
  },
  {
    name: '襄阳汽车示例股份有限公司',
    type: 'enterprise',
    division: '420606',
    py: 'xiang yang qi che shi li gu fen you xian gong si',
    station: 'work_station',
    fields: ['新能源与智能网联汽车'],
  },
  {
    name: '宜昌示例化工集团',
    type: 'enterprise',
    division: '420502',
    py: 'yi chang shi li hua gong ji tuan',
    station: 'innovation_base',
    fields: ['现代化工', '绿色低碳'],
  },
  {
    name: '武汉东湖示例园区',
    type: 'park',
    division: '420115',
    py: 'wu han dong hu shi li yuan qu',
    station: 'work_substation',
    fields: ['数字经济'],
  },
] as const;

const DISCIPLINES = [
  { code: '0812', name: '计算机科学与技术', py: 'ji suan ji ke xue yu ji shu' },
  { code: '0803', name: '光学工程', py: 'guang xue gong cheng' },
  { code: '0701', name: '数学', py: 'shu xue' },
  { code: '1001', name: '基础医学', py: 'ji chu yi xue' },
  { code: '0202', name: '应用经济学', py: 'ying yong jing ji xue' },
  { code: '0901', name: '作物学', py: 'zuo wu xue' },
  { code: '0817', name: '化学工程与技术', py: 'hua xue gong cheng yu ji shu' },
] as const;

/** An opening of kind `k`: 0 future deadline, 1 rolling, 2 closed, 3 none. */
function openings(i: number, host: string, disc: { code: string; name: string } | undefined, k: number) {
  if (k === 3) return [];
  const dirName = disc ? `${disc.name}前沿方向` : '关键技术研发';
  const base = {
    id: `PO-${String(i).padStart(4, '0')}`,
    title: `${host}2026年博士后招收启事`,
    eligibility: { maxAge: 35, phdWithinYears: 3, fullTime: true, overseasPhdWelcome: k === 0 },
    termYears: 2,
    materials: ['个人简历', '博士学位证书'],
    applyMethod: '将申请材料发送至联系邮箱，邮件标题注明“博士后申请”。',
    contact: { name: '人事处博士后办公室', phone: '027-8765 4321', email: 'postdoc@example.edu.cn' },
    publishDate: k === 2 ? '2020-10-01' : '2026-01-10',
    source: { platform: 'synthetic', url: `https://example.edu.cn/postdoc/${i}` },
  };
  if (k === 0)
    return [
      {
        ...base,
        programme: '师资博士后',
        directions: [
          {
            name: dirName,
            ...(disc ? { disciplineCode: disc.code } : {}),
            supervisor: { name: '张教授', title: '教授', honours: ['国家杰出青年科学基金获得者'] },
            headcount: 2,
          },
          { name: '交叉研究方向', supervisor: { name: '李研究员' }, headcount: 1 },
        ],
        compensation: {
          annualSalaryMin: 300000,
          annualSalaryMax: 400000,
          housing: '提供博士后公寓',
          researchFunds: 50000,
          childrenSchooling: true,
        },
        fundingSchemes: ['博士后创新人才支持计划', '湖北省博士后创新研究岗位'],
        deadline: '2099-06-30',
      },
    ];
  if (k === 1)
    return [
      {
        ...base,
        directions: [{ name: dirName, ...(disc ? { disciplineCode: disc.code } : {}) }],
        compensation: { annualSalaryMin: 250000 },
        fundingSchemes: ['中国博士后科学基金面上资助'],
        rolling: true,
      },
    ];
  return [
    {
      ...base,
      directions: [{ name: dirName, headcount: 1 }],
      compensation: { text: '面议' },
      deadline: '2020-12-31',
    },
  ];
}

/**
 * `n` raw programme records. Record `i` is at host `i % 9`; universities get the disciplines in turn, so the
 * first 9 cover every host, and every discipline appears from n ≥ 35.
 */
export function programmeItems(n: number): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => {
    const h = HOSTS[i % HOSTS.length]!;
    const d = DISCIPLINES[Math.floor(i / HOSTS.length) % DISCIPLINES.length]!;
    const uni = h.type === 'university';
    const py = uni ? `${h.py} ${d.py}` : h.py;
    const fields = 'fields' in h ? [...h.fields] : [];
    return {
      id: `PD-${String(i).padStart(4, '0')}`,
      stationType: uni ? 'flow_station' : 'station' in h ? h.station : 'work_station',
      level: 'station' in h && h.station === 'innovation_base' ? 'provincial' : 'national',
      host: { name: h.name, orgType: h.type, website: `https://www.example.edu.cn/${i}` },
      ...(uni ? { discipline: { code: d.code, name: d.name } } : { industryFields: fields }),
      approvalYear: 1990 + (i % 30),
      divisionCode: h.division,
      contact: { name: '博士后管理办公室', phone: '027-1234 5678' },
      openings: openings(i, h.name, uni ? d : undefined, Math.floor(i / HOSTS.length) % 4),
      source: { platform: 'synthetic', url: `https://example.edu.cn/station/${i}` },
      pinyin: py,
      initials: initialsOf(py),
    };
  });
}

/** A feed document. */
export function feedDoc(items: unknown[], sample = true) {
  return {
    meta: {
      generatedAt: '2026-01-05T08:00:00+08:00',
      sample,
      source: 'postdoc-finder test fixtures (synthetic)',
      license: 'CC0-1.0',
    },
    items,
  };
}

/** Options of {@link fixtureClient}. */
export interface FixtureOptions {
  /** Raw items (default: 40 programmes). */
  items?: unknown[];
  /** Fail every request with this HTTP status. */
  status?: number;
  /** Wait this long before answering (ms). */
  delay?: number;
  /** Mark the feed as official data (no sample notice). */
  official?: boolean;
}

/** An SDK client reading a fake feed directory through a fake `fetch` (real parsing, validation and index). */
export function fixtureClient(options: FixtureOptions = {}): HbrsClient {
  const items = options.items ?? programmeItems(40);
  return fakeClient({
    files: { 'postdoc.json': feedDoc(items, !options.official) },
    ...(options.status ? { status: options.status } : {}),
    ...(options.delay ? { delay: options.delay } : {}),
  }).client;
}
