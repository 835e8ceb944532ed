import { expect } from 'chai';
import fc from 'fast-check';
import {
  SpatialIndex,
  amapMarkerUrl,
  baiduMarkerUrl,
  convertPoint,
  haversineKm,
  mapAppLinks,
  tencentMarkerUrl,
  toWgs84,
  type LngLat,
} from './index.js';

// Hubei extent (common.schema.json geoPoint bounds)
const lng = fc.double({ min: 108.3, max: 116.2, noNaN: true });
const lat = fc.double({ min: 29.0, max: 33.3, noNaN: true });
const point = fc.record({ lng, lat });

const WUHAN: LngLat = { lng: 114.3055, lat: 30.5928 };
const YICHANG: LngLat = { lng: 111.2865, lat: 30.6919 };

describe('geo', () => {
  describe('haversineKm', () => {
    it('is 0 for the same point and symmetric', () => {
      fc.assert(
        fc.property(point, point, (a, b) => {
          expect(haversineKm(a, a)).to.equal(0);
          expect(Math.abs(haversineKm(a, b) - haversineKm(b, a))).to.be.below(1e-9);
        }),
      );
    });
    it('matches a known distance (Wuhan – Yichang ≈ 289 km)', () => {
      const d = haversineKm(WUHAN, YICHANG);
      expect(d).to.be.within(285, 293);
    });
    it('one degree of latitude ≈ 111.19 km', () => {
      expect(haversineKm({ lng: 114, lat: 30 }, { lng: 114, lat: 31 })).to.be.closeTo(111.195, 0.01);
    });
    it('obeys the triangle inequality', () => {
      fc.assert(
        fc.property(
          point,
          point,
          point,
          (a, b, c) => haversineKm(a, c) <= haversineKm(a, b) + haversineKm(b, c) + 1e-9,
        ),
      );
    });
  });

  describe('SpatialIndex', () => {
    it('nearest() equals a brute-force scan and sort (property)', () => {
      fc.assert(
        fc.property(
          fc.array(point, { minLength: 0, maxLength: 300 }),
          point,
          fc.integer({ min: 1, max: 20 }),
          fc.option(fc.double({ min: 1, max: 300, noNaN: true }), { nil: undefined }),
          (pts, q, limit, maxKm) => {
            const items = pts.map((p, id) => ({ id, p }));
            const index = new SpatialIndex(items, (i) => i.p);
            const got = index.nearest(q, maxKm === undefined ? { limit } : { limit, maxKm });
            const expected = items
              .map((i) => ({ id: i.id, d: haversineKm(q, i.p) }))
              .filter((x) => maxKm === undefined || x.d <= maxKm)
              .sort((a, b) => a.d - b.d)
              .slice(0, limit);
            expect(got.length).to.equal(expected.length);
            got.forEach((r, k) => {
              expect(r.distanceKm).to.be.closeTo(expected[k]!.d, 1e-6);
              if (k > 0) expect(r.distanceKm).to.be.at.least(got[k - 1]!.distanceKm);
            });
          },
        ),
        { numRuns: 150 },
      );
    });

    it('nearest() with a filter keeps searching until enough matches', () => {
      const items = Array.from({ length: 200 }, (_, id) => ({ id, p: { lng: 114 + id * 0.001, lat: 30.5 } }));
      const index = new SpatialIndex(items, (i) => i.p);
      const got = index.nearest({ lng: 114, lat: 30.5 }, { limit: 5 }, (i) => i.id % 10 === 0);
      expect(got.map((r) => r.item.id)).to.deep.equal([0, 10, 20, 30, 40]);
    });

    it('within() equals a brute-force filter (property), with both bbox forms', () => {
      fc.assert(
        fc.property(fc.array(point, { maxLength: 300 }), point, point, (pts, a, b) => {
          const items = pts.map((p, id) => ({ id, p }));
          const index = new SpatialIndex(items, (i) => i.p);
          const w = Math.min(a.lng, b.lng);
          const e = Math.max(a.lng, b.lng);
          const s = Math.min(a.lat, b.lat);
          const n = Math.max(a.lat, b.lat);
          const expected = items
            .filter((i) => i.p.lng >= w && i.p.lng <= e && i.p.lat >= s && i.p.lat <= n)
            .map((i) => i.id);
          expect(index.within([w, s, e, n]).map((i) => i.id)).to.deep.equal(expected);
          expect(index.within({ west: w, south: s, east: e, north: n }).map((i) => i.id)).to.deep.equal(
            expected,
          );
        }),
        { numRuns: 100 },
      );
    });

    it('leaves out items without a point and handles an empty index', () => {
      const index = new SpatialIndex([{ p: undefined }, { p: WUHAN }], (i) => i.p);
      expect(index.size).to.equal(1);
      expect(new SpatialIndex([], () => WUHAN).nearest(WUHAN)).to.deep.equal([]);
      expect(new SpatialIndex([], () => WUHAN).within([0, 0, 180, 90])).to.deep.equal([]);
    });
  });

  describe('CRS conversion (gcoord)', () => {
    it('WGS84 → GCJ-02 shifts Wuhan by a few hundred metres, and back within a metre', () => {
      const g = convertPoint(WUHAN, 'WGS84', 'GCJ02');
      const shift = haversineKm(WUHAN, g) * 1000;
      expect(shift).to.be.within(300, 800);
      const back = convertPoint(g, 'GCJ02', 'WGS84');
      expect(haversineKm(WUHAN, back) * 1000).to.be.below(1);
    });
    it('BD-09 is further from WGS84 than GCJ-02 and round-trips', () => {
      const bd = convertPoint(WUHAN, 'WGS84', 'BD09');
      expect(haversineKm(WUHAN, bd)).to.be.above(haversineKm(WUHAN, convertPoint(WUHAN, 'WGS84', 'GCJ02')));
      expect(haversineKm(toWgs84({ ...bd, crs: 'BD09' }), WUHAN) * 1000).to.be.below(1);
    });
    it('toWgs84 leaves WGS84 points alone', () => {
      expect(toWgs84({ ...WUHAN, crs: 'WGS84' })).to.deep.equal(WUHAN);
    });
  });

  describe('map app links', () => {
    it('carry the converted coordinates and the label', () => {
      const g = convertPoint(WUHAN, 'WGS84', 'GCJ02');
      const amap = new URL(amapMarkerUrl(WUHAN, { name: '工行江岸支行' }));
      expect(amap.host).to.equal('uri.amap.com');
      expect(amap.searchParams.get('position')).to.equal(`${g.lng.toFixed(6)},${g.lat.toFixed(6)}`);
      expect(amap.searchParams.get('name')).to.equal('工行江岸支行');

      const bd = convertPoint(WUHAN, 'WGS84', 'BD09');
      const baidu = new URL(baiduMarkerUrl(WUHAN, { name: 'A', address: 'B' }));
      expect(baidu.searchParams.get('location')).to.equal(`${bd.lat.toFixed(6)},${bd.lng.toFixed(6)}`);
      expect(baidu.searchParams.get('coord_type')).to.equal('bd09ll');

      const qq = new URL(tencentMarkerUrl(WUHAN, { name: 'X;Y', address: 'Z' }));
      expect(qq.searchParams.get('marker')).to.equal(
        `coord:${g.lat.toFixed(6)},${g.lng.toFixed(6)};title:X Y;addr:Z`,
      );
      expect(Object.keys(mapAppLinks(WUHAN))).to.deep.equal(['amap', 'baidu', 'tencent']);
    });
  });
});
