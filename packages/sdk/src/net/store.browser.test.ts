// The IndexedDB store of the last good copy, in Chromium's real IndexedDB (browser only).
import { expect } from 'chai';
import { createApp } from '../../test-server/app.js';
import { createClient, type PersistStore } from '../index.js';
import { indexedDbStore } from './idb-store.js';
import { fixtureFeeds } from '../test/fixtures.js';

const settle = (): Promise<void> => new Promise((r) => setTimeout(r, 50));
const dbName = (): string => `hbrs-test-${Math.random().toString(36).slice(2)}`;

function client(app: ReturnType<typeof createApp>, persist: PersistStore) {
  return createClient({
    feed: 'http://hbrs.test/feeds/',
    fetch: app.fetch,
    retries: 0,
    persist,
    http: { cacheTtlMs: 0, staleWhileRevalidateMs: 0 },
  });
}

describe('indexedDbStore (real IndexedDB)', () => {
  it('stores, reads and forgets copies', async () => {
    const s = indexedDbStore({ name: dbName() });
    expect(await s.get('k')).to.equal(undefined);
    await s.put('k', { body: { a: [1, '二'] }, storedAt: 7 });
    expect(await s.get('k')).to.deep.equal({ body: { a: [1, '二'] }, storedAt: 7 });
    await s.delete('k');
    expect(await s.get('k')).to.equal(undefined);
  });

  it('a copy survives the page: a new client (a new store on the same database) serves it, network down', async () => {
    const name = dbName();
    const app = createApp(fixtureFeeds() as never);
    await client(app, indexedDbStore({ name })).servicePoints.query();
    await settle();
    app.faults.push({ path: /service-points/, type: 'drop' });
    const meta = await client(app, indexedDbStore({ name })).meta('service-points');
    expect(meta.stale).to.equal(true);
    expect(meta.count).to.equal(200);
    expect(Date.parse(meta.storedAt!)).to.be.closeTo(Date.now(), 60_000);
  });

  for (const [name, factory] of [
    ['no IndexedDB', undefined],
    [
      'open throws (private mode)',
      {
        open: () => {
          throw new DOMException('denied', 'InvalidStateError');
        },
      },
    ],
    [
      'open fails',
      {
        open: () => {
          const req = { onerror: null as null | (() => void), error: new DOMException('x', 'UnknownError') };
          setTimeout(() => req.onerror?.(), 0);
          return req;
        },
      },
    ],
  ] as const) {
    it(`${name}: loads are network only, without an error`, async () => {
      const app = createApp(fixtureFeeds() as never);
      const s = indexedDbStore({ name: dbName(), indexedDB: factory });
      expect(await s.get('x')).to.equal(undefined);
      await s.put('x', { body: 1, storedAt: 1 });
      expect((await client(app, s).jobFairs.query()).total).to.equal(40);
      await settle();
      app.faults.push({ path: /job-fairs/, type: 'drop' });
      const e = await client(app, s)
        .jobFairs.query()
        .then(
          () => undefined,
          (x: { code?: string }) => x.code,
        );
      expect(e).to.equal('network');
    });
  }
});
