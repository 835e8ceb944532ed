import { expect } from 'chai';
import fc from 'fast-check';
import { HbrsError, isHbrsError } from './errors.js';
import { parseFeed, parseItem, parseItems } from './feed.js';
import type { Diagnostic } from './decode.js';
import type { FeedKind } from './vocab.js';
import { META, division, jobFair, postdoc, servicePoint } from './test/fixtures.js';

function collect(): { diags: Diagnostic[]; onDiagnostic: (d: Diagnostic) => void } {
  const diags: Diagnostic[] = [];
  return { diags, onDiagnostic: (d) => diags.push(d) };
}

const makers: Record<FeedKind, () => Record<string, unknown>> = {
  'job-fairs': jobFair,
  postdoc,
  'service-points': servicePoint,
  divisions: division,
};

describe('parseFeed: valid records', () => {
  for (const kind of Object.keys(makers) as FeedKind[]) {
    it(`loads a valid ${kind} record with no diagnostics`, () => {
      const { diags, onDiagnostic } = collect();
      const feed = parseFeed(kind, { meta: META, items: [makers[kind]()] }, { onDiagnostic });
      expect(diags).to.deep.equal([]);
      expect(feed.items).to.have.length(1);
      expect(feed.meta).to.deep.equal(META);
    });
  }

  it('fills defaults: bank name and kind, crs, education label, initials, employerId, stationIds', () => {
    const sp = parseFeed('service-points', { meta: META, items: [servicePoint()] }).items[0]!;
    expect(sp.bank).to.deep.equal({ code: 'ICBC', name: '中国工商银行', kind: '国有大型商业银行' });
    expect(sp.location.crs).to.equal('WGS84');
    expect(sp.initials).to.equal('zggsyhwh');
    const jf = parseFeed('job-fairs', { meta: META, items: [jobFair()] }).items[0]!;
    const pos = jf.employers[0]!.positions[0]!;
    expect(pos.education).to.deep.equal({ code: '41', label: '中专/中技/职高', orAbove: true });
    expect(pos.employerId).to.equal('EMP-1');
    expect(pos.salary.unit).to.equal('CNY/month');
    expect(jf.organizers.undertakers).to.deep.equal([]);
    const pd = parseFeed('postdoc', { meta: META, items: [postdoc()] }).items[0]!;
    expect(pd.openings[0]!.stationIds).to.deep.equal(['PD-TEST-1']);
    expect(pd.openings[0]!.fundingSchemes).to.deep.equal([]);
  });

  it('strips unknown fields instead of failing', () => {
    const raw = { ...division(), futureField: 1 };
    const d = parseFeed('divisions', { meta: META, items: [raw] }).items[0]!;
    expect(d).to.not.have.property('futureField');
  });
});

