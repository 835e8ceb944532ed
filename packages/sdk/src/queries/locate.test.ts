import { expect } from 'chai';
import { parseFeed, isOpenAt, type ServicePoint } from '../model/index.js';
import { haversineKm } from '../geo/index.js';
import { divisionItems, servicePointItems } from '../test/fixtures.js';
import { ServicePointIndex, wgs84Of } from './service-points.js';
import { DivisionIndex } from './divisions.js';
import { DIVISION_NAMES_EN } from '../names-en/index.js';

const META = { generatedAt: '2026-01-01T00:00:00+08:00', sample: true, source: 'test', license: 'CC0-1.0' };
const WUHAN = { lng: 114.3055, lat: 30.5928 };
const zh = new Intl.Collator('zh-CN').compare;

describe('queries: ServicePointIndex.locate', () => {
  const points = parseFeed('service-points', { meta: META, items: servicePointItems(800, 9) }).items;
  const index = new ServicePointIndex(points);
  const active = points.filter((p) => p.status === 'active');
  const byDivision = (a: ServicePoint, b: ServicePoint) =>
    a.divisionCode.localeCompare(b.divisionCode) || zh(a.name, b.name);

  it('without an origin: the active points by division then name, WGS84, no distance, total', () => {
    const r = index.locate();
    expect(r.total).to.equal(active.length).and.be.greaterThan(0);
    expect(r.items.map((x) => x.point.id)).to.deep.equal([...active].sort(byDivision).map((p) => p.id));
    for (const x of r.items) {
      expect(x.distanceKm).to.equal(undefined);
      const w = wgs84Of(x.point);
      expect([x.lng, x.lat]).to.deep.equal([w.lng, w.lat]);
      expect(x.point).to.equal(index.get(x.point.id));
    }
  });

  it('with an origin: nearest first, distances equal haversine from the WGS84 position', () => {
    const r = index.locate({ origin: WUHAN });
    expect(r.total).to.equal(active.length);
    expect(r.items).to.have.length(active.length);
    let last = -1;
    for (const x of r.items) {
      expect(x.distanceKm).to.be.closeTo(haversineKm(WUHAN, wgs84Of(x.point)), 1e-9);
      expect(x.distanceKm!).to.be.at.least(last);
      last = x.distanceKm!;
    }
  });

  it('applies keyword, bank, service, division and openAt like filter(), and limit keeps total', () => {
    const at = new Date('2026-03-04T10:00:00+08:00');
    const q = { bank: 'ICBC', service: 'card_instant_issue', division: '420100' } as const;
    const expected = index
      .filter({ ...q, status: 'active' })
      .filter((p) => isOpenAt(p, at))
      .map((p) => p.id);
    const r = index.locate({ ...q, openAt: at });
    expect(r.items.map((x) => x.point.id)).to.deep.equal(expected);
    const near = index.locate({ ...q, openAt: at, origin: WUHAN, limit: 3 });
    expect(near.total).to.equal(expected.length);
    expect(near.items.length).to.equal(Math.min(3, expected.length));
    expect(near.items.every((x) => expected.includes(x.point.id))).to.equal(true);
    const kw = points[0]!.name.slice(0, 2);
    expect(index.locate({ keyword: kw, status: points[0]!.status }).items.map((x) => x.point.id)).to.include(
      points[0]!.id,
    );
    expect(index.locate({ status: ['active', 'suspended', 'closed'] }).total).to.equal(points.length);
  });
});

describe('queries: ServicePointIndex.located', () => {
  const points = parseFeed('service-points', { meta: META, items: servicePointItems(60, 4) }).items;
  const index = new ServicePointIndex(points);

  it('gives one point as locate() does, whatever its status, with km only from a finite origin', () => {
    const closed = points.find((p) => p.status !== 'active')!;
    const one = index.located(closed.id)!;
    const w = wgs84Of(closed);
    expect(one.point).to.equal(closed);
    expect([one.lng, one.lat, one.distanceKm]).to.deep.equal([w.lng, w.lat, undefined]);
    expect(index.located(closed.id, WUHAN)!.distanceKm).to.be.closeTo(haversineKm(WUHAN, w), 1e-9);
    expect(index.located(closed.id, { lng: NaN, lat: 30 })!.distanceKm).to.equal(undefined);
    const near = index
      .locate({ origin: WUHAN, status: closed.status })
      .items.find((x) => x.point === closed)!;
    expect(near.distanceKm).to.be.closeTo(index.located(closed.id, WUHAN)!.distanceKm!, 1e-9);
    expect(index.located('nope', WUHAN)).to.equal(undefined);
  });
});

describe('queries: DivisionIndex.ordered', () => {
  const divisions = new DivisionIndex(parseFeed('divisions', { meta: META, items: divisionItems() }).items);

  it('gives the province, then each 市州 by code followed by its 区县, with English names of all (from names-en)', () => {
    const list = divisions.ordered();
    expect(list[0]!.role).to.equal('province');
    expect(DIVISION_NAMES_EN[list[0]!.division.code]).to.equal('Hubei');
    expect(list.some((o) => o.division.level === 'group')).to.equal(false);
    const cities = list.filter((o) => o.role === 'city');
    expect(cities.map((o) => o.division.code)).to.deep.equal(divisions.cities().map((d) => d.code));
    let city = '';
    for (const o of list.slice(1)) {
      if (o.role === 'city') {
        expect(o.division.code > city).to.equal(true);
        city = o.division.code;
        expect(DIVISION_NAMES_EN[o.division.code]).to.be.a('string');
      } else {
        expect(o.cityCode).to.equal(city);
        expect(o.division.level).to.equal('county');
        expect(DIVISION_NAMES_EN[o.division.code]).to.be.a('string');
      }
    }
    const wuhan = divisions.countiesOf('420100');
    expect(wuhan.length).to.be.greaterThan(0);
    expect(wuhan.map((o) => o.division.code)).to.deep.equal(
      divisions
        .children('420100')
        .filter((d) => d.level === 'county')
        .map((d) => d.code),
    );
    expect(divisions.countiesOf('999999')).to.deep.equal([]);
  });
});
