// The last good copy (`persist`), in Node and Chromium, against the fault-injecting test app, with an injected
// store. The browser's own IndexedDB store is tested in `net/store.browser.test.ts`.
import { expect } from 'chai';
import { createApp, type TestApp } from '../../test-server/app.js';
import { createClient, isHbrsError, memoryStore, type ClientOptions, type PersistStore } from '../index.js';
import { fixtureFeeds } from '../test/fixtures.js';
import { rejection } from '../test/rejection.js';

const BASE = 'http://hbrs.test';
const JF = `job-fairs ${BASE}/feeds/job-fairs.json`;
/** Lets the copies be written (they are stored after the load, in a macrotask). */
const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 20));

/** A client on `app` (switchable), no retries, no in-memory HTTP cache: every load asks the network. */
function clientOn(
  app: { current: TestApp },
  persist: ClientOptions['persist'],
  mode: 'feed' | 'api' = 'feed',
  now = (): number => Date.parse('2026-12-02T08:00:00Z'),
) {
  return createClient({
    ...(mode === 'feed' ? { feed: `${BASE}/feeds/` } : { api: `${BASE}/v1` }),
    // The in-process app does not watch the signal: a timeout aborts the wait here, as a real fetch would.
    fetch: (u, i) =>
      new Promise((resolve, reject) => {
        i?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        app.current.fetch(u, i).then(resolve, reject);
      }),
    retries: 0,
    timeoutMs: 200,
    persist,
    http: { cacheTtlMs: 0, staleWhileRevalidateMs: 0, now },
  });
}

