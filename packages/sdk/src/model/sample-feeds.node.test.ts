// Every record of the committed @hbrs/sample-data feeds passes parseFeed with zero diagnostics (Node only: reads files).
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseFeed } from './feed.js';
import { decodeFeedAsync } from './decode.js';
import { ServicePointSchema } from './service-point.js';
import type { Diagnostic } from './decode.js';
import { isOpenAt } from './hours.js';
import { FEED_KINDS, type FeedKind } from './vocab.js';

const require = createRequire(import.meta.url);
const raw = (kind: FeedKind): unknown =>
  JSON.parse(readFileSync(require.resolve(`@hbrs/sample-data/feed/${kind}.json`), 'utf8'));

describe('@hbrs/sample-data feeds through parseFeed', () => {
  for (const kind of FEED_KINDS) {
    it(`${kind}: every record decodes and validates with zero diagnostics`, () => {
      const diags: Diagnostic[] = [];
      const doc = raw(kind) as { items: unknown };
      const feed = parseFeed(kind, doc, { onDiagnostic: (d) => diags.push(d) });
      expect(diags.map((d) => d.message)).to.deep.equal([]);
      const expected = Array.isArray(doc.items)
        ? doc.items.length
        : Object.values(doc.items as Record<string, unknown[]>)[0]!.length;
      expect(feed.items).to.have.length(expected);
      expect(feed.meta.sample).to.equal(true);
      for (const item of feed.items) {
        expect(item.pinyin, 'pinyin').to.match(/^[a-z]+( [a-z]+)*$/);
        expect(item.initials, 'initials').to.match(/^[a-z]+$/);
      }
    });
  }

  it('decodeFeedAsync gives the same records as parseFeed, in slices that let other tasks run between them', async () => {
    const doc = raw('service-points');
    const diags: Diagnostic[] = [];
    let between = 0;
    let run = true;
    const tick = (): void => {
      between++;
      if (run) setImmediate(tick);
    };
    setImmediate(tick);
    const feed = await decodeFeedAsync('service-points', ServicePointSchema, doc, {
      onDiagnostic: (d) => diags.push(d),
    });
    run = false;
    // ~4,000 records take far more than one 8 ms slice: other tasks ran while they were validated
    expect(between).to.be.greaterThan(2);
    expect(diags).to.deep.equal([]);
    expect(feed.items).to.deep.equal(parseFeed('service-points', doc).items);
  });

  it('service points decode into full records (names, addresses, township codes, phones, pinyin)', () => {
    const feed = parseFeed('service-points', raw('service-points'));
    expect(feed.items.length).to.be.at.least(4000);
    const ids = new Set<string>();
    for (const p of feed.items) {
      ids.add(p.id);
      expect(p.id).to.equal(`SP${p.divisionCode}${p.id.slice(8)}`);
      expect(p.name.endsWith('（示例）')).to.equal(true);
      expect(p.name.startsWith(p.bank.name)).to.equal(true);
      if (p.townshipCode) expect(p.townshipCode.startsWith(p.divisionCode)).to.equal(true);
      expect(p.phone).to.match(/^0\d{2,3}-0000\d{4}$/);
      expect(p.location.crs).to.equal('WGS84');
      expect(p.services.length).to.be.at.least(1);
      expect(p.openingHours.weekly.length).to.be.at.least(1);
    }
    expect(ids.size).to.equal(feed.items.length);
    const wuhan = feed.items.filter((p) => p.divisionCode.startsWith('4201'));
    expect(wuhan.every((p) => p.pinyin!.includes('wu han'))).to.equal(true);
    expect(wuhan.every((p) => p.initials!.includes('wh'))).to.equal(true);
  });

  it('a weekday 10:00 in Shanghai finds most points open, a Sunday 03:00 only 24-hour kiosks', () => {
    const points = parseFeed('service-points', raw('service-points')).items;
    const monday10 = new Date('2026-11-23T02:00:00Z');
    const sunday3 = new Date('2026-11-21T19:00:00Z');
    const openMon = points.filter((p) => isOpenAt(p, monday10)).length;
    expect(openMon / points.length).to.be.above(0.9);
    const openNight = points.filter((p) => isOpenAt(p, sunday3));
    expect(openNight.length).to.be.above(0);
    expect(openNight.every((p) => p.category === '自助服务点')).to.equal(true);
  });
});
