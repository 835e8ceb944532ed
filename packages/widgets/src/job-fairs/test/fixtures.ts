/**
 * Test fixtures of <hbrs-job-fairs>: raw feed documents served through a fake `fetch`, so the tests exercise
 * the real SDK (feed source, validation, indexes), through `fakeClient` of @hbrs/testing. Not shipped (src/**\/test/** is excluded from the build).
 */
import type { HbrsClient } from '@hbrs/sdk';
import { fakeClient as sharedFakeClient } from '@hbrs/testing/fake-fetch'; // not the index: stories import these fixtures, and the index pulls in the test runner's commands

/** The clock of the tests: Wednesday 11 March 2026, 10:00 in Asia/Shanghai. */
export const NOW = new Date('2026-03-11T10:00:00+08:00');

export const FEED = 'https://data.example.invalid/feeds/';

const meta = (title: string, sample = false) => ({
  generatedAt: '2026-03-01T08:00:00+08:00',
  sample,
  source: 'hbrs widget tests (synthetic)',
  license: 'CC0-1.0',
  title,
});

const position = (id: string, title: string, extra: Record<string, unknown> = {}) => ({
  id,
  title,
  headcount: 3,
  education: { code: '21' },
  salary: { min: 6000, max: 9000, unit: 'CNY/month', negotiable: false },
  workDivisionCode: '420281',
  ...extra,
});

/** Seven hand-written fairs around {@link NOW}. */
export function baseFairs(): Record<string, unknown>[] {
  return [
    {
      id: 'JF-1',
      name: '2026年大冶市春风行动招聘会',
      theme: '就业服务暖心春',
      campaign: { code: 'chunfeng', name: '春风行动暨就业援助季', year: 2026 },
      fairType: '综合',
      targetGroups: ['农村劳动力', '就业困难人员'],
      mode: 'offline',
      organizers: { hosts: ['大冶市人力资源和社会保障局'], undertakers: ['大冶市公共就业服务中心'] },
      startTime: '2026-03-11T09:00:00+08:00',
      endTime: '2026-03-11T15:00:00+08:00',
      divisionCode: '420281',
      venue: { name: '大冶市人力资源市场', address: '大冶市东岳路示例1号', transit: '公交 5 路' },
      zones: [
        { code: 'A', name: '制造业招聘区', kind: 'industry', boothRange: 'A01-A20' },
        { code: 'B', name: '服务业招聘区', kind: 'industry' },
      ],
      employers: [
        {
          id: 'E1',
          name: '示例矿山机械有限公司（示例）',
          boothNo: 'A01',
          zoneCode: 'A',
          nature: '民营企业',
          positions: [
            position('P1', '数控车工'),
            position('P2', '仓库管理员', {
              headcount: 0,
              education: { code: '00' },
              salary: { unit: 'CNY/month', negotiable: true },
            }),
          ],
        },
        {
          id: 'E2',
          name: '示例商贸有限公司（示例）',
          zoneCode: 'B',
          positions: [position('P3', '收银员', { salary: { min: 150, max: 200, unit: 'CNY/day' } })],
        },
      ],
      contact: { name: '张老师', phone: '0714-0000000', email: 'jobs@example.invalid' },
      registration: {
        jobseeker: { required: false, method: '现场登记', url: 'https://example.invalid/register' },
        employer: { deadline: '2026-03-08T17:00:00+08:00', url: 'https://example.invalid/employer' },
      },
      status: 'upcoming',
      source: { platform: '湖北公共招聘网', url: 'https://example.invalid/fair/1' },
      pinyin: 'da ye shi chun feng xing dong zhao pin hui',
      initials: 'dysxfxdzph',
    },
    {
      id: 'JF-2',
      name: '江岸区网络直播招聘会',
      campaign: { code: 'chunfeng', year: 2026 },
      fairType: '直播带岗',
      targetGroups: ['社会求职者'],
      mode: 'online',
      online: {
        platform: '湖北公共招聘网',
        url: 'https://example.invalid/live',
        liveStreamUrl: 'https://example.invalid/stream',
      },
      organizers: { hosts: ['江岸区人力资源和社会保障局'] },
      startTime: '2026-03-13T14:00:00+08:00',
      endTime: '2026-03-13T17:00:00+08:00',
      divisionCode: '420102',
      employers: [],
      stats: { employerCount: 40, positionCount: 300 },
      status: 'upcoming',
      pinyin: 'jiang an qu wang luo zhi bo zhao pin hui',
      initials: 'jaqwlzbzph',
    },
    {
      id: 'JF-3',
      name: '武昌区高校毕业生双选会',
      fairType: '校园双选会',
      targetGroups: ['高校毕业生'],
      mode: 'hybrid',
      online: { url: 'https://example.invalid/hybrid' },
      organizers: { hosts: ['武昌区人力资源和社会保障局'] },
      startTime: '2026-03-25T09:00:00+08:00',
      endTime: '2026-03-25T12:00:00+08:00',
      divisionCode: '420106',
      venue: { name: '武昌区示例体育馆' },
      employers: [
        { id: 'E3', name: '示例光电科技有限公司（示例）', positions: [position('P4', '光学工程师')] },
      ],
      status: 'upcoming',
      pinyin: 'wu chang qu gao xiao bi ye sheng shuang xuan hui',
      initials: 'wcqgxbysxh',
    },
    {
      id: 'JF-4',
      name: '黄石港区金秋招聘会',
      campaign: { code: 'jinqiu', year: 2025 },
      targetGroups: [],
      mode: 'offline',
      organizers: { hosts: ['黄石港区人力资源和社会保障局'] },
      startTime: '2026-02-20T09:00:00+08:00',
      endTime: '2026-02-20T12:00:00+08:00',
      divisionCode: '420202',
      venue: { name: '黄石港区示例广场' },
      employers: [],
      status: 'ended',
      pinyin: 'huang shi gang qu jin qiu zhao pin hui',
      initials: 'hsgqjqzph',
    },
    {
      id: 'JF-5',
      name: '仙桃市百日千万招聘专场',
      campaign: { code: 'baitian_qianwan', year: 2026 },
      targetGroups: ['高校毕业生'],
      mode: 'offline',
      organizers: { hosts: ['仙桃市人力资源和社会保障局'] },
      startTime: '2026-04-10T09:00:00+08:00',
      endTime: '2026-04-10T12:00:00+08:00',
      divisionCode: '429004',
      employers: [],
      status: 'upcoming',
      pinyin: 'xian tao shi bai ri qian wan zhao pin zhuan chang',
      initials: 'xtsbrqwzpzc',
    },
    {
      id: 'JF-6',
      name: '武汉市三日连展招聘会',
      targetGroups: ['退役军人'],
      mode: 'offline',
      organizers: { hosts: ['武汉市人力资源和社会保障局'] },
      startTime: '2026-03-16T09:00:00+08:00',
      endTime: '2026-03-18T16:00:00+08:00',
      divisionCode: '420106',
      employers: [],
      status: 'upcoming',
      pinyin: 'wu han shi san ri lian zhan zhao pin hui',
      initials: 'whssrlzzph',
    },
    {
      id: 'JF-7',
      name: '大冶市取消的招聘会',
      mode: 'offline',
      organizers: { hosts: ['大冶市人力资源和社会保障局'] },
      startTime: '2026-03-20T09:00:00+08:00',
      endTime: '2026-03-20T12:00:00+08:00',
      divisionCode: '420281',
      employers: [],
      status: 'cancelled',
    },
  ];
}

