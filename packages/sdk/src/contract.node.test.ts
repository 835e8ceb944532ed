/**
 * Contract tests over real HTTP: the SDK runs against the local test server (node:http) through the real global
 * `fetch`. Checks the OpenAPI document, exercises every path in it (checked programmatically), validates every
 * response against the document's schemas, and goes through every injected fault.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Validator } from '@seriousme/openapi-schema-validator';
import { parse as parseYaml } from 'yaml';
import { createApp, type TestApp } from '../test-server/app.js';
import { startServer, type RunningServer } from '../test-server/server.js';
import {
  createClient,
  FEED_KINDS,
  haversineKm,
  parseFeed,
  type Diagnostic,
  type HbrsError,
} from './index.js';
import * as vocab from './model/vocab.js';
import { fixtureFeeds } from './test/fixtures.js';

const SPEC_PATH = fileURLToPath(new URL('../../../docs/api/openapi.yaml', import.meta.url));
const WUHAN = { lat: 30.5928, lng: 114.3055 };

// ajv is a dependency of the OpenAPI validator; load it from there (test-only) to check responses against the spec.
const requireFromValidator = createRequire(import.meta.resolve('@seriousme/openapi-schema-validator'));
type AjvLike = { compile(s: unknown): ((d: unknown) => boolean) & { errors?: unknown } };
const Ajv2020 = (requireFromValidator('ajv/dist/2020') as { default: new (o: object) => AjvLike }).default;
const addFormats = (requireFromValidator('ajv-formats') as { default: (a: AjvLike) => void }).default;

interface Spec {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>
  >;
  components: { schemas: Record<string, unknown> };
}

async function rejection(p: Promise<unknown>): Promise<HbrsError> {
  try {
    await p;
  } catch (e) {
    return e as HbrsError;
  }
  throw new Error('expected a rejection');
}

/** Fails when `p` takes longer than `ms`: "never a hang". */
function within<T>(ms: number, p: Promise<T>): Promise<T> {
  let t: ReturnType<typeof setTimeout>;
  return Promise.race([
    p.finally(() => clearTimeout(t)),
    new Promise<T>((_, reject) => {
      t = setTimeout(() => reject(new Error(`hung for more than ${ms} ms`)), ms);
    }),
  ]);
}

describe('contract: OpenAPI document', () => {
  it('validates as OpenAPI 3.1', async () => {
    const v = new Validator();
    const res = await v.validate(SPEC_PATH);
    expect(res.errors ?? []).to.deep.equal([]);
    expect(res.valid).to.equal(true);
    expect(v.version).to.equal('3.1');
  });

  it('its enums are the SDK vocabularies', () => {
    const spec = parseYaml(readFileSync(SPEC_PATH, 'utf8')) as Spec;
    const s = spec.components.schemas as Record<string, { enum?: string[] }>;
    expect(s['BankCode']!.enum).to.deep.equal([...vocab.BANK_CODES]);
    expect(s['ServiceCode']!.enum).to.deep.equal([...vocab.SERVICE_CODES]);
    expect(s['CampaignCode']!.enum).to.deep.equal([...vocab.CAMPAIGN_CODES]);
    expect(s['StationType']!.enum).to.deep.equal([...vocab.STATION_TYPES]);
    expect(s['FairMode']!.enum).to.deep.equal([...vocab.FAIR_MODES]);
  });
});

