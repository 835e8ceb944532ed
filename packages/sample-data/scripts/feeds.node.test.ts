// Node-only tests of the sample-data generator and its committed output (run: pnpm --filter @hbrs/sample-data test:node).
import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
// @ts-expect-error plain JS module without type declarations
import { buildFeeds, SERVICE_POINTS_GZIP_BUDGET } from './generate.mjs';
// @ts-expect-error plain JS module without type declarations
import { loadReference } from './reference.mjs';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const root = fileURLToPath(new URL('../', import.meta.url));
const KINDS = ['job-fairs', 'postdoc', 'service-points', 'divisions'] as const;
const read = (kind: string): string => readFileSync(`${root}feed/${kind}.json`, 'utf8');
const feed = (kind: string): Json => JSON.parse(read(kind));
const ref = loadReference();
const countyCodes: string[] = ref.counties.map((c: { code: string }) => c.code);

describe('sample-data generator', () => {
  it('is deterministic: two runs give byte-identical files, equal to the committed ones', () => {
    const a = buildFeeds() as Record<string, string>;
    const b = buildFeeds() as Record<string, string>;
    for (const kind of KINDS) {
      expect(a[`${kind}.json`]).to.equal(b[`${kind}.json`]);
      expect(
        a[`${kind}.json`] === read(kind),
        `feed/${kind}.json is stale: run pnpm --filter @hbrs/sample-data generate`,
      ).to.equal(true);
    }
  });
});

