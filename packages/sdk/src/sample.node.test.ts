/**
 * The built-in sample data through all three sources: the default sample source, and the same feeds served by the
 * local test server as feed files and as the REST API (real HTTP). Also checks that every decoded sample record
 * matches the OpenAPI item schema (feed item schemas = API item schemas).
 */
import { expect } from 'chai';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Validator } from '@seriousme/openapi-schema-validator';
import { loadFeed } from '@hbrs/sample-data';
import { createApp } from '../test-server/app.js';
import { startServer, type RunningServer } from '../test-server/server.js';
import { createClient, FEED_KINDS, haversineKm, parseFeed, type Diagnostic, type FeedKind } from './index.js';

const SPEC_PATH = fileURLToPath(new URL('../../../docs/api/openapi.yaml', import.meta.url));
const WUHAN = { lat: 30.5928, lng: 114.3055 };
const requireFromValidator = createRequire(import.meta.resolve('@seriousme/openapi-schema-validator'));
type AjvLike = { compile(s: unknown): ((d: unknown) => boolean) & { errors?: unknown } };
const Ajv2020 = (requireFromValidator('ajv/dist/2020') as { default: new (o: object) => AjvLike }).default;
const addFormats = (requireFromValidator('ajv-formats') as { default: (a: AjvLike) => void }).default;

describe('sample data through every source', () => {
  let server: RunningServer;
  const feeds = {} as Record<FeedKind, unknown>;
  before(async () => {
    for (const kind of FEED_KINDS) feeds[kind] = await loadFeed(kind);
    server = await startServer(createApp(feeds));
  });
  after(() => server.close());

  for (const which of ['sample', 'feed', 'api'] as const) {
    it(`${which}: nearest() gives ten sorted points with distances; sample flag set; nothing dropped`, async () => {
      const diags: Diagnostic[] = [];
      const onDiagnostic = (d: Diagnostic) => diags.push(d);
      const c =
        which === 'sample'
          ? createClient({ onDiagnostic })
          : which === 'feed'
            ? createClient({ feed: `${server.url}/feeds/`, onDiagnostic })
            : createClient({ api: `${server.url}/v1`, onDiagnostic });
      const near = await c.servicePoints.nearest(WUHAN, { limit: 10 });
      expect(near).to.have.length(10);
      for (let i = 1; i < near.length; i++)
        expect(near[i]!.distanceKm).to.be.at.least(near[i - 1]!.distanceKm);
      for (const p of near) expect(p.distanceKm).to.be.closeTo(haversineKm(WUHAN, p.location), 1e-9);
      const meta = await c.meta('service-points');
      expect(meta.sample).to.equal(true);
      expect(meta.count).to.be.at.least(4000);
      await c.preload();
      expect(diags).to.deep.equal([]);
      // The same ten everywhere.
      const ref = await createClient().servicePoints.nearest(WUHAN, { limit: 10 });
      expect(near.map((p) => p.id)).to.deep.equal(ref.map((p) => p.id));
    });
  }

  it('every decoded sample record matches its OpenAPI item schema', async () => {
    const v = new Validator();
    await v.validate(SPEC_PATH);
    const spec = v.resolveRefs() as { components: { schemas: Record<string, unknown> } };
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const names = {
      'job-fairs': 'JobFair',
      postdoc: 'PostdocProgramme',
      'service-points': 'ServicePoint',
      divisions: 'Division',
    };
    for (const kind of FEED_KINDS) {
      const validate = ajv.compile(spec.components.schemas[names[kind]]);
      const { items } = parseFeed(kind, feeds[kind]);
      expect(items.length).to.be.above(0);
      for (const item of items) {
        const ok = validate(JSON.parse(JSON.stringify(item)));
        expect(ok, `${kind} ${JSON.stringify(validate.errors)?.slice(0, 600)}`).to.equal(true);
      }
    }
  });

  it('sample queries: keyword by pinyin and initials finds 武汉 records', async () => {
    const c = createClient();
    const count = async (keyword: string) => (await c.servicePoints.query({ keyword, pageSize: 1 })).total;
    const hanzi = await count('武汉');
    expect(hanzi).to.be.above(100);
    expect(await count('wuhan')).to.equal(hanzi);
    expect(await count('wu han')).to.equal(hanzi);
    expect(await count('WuHan')).to.equal(hanzi);
    expect(await count('wh')).to.be.at.least(hanzi);
    const fairs = async (keyword: string) => (await c.jobFairs.query({ keyword, pageSize: 1 })).total;
    expect(await fairs('春风')).to.be.above(0);
    expect(await fairs('chunfeng')).to.equal(await fairs('春风'));
    // The 春风行动 launch in 黄石 is on 2026-02-04 in the data's own year (a clock inside it keeps the dates).
    const inDataYear = createClient({ now: () => Date.parse('2026-01-20T10:00:00+08:00') });
    const huangshi = await inDataYear.jobFairs.query({
      division: '420200',
      from: '2026-02-04',
      to: '2026-02-04',
    });
    expect(huangshi.total).to.be.above(0);
  });
});