describe('contract: local server over real HTTP', () => {
  let app: TestApp;
  let server: RunningServer;
  let spec: Spec;
  let ajv: AjvLike;
  const unhandled: unknown[] = [];
  const onUnhandled = (e: unknown): void => {
    unhandled.push(e);
  };
  const feeds = fixtureFeeds({ servicePoints: 1200, jobFairs: 120, postdoc: 60 });

  before(async () => {
    process.on('unhandledRejection', onUnhandled);
    app = createApp(feeds as never);
    server = await startServer(app);
    const v = new Validator();
    await v.validate(SPEC_PATH);
    spec = v.resolveRefs() as unknown as Spec;
    ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
  });
  after(async () => {
    await server.close();
    process.off('unhandledRejection', onUnhandled);
  });
  beforeEach(() => {
    app.faults.length = 0;
  });

  const schemaFor = (path: string, status: string): unknown => {
    const res = spec.paths[path]!['get']!.responses[status]!;
    const content = res.content ?? {};
    const media = content['application/json'] ?? content['application/problem+json'];
    return media?.schema;
  };
  const check = (schema: unknown, body: unknown, what: string): void => {
    const validate = ajv.compile(schema);
    const ok = validate(body);
    expect(ok, `${what}: ${JSON.stringify(validate.errors)?.slice(0, 800)}`).to.equal(true);
  };

  it('every path of the OpenAPI document answers per its schemas (200, 404, 400, 304)', async () => {
    const paths = Object.keys(spec.paths);
    expect(paths.length).to.be.at.least(8);
    const sampleIds: Record<string, string> = {
      '/job-fairs/{id}': 'JF-00005',
      '/postdoc/programmes/{id}': 'PD-00005',
      '/service-points/{id}': 'SP-00005',
      '/divisions/{code}': '420102',
    };
    for (const path of paths) {
      const param = /\{(\w+)\}/.exec(path);
      if (param) {
        const id = sampleIds[path];
        expect(id, `no sample id for ${path}`).to.be.a('string');
        const url = `${server.url}/v1${path.replace(param[0], encodeURIComponent(id!))}`;
        const ok = await fetch(url);
        expect(ok.status, url).to.equal(200);
        const body: unknown = await ok.json();
        check(schemaFor(path, '200'), body, url);
        const etag = ok.headers.get('etag');
        expect(etag).to.be.a('string');
        const again = await fetch(url, { headers: { 'if-none-match': etag! } });
        expect(again.status).to.equal(304);
        const missingUrl = `${server.url}/v1${path.replace(param[0], path.includes('{code}') ? '429999' : 'NO-SUCH-ID')}`;
        const missing = await fetch(missingUrl);
        expect(missing.status).to.equal(404);
        expect(missing.headers.get('content-type')).to.contain('application/problem+json');
        check(schemaFor(path, '404'), await missing.json(), missingUrl);
      } else {
        const url = `${server.url}/v1${path}?page=2&pageSize=7`;
        const ok = await fetch(url);
        expect(ok.status, url).to.equal(200);
        const body = (await ok.json()) as {
          items: unknown[];
          page: number;
          pageSize: number;
          meta: { sample: boolean };
        };
        check(schemaFor(path, '200'), body, url);
        expect(body.page).to.equal(2);
        expect(body.items.length).to.equal(7);
        expect(body.meta.sample).to.equal(true);
        const bad = await fetch(`${server.url}/v1${path}?pageSize=501`);
        expect(bad.status).to.equal(400);
        check(schemaFor(path, '400'), await bad.json(), `${path}?pageSize=501`);
      }
    }
    // Programmatic coverage: every documented path was requested with a 200 answer.
    const served = new Set(app.log.filter((l) => l.status === 200).map((l) => l.route));
    const missingPaths = paths.filter((p) => !served.has(p));
    expect(missingPaths, 'paths never exercised').to.deep.equal([]);
  });

  it('filters on collection endpoints narrow the results', async () => {
    const all = (await (await fetch(`${server.url}/v1/service-points?pageSize=500`)).json()) as {
      total: number;
    };
    const wuhan = (await (
      await fetch(`${server.url}/v1/service-points?division=420100&pageSize=5`)
    ).json()) as {
      total: number;
      items: { divisionCode: string }[];
    };
    expect(wuhan.total).to.be.above(0).and.below(all.total);
    expect(wuhan.items.every((p) => p.divisionCode.startsWith('4201'))).to.equal(true);
    const kw = (await (await fetch(`${server.url}/v1/postdoc/programmes?keyword=whdx`)).json()) as {
      items: { host: { name: string } }[];
    };
    expect(kw.items.length).to.be.above(0);
    expect(kw.items.every((p) => p.host.name === '武汉大学')).to.equal(true);
  });

  it('feed items validate against the same item schemas as the API', async () => {
    const itemSchema = {
      'job-fairs': 'JobFair',
      postdoc: 'PostdocProgramme',
      'service-points': 'ServicePoint',
      divisions: 'Division',
    } as const;
    for (const kind of FEED_KINDS) {
      const url = `${server.url}/feeds/${kind}.json`;
      const res = await fetch(url);
      expect(res.status).to.equal(200);
      const doc = (await res.json()) as { meta: unknown; items: unknown[] };
      check(spec.components.schemas['FeedMeta'], doc.meta, `${url} meta`);
      const validate = ajv.compile(spec.components.schemas[itemSchema[kind]]);
      const items = parseFeed(kind, doc).items;
      expect(items.length).to.equal(doc.items.length);
      for (const raw of doc.items)
        expect(validate(raw), `${kind}: ${JSON.stringify(validate.errors)}`).to.equal(true);
    }
  });

  for (const mode of ['feed', 'api'] as const) {
    describe(`${mode} source through real fetch`, () => {
      const client = (extra: Parameters<typeof createClient>[0] = {}) =>
        createClient({
          ...(mode === 'feed' ? { feed: `${server.url}/feeds/` } : { api: `${server.url}/v1` }),
          http: { retryBaseMs: 20, retryMaxDelayMs: 2000 },
          ...extra,
        });
      const spPath = mode === 'feed' ? '/feeds/service-points.json' : '/v1/service-points';

      it('nearest() returns ten sorted points with distances', async () => {
        const near = await within(5000, client().servicePoints.nearest(WUHAN, { limit: 10 }));
        expect(near).to.have.length(10);
        for (let i = 1; i < 10; i++) expect(near[i]!.distanceKm).to.be.at.least(near[i - 1]!.distanceKm);
        for (const p of near) expect(p.distanceKm).to.be.closeTo(haversineKm(WUHAN, p.location), 1e-9);
      });

      it('fault: slow response past the timeout → timeout error, no hang', async () => {
        app.faults.push({ path: spPath, type: 'slow', delayMs: 3000 });
        const t0 = Date.now();
        const e = await within(2500, rejection(client({ timeoutMs: 300 }).servicePoints.nearest(WUHAN)));
        expect(e.code).to.equal('timeout');
        expect(e.message).to.contain(spPath);
        expect(Date.now() - t0).to.be.below(2000);
      });

      it('fault: 500 once → retried, succeeds', async () => {
        app.faults.push({ path: spPath, type: 'status', status: 500, times: 1 });
        const before = app.log.length;
        const near = await within(5000, client().servicePoints.nearest(WUHAN));
        expect(near).to.have.length(10);
        const hits = app.log.slice(before).filter((l) => l.path === spPath);
        expect(hits[0]!.status).to.equal(500);
        expect(hits[1]!.status).to.equal(200);
      });

      it('fault: 500 every time → http error after all attempts', async () => {
        app.faults.push({ path: spPath, type: 'status', status: 500 });
        const before = app.log.length;
        const e = await within(5000, rejection(client({ retries: 2 }).servicePoints.nearest(WUHAN)));
        expect(e.code).to.equal('http');
        expect(e.status).to.equal(500);
        expect(e.message).to.contain('HTTP 500').and.contain(spPath);
        expect(app.log.slice(before).filter((l) => l.path === spPath)).to.have.length(3);
      });

      it('fault: 429 with Retry-After (seconds) → waits, then succeeds', async () => {
        app.faults.push({ path: spPath, type: 'status', status: 429, retryAfter: '1', times: 1 });
        const t0 = Date.now();
        const near = await within(5000, client().servicePoints.nearest(WUHAN));
        expect(near).to.have.length(10);
        expect(Date.now() - t0).to.be.at.least(900);
      });

      it('fault: 429 with Retry-After (HTTP date) → waits, then succeeds', async () => {
        const at = new Date(Date.now() + 1500).toUTCString();
        app.faults.push({ path: spPath, type: 'status', status: 429, retryAfter: at, times: 1 });
        const t0 = Date.now();
        const near = await within(5000, client().servicePoints.nearest(WUHAN));
        expect(near).to.have.length(10);
        expect(Date.now() - t0).to.be.at.least(400);
      });

      it('fault: malformed JSON → invalid-data error', async () => {
        app.faults.push({ path: spPath, type: 'malformed-json' });
        const e = await within(5000, rejection(client().servicePoints.nearest(WUHAN)));
        expect(e.code).to.equal('invalid-data');
        expect(e.message).to.contain(spPath);
      });

      it('fault: records violating the schema → dropped and reported, the rest load', async () => {
        app.faults.push({ path: spPath, type: 'invalid-records', times: 1 });
        const diags: Diagnostic[] = [];
        const c = client({ onDiagnostic: (d) => diags.push(d) });
        const page = await within(5000, c.servicePoints.query({ pageSize: 1 }));
        expect(diags).to.have.length(3);
        expect(diags.every((d) => d.kind === 'service-points')).to.equal(true);
        expect(page.total).to.equal(1200 - 3);
        expect(await c.servicePoints.nearest(WUHAN)).to.have.length(10);
      });

      it('fault: dropped connection once → retried, succeeds', async () => {
        app.faults.push({ path: spPath, type: 'drop', times: 1 });
        expect(await within(5000, client().servicePoints.nearest(WUHAN))).to.have.length(10);
      });

      it('fault: connection dropped mid-body once → retried, succeeds', async () => {
        app.faults.push({ path: spPath, type: 'drop-mid-body', times: 1 });
        expect(await within(5000, client().servicePoints.nearest(WUHAN))).to.have.length(10);
      });

      it('fault: connection always dropped → network error', async () => {
        app.faults.push({ path: spPath, type: 'drop' });
        const e = await within(5000, rejection(client({ retries: 1 }).servicePoints.nearest(WUHAN)));
        expect(e.code).to.equal('network');
        expect(e.message).to.contain(spPath);
      });

      it('ETag: after the TTL a reload revalidates with If-None-Match; the 304 reuses the cached body', async () => {
        let t = 0;
        const c = client({ http: { now: () => t, cacheTtlMs: 1000, staleWhileRevalidateMs: 0 } });
        const divPath = mode === 'feed' ? '/feeds/divisions.json' : '/v1/divisions';
        const a = await c.divisions.list();
        t = 5000;
        c.refresh(); // soft: forget the index, keep the HTTP cache
        const before = app.log.length;
        const b = await c.divisions.list();
        expect(b).to.deep.equal(a);
        const hits = app.log.slice(before).filter((l) => l.path === divPath);
        expect(hits.map((h) => h.status)).to.deep.equal([304]);
        c.refresh({ hard: true });
        const before2 = app.log.length;
        await c.divisions.list();
        expect(
          app.log
            .slice(before2)
            .filter((l) => l.path === divPath)
            .map((h) => h.status),
        ).to.deep.equal([200]);
      });

      it('get() of an unknown id → not-found', async () => {
        const e = await within(5000, rejection(client().servicePoints.get('NO-SUCH-ID')));
        expect(e.code).to.equal('not-found');
      });
    });
  }

  it('no unhandled rejections happened', async () => {
    await new Promise((r) => setTimeout(r, 50));
    expect(unhandled).to.deep.equal([]);
  });
});