/** `n` generated fairs spread over 2026 (for the virtualisation tests). */
export function manyFairs(n: number): Record<string, unknown>[] {
  const codes = ['420102', '420106', '420202', '420281', '429004'];
  return Array.from({ length: n }, (_, i) => {
    const day = 1 + (i % 28);
    const month = 1 + (Math.floor(i / 28) % 12);
    const date = `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return {
      id: `G-${String(i).padStart(5, '0')}`,
      name: `第${i + 1}场示例招聘会`,
      targetGroups: i % 3 ? ['高校毕业生'] : ['农村劳动力'],
      mode: (['offline', 'online', 'hybrid'] as const)[i % 3],
      organizers: { hosts: ['示例人社局'] },
      startTime: `${date}T09:00:00+08:00`,
      endTime: `${date}T12:00:00+08:00`,
      divisionCode: codes[i % codes.length],
      employers: [],
      status: 'upcoming',
    };
  });
}

/** Hubei divisions used by the fixtures. */
export function divisionItems(): Record<string, unknown>[] {
  return [
    { code: '420000', name: '湖北省', level: 'province' },
    { code: '420100', name: '武汉市', level: 'prefecture', parentCode: '420000' },
    { code: '420102', name: '江岸区', level: 'county', parentCode: '420100' },
    { code: '420106', name: '武昌区', level: 'county', parentCode: '420100' },
    { code: '420200', name: '黄石市', level: 'prefecture', parentCode: '420000' },
    { code: '420202', name: '黄石港区', level: 'county', parentCode: '420200' },
    { code: '420281', name: '大冶市', level: 'county', parentCode: '420200' },
    { code: '429000', name: '省直辖县级行政区划', level: 'group', parentCode: '420000' },
    { code: '429004', name: '仙桃市', level: 'county', parentCode: '429000' },
  ];
}

export interface FakeFeedOptions {
  fairs?: Record<string, unknown>[];
  sample?: boolean;
  /** HTTP status for the job-fairs feed (default 200). */
  status?: number;
  /** Hold the responses until `release()` is called. */
  hold?: boolean;
  /** Fail the divisions feed. */
  noDivisions?: boolean;
}

/** A client on a fake feed server (`fakeClient` of @hbrs/testing), plus a release switch for held responses and a request log. */
export function fakeClient(options: FakeFeedOptions = {}): {
  client: HbrsClient;
  release: () => void;
  requests: string[];
  setStatus: (s: number) => void;
} {
  let status = options.status ?? 200;
  const { client, fetch } = sharedFakeClient({
    feed: FEED,
    hold: options.hold,
    files: {
      'job-fairs.json': { meta: meta('招聘会（测试）', options.sample), items: options.fairs ?? baseFairs() },
      'divisions.json': { meta: meta('行政区划（测试）', options.sample), items: divisionItems() },
    },
    // The status applies to the job-fairs feed; `noDivisions` fails the divisions feed.
    status: (url) =>
      url.endsWith('/job-fairs.json')
        ? status
        : url.endsWith('/divisions.json') && options.noDivisions
          ? 500
          : 200,
  });
  return { client, release: () => fetch.release(), requests: fetch.requests, setStatus: (s) => (status = s) };
}