describe('parseFeed: invalid records are dropped and reported, the rest load', () => {
  const cases: [FeedKind, string, (r: Record<string, unknown>) => void, RegExp][] = [
    ['service-points', 'missing name', (r) => delete r['name'], /name: required field is missing/],
    [
      'service-points',
      'unknown service code',
      (r) => (r['services'] = ['card_apply', 'teleport']),
      /services\.1/,
    ],
    [
      'service-points',
      'duplicate services',
      (r) => (r['services'] = ['card_apply', 'card_apply']),
      /duplicates/,
    ],
    ['service-points', 'empty services', (r) => (r['services'] = []), /at least one service/],
    [
      'service-points',
      'location outside Hubei',
      (r) => (r['location'] = { lng: 121.47, lat: 31.23 }),
      /location\.lng/,
    ],
    [
      'service-points',
      'bad opening time',
      (r) => (r['openingHours'] = { weekly: [{ days: ['Mo'], open: '9:00', close: '17:00' }] }),
      /HH:MM/,
    ],
    [
      'service-points',
      'township outside division',
      (r) => (r['townshipCode'] = '420103001'),
      /townshipCode is not inside/,
    ],
    ['service-points', 'unknown bank', (r) => (r['bank'] = { code: 'BANK_OF_MARS' }), /bank\.code/],
    [
      'service-points',
      'lat is a string',
      (r) => (r['location'] = { lng: 114.3, lat: '30.6' }),
      /location\.lat/,
    ],
    [
      'job-fairs',
      'end before start',
      (r) => (r['endTime'] = '2026-02-03T15:00:00+08:00'),
      /endTime is before startTime/,
    ],
    ['job-fairs', 'date-time without offset', (r) => (r['startTime'] = '2026-02-04 09:00'), /startTime/],
    ['job-fairs', 'no hosts', (r) => (r['organizers'] = { hosts: [] }), /at least one host/],
    [
      'job-fairs',
      'unknown zone',
      (r) => ((r['employers'] as Record<string, unknown>[])[0]!['zoneCode'] = 'Z9'),
      /zoneCode/,
    ],
    [
      'job-fairs',
      'negative headcount in a position',
      (r) => {
        const e = (r['employers'] as Record<string, unknown>[])[0]!;
        (e['positions'] as Record<string, unknown>[])[0]!['headcount'] = -1;
      },
      /employers\.0\.positions\.0\.headcount/,
    ],
    ['job-fairs', 'unknown mode', (r) => (r['mode'] = 'telepathic'), /mode/],
    ['postdoc', 'flow station without discipline', (r) => delete r['discipline'], /needs a discipline/],
    [
      'postdoc',
      'bad discipline code',
      (r) => (r['discipline'] = { code: '1599', name: 'x' }),
      /discipline\.code/,
    ],
    [
      'postdoc',
      'opening without directions',
      (r) => ((r['openings'] as Record<string, unknown>[])[0]!['directions'] = []),
      /at least one direction/,
    ],
    [
      'postdoc',
      'invalid calendar date',
      (r) => ((r['openings'] as Record<string, unknown>[])[0]!['publishDate'] = '2026-02-30'),
      /publishDate/,
    ],
    ['divisions', 'non-Hubei code', (r) => (r['code'] = '110101'), /code/],
    ['divisions', 'county without parent', (r) => delete r['parentCode'], /parentCode/],
  ];
  for (const [kind, label, mutate, pattern] of cases) {
    it(`${kind}: ${label}`, () => {
      const bad = makers[kind]();
      mutate(bad);
      const good = makers[kind]();
      const second = makers[kind]();
      if (kind === 'divisions') Object.assign(second, { code: '420103', name: '江汉区' });
      else second['id'] = 'OTHER-ID';
      const { diags, onDiagnostic } = collect();
      const feed = parseFeed(kind, { meta: META, items: [good, bad, second] }, { onDiagnostic });
      expect(feed.items).to.have.length(2);
      expect(diags).to.have.length(1);
      const d = diags[0]!;
      expect(d.kind).to.equal(kind);
      expect(d.index).to.equal(1);
      expect(d.message).to.match(pattern);
      expect(d.message).to.contain('#1');
      if (kind !== 'divisions' || label !== 'non-Hubei code') expect(d.id).to.be.a('string');
    });
  }

  it('reports a record that is not an object', () => {
    const { diags, onDiagnostic } = collect();
    const feed = parseFeed('divisions', { meta: META, items: [42, division()] }, { onDiagnostic });
    expect(feed.items).to.have.length(1);
    expect(diags[0]!.index).to.equal(0);
    expect(diags[0]!.id).to.equal(undefined);
  });

  it('drops later records with a duplicate id', () => {
    const { diags, onDiagnostic } = collect();
    const feed = parseFeed(
      'service-points',
      { meta: META, items: [servicePoint(), servicePoint()] },
      { onDiagnostic },
    );
    expect(feed.items).to.have.length(1);
    expect(diags[0]!.message).to.match(/duplicate id SP-TEST-1/);
  });

  it('works without an onDiagnostic callback', () => {
    const bad = servicePoint();
    delete bad['services'];
    expect(parseFeed('service-points', { meta: META, items: [bad, servicePoint()] }).items).to.have.length(1);
  });
});