describe('sample feeds: envelope and labelling', () => {
  for (const kind of KINDS) {
    it(`${kind}: meta says sample, synthetic, with attribution and licence`, () => {
      const { meta } = feed(kind);
      expect(meta.sample).to.equal(true);
      expect(meta.generatedAt).to.match(/^2026-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
      expect(meta.source).to.contain('SYNTHETIC SAMPLE DATA');
      expect(meta.source).to.contain('Vonng/adcode (CC BY 4.0), AMap-origin data, converted GCJ-02 → WGS84');
      expect(meta.license).to.match(/CC BY 4\.0/);
    });
    it(`${kind}: only placeholder URLs and no reachable-looking phone numbers`, () => {
      const text = read(kind);
      const urls = text.match(/https?:\/\/[^"\s]+/g) ?? [];
      for (const u of urls)
        expect(u).to.match(/^https:\/\/(example\.invalid\/|creativecommons\.org\/licenses\/by\/4\.0\/)/);
      const phones = text.match(/"phone":"[^"]*"/g) ?? [];
      for (const p of phones) expect(p).to.match(/^"phone":"0\d{2,3}-0000\d{4}"$/);
    });
  }
});

describe('service-points feed', () => {
  const doc = feed('service-points');
  const cols = doc.items as Record<string, unknown[]>;
  const n = cols['divisionCode']!.length;

  it('has at least 4,000 points, in the compact column layout', () => {
    expect(doc.encoding.format).to.equal('hbrs-compact/1');
    expect(doc.encoding.layout).to.equal('columns');
    expect(n).to.be.at.least(4000);
    for (const f of doc.encoding.fields) expect(cols[f], f).to.have.length(n);
  });

  it('covers all 103 county-level divisions, weighted by population', () => {
    expect(countyCodes).to.have.length(103);
    const per = new Map<string, number>();
    for (const c of cols['divisionCode'] as string[]) per.set(c, (per.get(c) ?? 0) + 1);
    expect([...per.keys()].sort()).to.deep.equal([...countyCodes].sort());
    const inCity = (prefix: string) =>
      [...per].filter(([c]) => c.startsWith(prefix)).reduce((s, [, k]) => s + k, 0);
    const wuhanShare = inCity('4201') / n;
    expect(wuhanShare).to.be.within(0.18, 0.24); // Wuhan ≈ 21.3% of the 2020 census population
    expect(per.get('429021')).to.be.within(4, 12); // 神农架林区: 66,570 people
  });

  it('uses real township codes of the right county', () => {
    const townships = new Set(ref.townships.map((t: { code: string }) => t.code));
    const div = cols['divisionCode'] as string[];
    (cols['townshipCode'] as (number | null)[]).forEach((t, i) => {
      if (t === null) return;
      expect(townships.has(div[i] + String(t).padStart(3, '0'))).to.equal(true);
    });
  });

  it(`is within the gzip budget (${SERVICE_POINTS_GZIP_BUDGET} bytes at level 9)`, () => {
    const text = read('service-points');
    const gz = gzipSync(text, { level: 9 }).length;
    console.log(`      service-points.json: ${Buffer.byteLength(text)} bytes raw, ${gz} bytes gzip -9`);
    expect(gz).to.be.at.most(SERVICE_POINTS_GZIP_BUDGET);
  });
});

describe('job-fairs feed', () => {
  const { items } = feed('job-fairs');
  it('has at least 300 fairs across 2026, each with employers and positions', () => {
    expect(items.length).to.be.at.least(300);
    const months = new Set<string>();
    for (const f of items) {
      expect(f.startTime.slice(0, 4)).to.equal('2026');
      months.add(f.startTime.slice(5, 7));
      expect(f.name).to.contain('（示例）');
      expect(f.employers.length).to.be.at.least(1);
      for (const e of f.employers) {
        expect(e.name).to.contain('（示例）');
        expect(e.positions.length).to.be.at.least(1);
      }
    }
    expect(months.size).to.equal(12);
  });
  it('follows the campaign calendar', () => {
    const byCampaign = (code: string) => items.filter((f: Json) => f.campaign?.code === code);
    const months = (code: string) =>
      new Set(byCampaign(code).map((f: Json) => Number(f.startTime.slice(5, 7))));
    expect([...months('chunfeng')].every((m) => m >= 1 && m <= 3)).to.equal(true);
    expect([...months('jinqiu')]).to.deep.equal([10]);
    expect([...months('baitian_qianwan')].every((m) => m >= 5 && m <= 8)).to.equal(true);
    expect(byCampaign('chunfeng').length).to.be.at.least(80);
  });
  it('includes the 春风行动 launch in 黄石 on 2026-02-04 with 央国企、上市公司、国家级开发区 zones', () => {
    const launch = items.filter(
      (f: Json) =>
        f.startTime.startsWith('2026-02-04') &&
        f.divisionCode.startsWith('4202') &&
        f.campaign.code === 'chunfeng',
    );
    expect(launch).to.have.length.at.least(1);
    const zoneNames = launch[0].zones.map((z: Json) => z.name);
    expect(zoneNames).to.include.members(['央国企招聘区', '上市公司招聘区', '国家级开发区招聘区']);
    for (const code of ['A', 'B', 'C'])
      expect(launch[0].employers.some((e: Json) => e.zoneCode === code)).to.equal(true);
  });
});

describe('postdoc feed', () => {
  const { items } = feed('postdoc');
  const catalogue = new Set(ref.disciplines.map((d: { code: string }) => d.code));
  it('has at least 400 programmes of all station types, with openings', () => {
    expect(items.length).to.be.at.least(400);
    const types = new Set(items.map((p: Json) => p.stationType));
    expect([...types].sort()).to.deep.equal([
      'flow_station',
      'innovation_base',
      'work_station',
      'work_substation',
    ]);
    expect(items.filter((p: Json) => p.openings.length > 0).length).to.be.at.least(250);
  });
  it('flow stations sit at real universities/institutes with 一级学科 codes of the 2022 catalogue (or 2011 legacy)', () => {
    const flows = items.filter((p: Json) => p.stationType === 'flow_station');
    expect(flows.length).to.be.at.least(200);
    for (const p of flows) {
      expect(p.host.name).to.not.contain('（示例）');
      if (p.discipline.catalogueVersion === '2022')
        expect(catalogue.has(p.discipline.code), p.discipline.code).to.equal(true);
      else expect(p.discipline.code).to.equal('1205');
    }
  });
  it('enterprise workstations cover the key fields and are marked fictional', () => {
    const ws = items.filter((p: Json) => p.stationType === 'work_station');
    const fields = new Set(ws.flatMap((p: Json) => p.industryFields));
    expect([...fields]).to.include.members(['光电子信息', '新能源新材料', '北斗', '生物医药', '数字经济']);
    for (const p of ws) expect(p.host.name).to.contain('（示例）');
  });
});

describe('divisions feed', () => {
  const { items } = feed('divisions');
  it('lists the 118 rows with 103 county-level units and seat coordinates', () => {
    expect(items).to.have.length(118);
    expect(items.filter((d: Json) => d.level === 'county')).to.have.length(103);
    expect(items.filter((d: Json) => d.seat).length).to.equal(117);
    const wuhan = items.find((d: Json) => d.code === '420100');
    expect(wuhan.pinyin).to.equal('wu han shi');
    expect(wuhan.initials).to.equal('whs');
  });
});

describe('loadFeed (from dist, after pnpm build)', () => {
  const dist = `${root}dist/index.js`;
  it('returns each raw feed document, equal to feed/<kind>.json', async () => {
    expect(existsSync(dist), 'dist/index.js missing: run pnpm --filter @hbrs/sample-data build').to.equal(
      true,
    );
    const mod = await import(dist);
    for (const kind of KINDS) expect(await mod.loadFeed(kind)).to.deep.equal(feed(kind));
    await mod.loadFeed('nope').then(
      () => expect.fail('should reject'),
      (e: Error) => expect(e).to.be.instanceOf(TypeError),
    );
    expect(mod.SAMPLE_NOTICE.zh).to.contain('示例数据');
    expect(mod.SAMPLE_NOTICE.en).to.contain('Sample data');
  });
});
