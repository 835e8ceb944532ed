import { expect } from 'chai';
import { parseFeed, type JobFair, type PostdocProgramme } from '../model/index.js';
import { jobFairItems, postdocItems, rng } from '../test/fixtures.js';
import { JobFairIndex, type JobFairQuery, type JobFairSort } from './job-fairs.js';
import { PostdocIndex, type PostdocQuery, type PostdocSort } from './postdoc.js';

// The indexes sort their records once per order and keep that order while filtering. These tests check that
// every query still gives exactly what a fresh, stable sort of its matching records gives, ties in load order.

const META = { generatedAt: '2026-01-01T00:00:00+08:00', sample: true, source: 'test', license: 'CC0-1.0' };
const zh = new Intl.Collator('zh-CN').compare;

/** Shuffles in place (seeded), so load order differs from id order and ties are broken by something real. */
function shuffle<T>(list: T[], seed: number): T[] {
  const r = rng(seed);
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

/** A stable sort of `matching` (given in load order) by `cmp`, reversed for `desc`. */
function freshSort<T>(matching: readonly T[], cmp: (a: T, b: T) => number, desc = false): T[] {
  return [...matching].sort(desc ? (a, b) => cmp(b, a) : cmp);
}

const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

describe('queries: sort orders', () => {
  describe('JobFairIndex', () => {
    const r = rng(5);
    const items = shuffle(jobFairItems(600, 13), 21).map((f, i) => {
      // Varied position counts (with ties), and some names and start times shared by several fairs.
      const out = { ...f, stats: { positionCount: Math.floor(r() * 6) } } as Record<string, unknown>;
      if (i % 7 === 0) out['name'] = '2026年武汉市春风行动招聘会';
      return out;
    });
    const fairs = parseFeed('job-fairs', { meta: META, items }).items;
    const index = new JobFairIndex(fairs);
    const start = (f: JobFair) => Date.parse(f.startTime);
    const positions = (f: JobFair) => f.stats?.positionCount ?? 0;
    const orders: Record<string, (a: JobFair, b: JobFair) => number> = {
      startTime: (a, b) => start(a) - start(b) || zh(a.name, b.name),
      name: (a, b) => zh(a.name, b.name),
      positions: (a, b) => positions(a) - positions(b) || start(a) - start(b),
    };
    const queries: JobFairQuery[] = [
      {},
      { division: '420100' },
      { mode: ['online', 'hybrid'], from: '2026-03-01', to: '2026-08-31' },
      { keyword: '武汉' },
      { campaign: 'chunfeng', fairType: '综合' },
    ];
    const sorts: Array<JobFairSort | undefined> = [
      undefined,
      'startTime',
      '-startTime',
      'name',
      '-name',
      'positions',
      '-positions',
    ];

    it('has ties to break (the test data is not trivially ordered)', () => {
      expect(fairs).to.have.length(600);
      expect(new Set(fairs.map((f) => f.name)).size).to.be.below(300);
      expect(new Set(fairs.map(positions)).size).to.be.at.most(6);
    });

    it('gives, for every sort key (ascending and descending), a fresh stable sort of the matching fairs', () => {
      // Twice round, so the second pass reads every order from the cache.
      for (let pass = 0; pass < 2; pass++)
        for (const q of queries)
          for (const sort of sorts) {
            const got = index.filter({ ...q, sort });
            expect(got.length, `${JSON.stringify(q)} matches nothing`).to.be.above(1);
            const matching = new Set(ids(got));
            const inLoadOrder = fairs.filter((f) => matching.has(f.id));
            const key = (sort ?? 'startTime').replace(/^-/, '');
            const want = freshSort(inLoadOrder, orders[key]!, sort?.startsWith('-'));
            expect(ids(got), `${JSON.stringify(q)} sort ${sort}`).to.deep.equal(ids(want));
            expect(got.length, `${JSON.stringify(q)} sort ${sort}`).to.equal(index.filter(q).length);
          }
      expect(index.filter({}).length).to.equal(600);
    });

    it('pages cut the sorted order, and a caller changing a result does not change the next one', () => {
      const all = index.filter({ sort: '-positions' });
      all.reverse();
      const again = index.filter({ sort: '-positions' });
      expect(ids(again)).to.deep.equal(ids([...all].reverse()));
      const p3 = index.query({ sort: '-positions', page: 3, pageSize: 25 });
      expect(ids(p3.items)).to.deep.equal(ids(again.slice(50, 75)));
    });
  });

  describe('PostdocIndex', () => {
    const r = rng(8);
    const items = shuffle(postdocItems(300, 17), 23).map((p) => ({
      ...p,
      approvalYear: 1990 + Math.floor(r() * 30),
    }));
    const programmes = parseFeed('postdoc', { meta: META, items }).items;
    const index = new PostdocIndex(programmes);
    const disciplines = (p: PostdocProgramme) => {
      const codes = new Set<string>();
      if (p.discipline) codes.add(p.discipline.code);
      for (const o of p.openings)
        for (const d of o.directions) if (d.disciplineCode) codes.add(d.disciplineCode);
      return [...codes];
    };
    const deadline = (p: PostdocProgramme) => {
      let last = -Infinity;
      for (const o of p.openings) {
        const end = o.rolling
          ? Infinity
          : o.deadline
            ? Date.parse(`${o.deadline}T23:59:59.999+08:00`)
            : -Infinity;
        if (end > last) last = end;
      }
      // Open-ended last but one, none at all last.
      return Number.isFinite(last) ? last : last > 0 ? Number.MAX_SAFE_INTEGER - 1 : Number.MAX_SAFE_INTEGER;
    };
    const byHost = (a: PostdocProgramme, b: PostdocProgramme) =>
      zh(a.host.name, b.host.name) || (a.discipline?.code ?? '').localeCompare(b.discipline?.code ?? '');
    const orders: Record<PostdocSort, (a: PostdocProgramme, b: PostdocProgramme) => number> = {
      host: byHost,
      discipline: (a, b) =>
        (disciplines(a)[0] ?? '~').localeCompare(disciplines(b)[0] ?? '~') || byHost(a, b),
      '-approvalYear': (a, b) => (b.approvalYear ?? 0) - (a.approvalYear ?? 0) || byHost(a, b),
      '-openings': (a, b) => b.openings.length - a.openings.length || byHost(a, b),
      deadline: (a, b) => deadline(a) - deadline(b) || byHost(a, b),
    };
    const queries: PostdocQuery[] = [
      {},
      { discipline: '08' },
      { stationType: 'flow_station', hasOpenings: true },
      { keyword: 'whdx' },
      { host: '华中', openOn: '2026-03-01' },
    ];

    it('gives, for every sort key, a fresh stable sort of the matching programmes', () => {
      for (let pass = 0; pass < 2; pass++)
        for (const q of queries)
          for (const sort of [undefined, ...(Object.keys(orders) as PostdocSort[])]) {
            const got = index.filter({ ...q, sort });
            expect(got.length, `${JSON.stringify(q)} matches nothing`).to.be.above(1);
            const matching = new Set(ids(got));
            const inLoadOrder = programmes.filter((p) => matching.has(p.id));
            const want = freshSort(inLoadOrder, orders[sort ?? 'host']);
            expect(ids(got), `${JSON.stringify(q)} sort ${sort}`).to.deep.equal(ids(want));
            expect(got.length, `${JSON.stringify(q)} sort ${sort}`).to.equal(index.filter(q).length);
          }
      expect(index.filter({}).length).to.equal(300);
    });

    it('orders by host for a sort it does not know', () => {
      expect(ids(index.filter({ sort: 'nonsense' as PostdocSort }))).to.deep.equal(ids(index.filter({})));
      expect(ids(index.filter({ sort: 'toString' as PostdocSort }))).to.deep.equal(ids(index.filter({})));
    });
  });
});