describe('parseFeed: malformed envelope', () => {
  const bad: [string, unknown][] = [
    ['null', null],
    ['an array', [servicePoint()]],
    ['a string', 'hello'],
    ['no meta', { items: [] }],
    ['meta without sample', { meta: { ...META, sample: undefined }, items: [] }],
    ['meta with a bad generatedAt', { meta: { ...META, generatedAt: 'yesterday' }, items: [] }],
    ['items not an array', { meta: META, items: { a: 1 } }],
    ['unknown encoding format', { meta: META, encoding: { format: 'zip/9', fields: ['id'] }, items: [] }],
    [
      'encoding column with a missing dict',
      {
        meta: META,
        encoding: { format: 'hbrs-compact/1', fields: ['bank'], columns: { bank: { dict: 'banks' } } },
        items: [],
      },
    ],
  ];
  for (const [label, raw] of bad) {
    it(`throws HbrsError('invalid-data') for ${label}`, () => {
      let caught: unknown;
      try {
        parseFeed('service-points', raw, { url: 'https://example.invalid/feeds/service-points.json' });
      } catch (e) {
        caught = e;
      }
      expect(caught).to.be.instanceOf(HbrsError);
      expect(isHbrsError(caught, 'invalid-data')).to.equal(true);
      const err = caught as HbrsError;
      expect(err.code).to.equal('invalid-data');
      expect(err.url).to.equal('https://example.invalid/feeds/service-points.json');
      expect(err.message).to.contain(
        'service-points feed at https://example.invalid/feeds/service-points.json',
      );
    });
  }

  it('rejects an unknown kind', () => {
    expect(() => parseFeed('cats' as FeedKind, { meta: META, items: [] })).to.throw(
      HbrsError,
      /Unknown feed kind/,
    );
  });
});

describe('parseItems / parseItem', () => {
  it('validates plain arrays with drop-and-report', () => {
    const { diags, onDiagnostic } = collect();
    const items = parseItems('postdoc', [postdoc(), { id: 'bad' }], { onDiagnostic });
    expect(items.map((p) => p.id)).to.deep.equal(['PD-TEST-1']);
    expect(diags).to.have.length(1);
    expect(diags[0]!.id).to.equal('bad');
  });
  it('throws invalid-data when not given an array', () => {
    expect(() =>
      parseItems('postdoc', { items: [] }, { url: 'https://example.invalid/v1/postdoc' }),
    ).to.throw(HbrsError, /example\.invalid\/v1\/postdoc/);
  });
  it('parseItem returns undefined for an invalid record', () => {
    expect(parseItem('divisions', division())?.code).to.equal('420102');
    expect(parseItem('divisions', {})).to.equal(undefined);
  });
});

describe('parseFeed: compact hbrs-compact/1 encoding', () => {
  const encoding = {
    format: 'hbrs-compact/1',
    fields: [
      'id',
      'bank',
      'category',
      'divisionCode',
      'name',
      'address',
      'location.lng',
      'location.lat',
      'services',
      'openingHours',
      'pinyin',
    ],
    dicts: {
      banks: [{ code: 'ICBC', name: '中国工商银行' }, { code: 'PSBC' }],
      words: ['中国工商银行', '武汉', '江岸', '支行', '武汉市江岸区'],
      py: ['zhong guo gong shang yin hang', 'wu han'],
      services: [['card_apply', 'card_loss_report']],
      hours: [{ weekly: [{ days: ['Mo', 'Tu', 'We', 'Th', 'Fr'], open: '09:00', close: '17:00' }] }],
    },
    columns: {
      bank: { dict: 'banks' },
      name: { dict: 'words', join: '' },
      address: { dict: 'words', join: '' },
      'location.lng': { scale: 100000, offset: 108 },
      'location.lat': { scale: 100000, offset: 29 },
      services: { dict: 'services' },
      openingHours: { dict: 'hours' },
      pinyin: { dict: 'py', join: ' ' },
    },
    constants: { category: '社保卡服务网点', location: { crs: 'WGS84' }, status: 'active' },
  };
  const row = (id: string, lngOff = 630367) => [
    id,
    0,
    null,
    '420102',
    [0, 1, 2, '示例', 3],
    [4, '解放大道1号'],
    lngOff,
    160246,
    0,
    0,
    [0, 1],
  ];

  it('decodes rows into full records', () => {
    const { diags, onDiagnostic } = collect();
    const feed = parseFeed(
      'service-points',
      { meta: META, encoding, items: [row('A'), row('B', 630000)] },
      { onDiagnostic },
    );
    expect(diags).to.deep.equal([]);
    expect(feed.meta.encoding).to.equal('hbrs-compact/1');
    const a = feed.items[0]!;
    expect(a.name).to.equal('中国工商银行武汉江岸示例支行');
    expect(a.address).to.equal('武汉市江岸区解放大道1号');
    expect(a.location).to.deep.equal({ lng: 114.30367, lat: 30.60246, crs: 'WGS84' });
    expect(a.category).to.equal('社保卡服务网点');
    expect(a.services).to.deep.equal(['card_apply', 'card_loss_report']);
    expect(a.pinyin).to.equal('zhong guo gong shang yin hang wu han');
    expect(a.initials).to.equal('zggsyhwh');
    expect(feed.items[1]!.location.lng).to.equal(114.3);
    // decoded records do not share dict objects
    a.services.push('card_unlock');
    expect(feed.items[1]!.services).to.have.length(2);
  });

  it('accepts plain object items mixed with rows', () => {
    const feed = parseFeed('service-points', { meta: META, encoding, items: [row('A'), servicePoint()] });
    expect(feed.items.map((p) => p.id)).to.deep.equal(['A', 'SP-TEST-1']);
  });

  it('drops rows with bad dict indexes, tokens or numbers and reports them', () => {
    const badIndex = row('C');
    badIndex[1] = 7;
    const badToken = row('D');
    badToken[4] = [0, 99];
    const badNumber = row('E');
    badNumber[6] = 'east';
    const tooLong = [...row('F'), 'extra'];
    const { diags, onDiagnostic } = collect();
    const feed = parseFeed(
      'service-points',
      { meta: META, encoding, items: [badIndex, row('A'), badToken, badNumber, tooLong] },
      { onDiagnostic },
    );
    expect(feed.items.map((p) => p.id)).to.deep.equal(['A']);
    expect(diags.map((d) => d.index)).to.deep.equal([0, 2, 3, 4]);
    expect(diags[0]!.message).to.match(/bank: 7 is not a valid index into dict "banks"/);
    expect(diags[1]!.message).to.match(/name: token 99/);
    expect(diags[2]!.message).to.match(/location\.lng: expected a number/);
    expect(diags[3]!.message).to.match(/row has 12 values/);
  });
});