describe('persist: the last good copy', () => {
  for (const mode of ['feed', 'api'] as const) {
    it(`${mode}: network down → the stored copy, marked stale with its date`, async () => {
      const store = memoryStore();
      const app = { current: createApp(fixtureFeeds() as never) };
      const first = clientOn(app, store, mode);
      expect((await first.jobFairs.query()).total).to.equal(40);
      expect((await first.meta('job-fairs')).stale).to.equal(undefined);
      await settle();
      expect(store.entries.size).to.be.greaterThan(0);

      // Next visit: the feed host is down.
      app.current.faults.push({ path: /job-fairs/, type: 'drop' });
      const second = clientOn(app, store, mode, () => Date.parse('2026-12-03T09:00:00Z'));
      expect((await second.jobFairs.query()).total).to.equal(40);
      const meta = await second.meta('job-fairs');
      expect(meta.stale).to.equal(true);
      expect(meta.storedAt).to.equal('2026-12-02T08:00:00.000Z');
      expect(meta.count).to.equal(40);
    });
  }

  for (const [name, fault] of [
    ['HTTP 503', { type: 'status', status: 503 }],
    ['a timeout', { type: 'slow', delayMs: 1000 }],
  ] as const) {
    it(`${name} → the stored copy`, async () => {
      const store = memoryStore();
      const app = { current: createApp(fixtureFeeds() as never) };
      await clientOn(app, store).jobFairs.query();
      await settle();
      app.current.faults.push({ path: '/feeds/job-fairs.json', ...fault });
      const meta = await clientOn(app, store).meta('job-fairs');
      expect(meta.stale).to.equal(true);
    });
  }

  it('a 404 (feed removed) is not covered: the error shows and the copy is forgotten', async () => {
    const store = memoryStore();
    const app = { current: createApp(fixtureFeeds() as never) };
    await clientOn(app, store).jobFairs.query();
    await settle();
    expect(store.entries.has(JF)).to.equal(true);
    app.current.faults.push({ path: '/feeds/job-fairs.json', type: 'status', status: 404 });
    const e = await rejection(clientOn(app, store).jobFairs.query());
    expect(e.code).to.equal('not-found');
    await settle();
    expect(store.entries.has(JF)).to.equal(false);
  });

  it('a document that is not valid is not covered (the server answers): its error shows', async () => {
    const store = memoryStore();
    const app = { current: createApp(fixtureFeeds() as never) };
    await clientOn(app, store).jobFairs.query();
    await settle();
    app.current.faults.push({ path: '/feeds/job-fairs.json', type: 'malformed-json' });
    expect((await rejection(clientOn(app, store).jobFairs.query())).code).to.equal('invalid-data');
  });

  it('stale copy replaced after revalidation: the network back, fresh data, and the store updated', async () => {
    const store = memoryStore();
    const app = { current: createApp(fixtureFeeds({ jobFairs: 40 }) as never) };
    await clientOn(app, store).jobFairs.query();
    await settle();
    app.current.faults.push({ path: /job-fairs/, type: 'drop' });
    const c = clientOn(app, store);
    expect((await c.meta('job-fairs')).stale).to.equal(true);
    // The department publishes again and the host is back; the widget's retry refreshes the client.
    app.current = createApp(fixtureFeeds({ jobFairs: 12 }) as never);
    c.refresh();
    const meta = await c.meta('job-fairs');
    expect(meta.stale).to.equal(undefined);
    expect(meta.count).to.equal(12);
    await settle();
    app.current.faults.push({ path: /job-fairs/, type: 'drop' });
    expect((await clientOn(app, store).meta('job-fairs')).count).to.equal(12);
  });

  it('no copy yet: the network error as before', async () => {
    const app = { current: createApp(fixtureFeeds() as never) };
    app.current.faults.push({ path: /job-fairs/, type: 'drop' });
    const e = await rejection(clientOn(app, memoryStore()).jobFairs.query());
    expect(isHbrsError(e)).to.equal(true);
    expect(e.code).to.equal('network');
  });

  for (const [name, corrupt] of [
    ['not a stored copy', 'garbage'],
    ['a document that is not a feed', { body: '{"meta": ', storedAt: 1 }],
    ['a feed whose meta fails validation', { body: { meta: { sample: 'yes' }, items: [] }, storedAt: 1 }],
  ] as const) {
    it(`corrupted store (${name}) → the network error, and the entry is dropped`, async () => {
      const store = memoryStore();
      store.entries.set(JF, corrupt);
      const app = { current: createApp(fixtureFeeds() as never) };
      app.current.faults.push({ path: /job-fairs/, type: 'drop' });
      const e = await rejection(clientOn(app, store).jobFairs.query());
      expect(e.code).to.equal('network');
      await settle();
      if (typeof corrupt === 'object') expect(store.entries.has(JF)).to.equal(false);
    });
  }

  it('a stored copy with invalid records: the valid ones load, the rest are reported', async () => {
    const store = memoryStore();
    const feeds = fixtureFeeds();
    const items = [...feeds['job-fairs'].items];
    items[1] = { id: 'BROKEN', name: 1 } as never;
    store.entries.set(JF, { body: { ...feeds['job-fairs'], items }, storedAt: 5 });
    const app = { current: createApp(feeds as never) };
    app.current.faults.push({ path: /job-fairs/, type: 'drop' });
    const meta = await clientOn(app, store).meta('job-fairs');
    expect(meta.stale).to.equal(true);
    expect([meta.count, meta.dropped]).to.deep.equal([39, 1]);
  });

  const failing = (what: Partial<Record<keyof PersistStore, boolean>>): PersistStore & { puts: number } => {
    const inner = memoryStore();
    const quota = (): Error => Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const s = {
      puts: 0,
      get: (k: string) => (what.get ? Promise.reject(quota()) : inner.get(k)),
      put: (k: string, v: never) => {
        s.puts += 1;
        if (what.put) throw quota(); // synchronously, as a careless store might
        return inner.put(k, v);
      },
      delete: (k: string) => (what.delete ? Promise.reject(quota()) : inner.delete(k)),
    };
    return s;
  };

  it('quota exceeded on write: loads work, silently, network only', async () => {
    const store = failing({ put: true });
    const app = { current: createApp(fixtureFeeds() as never) };
    expect((await clientOn(app, store).jobFairs.query()).total).to.equal(40);
    await settle();
    expect(store.puts).to.be.greaterThan(0);
    app.current.faults.push({ path: /job-fairs/, type: 'drop' });
    expect((await rejection(clientOn(app, store).jobFairs.query())).code).to.equal('network');
  });

  it('a store that throws on read and delete: the network error, nothing else', async () => {
    const app = { current: createApp(fixtureFeeds() as never) };
    app.current.faults.push({ path: /job-fairs/, type: 'drop' });
    const e = await rejection(clientOn(app, failing({ get: true, delete: true })).jobFairs.query());
    expect(e.code).to.equal('network');
  });

  it('persist: true where there is no IndexedDB (Node) or it fails to open: network only', async () => {
    const app = { current: createApp(fixtureFeeds() as never) };
    const c = clientOn(app, true);
    expect((await c.jobFairs.query()).total).to.equal(40);
    await settle();
    app.current.faults.push({ path: /job-fairs/, type: 'drop' });
    c.refresh();
    // Node has no IndexedDB; in Chromium the copy is there (see store.browser.test.ts for private mode).
    const outcome = await c.meta('job-fairs').then(
      (m) => (m.stale ? 'stale' : 'fresh'),
      (e: { code?: string }) => e.code,
    );
    expect(outcome).to.equal('indexedDB' in globalThis ? 'stale' : 'network');
  });

  it('off by default: nothing is stored, nothing is served', async () => {
    const app = { current: createApp(fixtureFeeds() as never) };
    const c = clientOn(app, undefined);
    await c.jobFairs.query();
    app.current.faults.push({ path: /job-fairs/, type: 'drop' });
    c.refresh();
    expect((await rejection(c.jobFairs.query())).code).to.equal('network');
  });

  it('get() on the API: a record opened before is served from its copy when the network fails', async () => {
    const store = memoryStore();
    const app = { current: createApp(fixtureFeeds() as never) };
    expect((await clientOn(app, store, 'api').jobFairs.get('JF-00003')).id).to.equal('JF-00003');
    await settle();
    app.current.faults.push({ path: /job-fairs/, type: 'drop' });
    const c = clientOn(app, store, 'api');
    expect((await c.jobFairs.get('JF-00003')).id).to.equal('JF-00003');
    expect((await rejection(c.jobFairs.get('JF-00004'))).code).to.equal('network');
  });

  it('an abort by the caller is not covered by a copy', async () => {
    const store = memoryStore();
    const app = { current: createApp(fixtureFeeds() as never) };
    await clientOn(app, store, 'api').jobFairs.get('JF-00003');
    await settle();
    app.current.faults.push({ path: /job-fairs/, type: 'slow', delayMs: 150 });
    const ac = new AbortController();
    const p = clientOn(app, store, 'api').jobFairs.get('JF-00003', { signal: ac.signal });
    ac.abort(new Error('left'));
    expect((await rejection(p)).message).to.equal('left');
  });
});