describe('HbrsError', () => {
  it('carries code, url, status and cause', () => {
    const cause = new Error('socket hang up');
    const e = new HbrsError('http', 'GET https://example.invalid/x failed with 503', {
      url: 'https://example.invalid/x',
      status: 503,
      cause,
    });
    expect(e).to.be.instanceOf(Error);
    expect(e.name).to.equal('HbrsError');
    expect(e.code).to.equal('http');
    expect(e.status).to.equal(503);
    expect(e.url).to.equal('https://example.invalid/x');
    expect(e.cause).to.equal(cause);
    expect(isHbrsError(e)).to.equal(true);
    expect(isHbrsError(e, 'timeout')).to.equal(false);
    expect(isHbrsError(new Error('x'))).to.equal(false);
  });
});

describe('parseFeed: compact encoding, column layout and derived fields', () => {
  const encoding = {
    format: 'hbrs-compact/1',
    layout: 'columns',
    fields: [
      'divisionCode',
      'id',
      'townshipCode',
      '_bx',
      '_by',
      '_place',
      'bank',
      'name',
      'address',
      'location.lng',
      'location.lat',
      'phone',
      'services',
      'openingHours',
      'category',
    ],
    dicts: {
      banks: [
        { code: 'PSBC', name: '中国邮政储蓄银行' },
        { code: 'ICBC', name: '中国工商银行' },
      ],
      banksPinyin: ['zhong guo you zheng chu xu yin hang', 'zhong guo gong shang yin hang'],
      words: ['江岸', '大智', '支行', '营业所'],
      wordsPinyin: ['jiang an', 'da zhi', '', ''],
      roads: ['解放大道'],
      services: [['card_apply']],
      hours: [{ weekly: [{ days: ['Mo'], open: '09:00', close: '17:00' }] }],
    },
    columns: {
      id: { pad: 3, prefix: ['SP', '$divisionCode'] },
      townshipCode: { pad: 3, prefix: ['$divisionCode'] },
      _bx: { scale: 100 },
      _by: { scale: 100 },
      _place: { dict: 'words', join: '' },
      bank: { dict: 'banks' },
      name: { dict: 'words', prefix: ['$bank.name', '$_place'], suffix: ['（示例）'] },
      address: { dict: 'roads', prefix: ['武汉市江岸区'], suffix: ['1号'] },
      'location.lng': { scale: 10000, base: '$_bx' },
      'location.lat': { scale: 10000, base: '$_by' },
      phone: { pad: 4, prefix: ['027-0000'] },
      services: { dict: 'services' },
      openingHours: { dict: 'hours' },
      pinyin: { join: ' ', tokensFrom: ['bank:banksPinyin', '_place:wordsPinyin'] },
    },
    constants: { category: '社保卡服务网点', location: { crs: 'WGS84' } },
  };
  const items = () => ({
    divisionCode: ['420102', '420102'],
    id: [1, 2],
    townshipCode: [2, null],
    _bx: [11430, 11430],
    _by: [3060, 3060],
    _place: [[0, 1], [0]],
    bank: [1, 0],
    name: [2, 3],
    address: [0, 0],
    'location.lng': [12, -40],
    'location.lat': [5, 0],
    phone: [1, 2],
    services: [0, 0],
    openingHours: [0, 0],
    category: [null, '即时制卡网点'],
  });

  it('decodes columns with prefixes, pads, bases, scratch fields and derived pinyin', () => {
    const { diags, onDiagnostic } = collect();
    const feed = parseFeed('service-points', { meta: META, encoding, items: items() }, { onDiagnostic });
    expect(diags).to.deep.equal([]);
    const [a, b] = feed.items;
    expect(a!.id).to.equal('SP420102001');
    expect(a!.townshipCode).to.equal('420102002');
    expect(b!.townshipCode).to.equal(undefined);
    expect(a!.name).to.equal('中国工商银行江岸大智支行（示例）');
    expect(b!.name).to.equal('中国邮政储蓄银行江岸营业所（示例）');
    expect(a!.address).to.equal('武汉市江岸区解放大道1号');
    expect(a!.location).to.deep.equal({ lng: 114.3012, lat: 30.6005, crs: 'WGS84' });
    expect(b!.location.lng).to.equal(114.296);
    expect(a!.phone).to.equal('027-00000001');
    expect(a!.category).to.equal('社保卡服务网点');
    expect(b!.category).to.equal('即时制卡网点');
    expect(a!.pinyin).to.equal('zhong guo gong shang yin hang jiang an da zhi');
    expect(a!.initials).to.equal('zggsyhjadz');
    expect(a).to.not.have.property('_place');
    expect(a).to.not.have.property('_bx');
    // the shared constants and dicts were not mutated
    expect(encoding.constants.location).to.deep.equal({ crs: 'WGS84' });
    a!.openingHours.weekly.push({ days: ['Tu'], open: '09:00', close: '10:00' });
    expect(b!.openingHours.weekly).to.have.length(1);
    expect(encoding.dicts.hours[0]!.weekly).to.have.length(1);
  });

  it('drops a record with a bad value in one column and loads the others', () => {
    const cols = items();
    cols['location.lng'][0] = 'far' as unknown as number;
    const { diags, onDiagnostic } = collect();
    const feed = parseFeed('service-points', { meta: META, encoding, items: cols }, { onDiagnostic });
    expect(feed.items.map((p) => p.id)).to.deep.equal(['SP420102002']);
    expect(diags[0]!.message).to.match(/#0 dropped: location\.lng: expected a number/);
  });

  it('throws invalid-data for columns of different lengths or a non-object items', () => {
    const cols = items();
    cols.id.push(3);
    expect(() => parseFeed('service-points', { meta: META, encoding, items: cols })).to.throw(
      HbrsError,
      /different lengths/,
    );
    expect(() => parseFeed('service-points', { meta: META, encoding, items: [] })).to.throw(
      HbrsError,
      /object of columns/,
    );
  });
});

describe('parseItems: property', () => {
  it('every input record is either loaded (in order) or reported exactly once', () => {
    const record = fc.oneof(
      fc.constant('valid'),
      fc.constant('missing-name'),
      fc.constant('bad-services'),
      fc.constant('not-an-object'),
      fc.anything(),
    );
    fc.assert(
      fc.property(fc.array(record, { maxLength: 30 }), (plan) => {
        const input = plan.map((p, i) => {
          if (p === 'valid') return { ...servicePoint(), id: `P${i}` };
          if (p === 'missing-name') {
            const r: Record<string, unknown> = { ...servicePoint(), id: `P${i}` };
            delete r['name'];
            return r;
          }
          if (p === 'bad-services') return { ...servicePoint(), id: `P${i}`, services: ['nope'] };
          if (p === 'not-an-object') return 7;
          return p;
        });
        const { diags, onDiagnostic } = collect();
        const items = parseItems('service-points', input, { onDiagnostic });
        expect(items.length + diags.length).to.equal(input.length);
        const expectedIds = plan.flatMap((p, i) => (p === 'valid' ? [`P${i}`] : []));
        expect(items.map((p) => p.id)).to.deep.equal(expectedIds);
        const reported = diags.map((d) => d.index);
        expect(new Set(reported).size).to.equal(reported.length);
        for (const d of diags) expect(plan[d.index]).to.not.equal('valid');
      }),
    );
  });
});
