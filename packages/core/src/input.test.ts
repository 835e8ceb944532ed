// The one parser of typed and preset values (issue 15.6) and the echo of an input in a message (issue 15.5).
import { expect } from '@open-wc/testing';
import {
  ECHO_MAX,
  echoInput,
  inputErrorMessage,
  inputMessages,
  parseNumberInput,
  parseYearMonth,
  type NumberInputError,
  loadCoreTexts,
} from './index.js';

const fails = (raw: string, options = {}): NumberInputError | undefined => {
  const r = parseNumberInput(raw, options);
  return r.ok ? undefined : r.error;
};

// Core's English texts load with their first use; these tests read them directly.
before(() => loadCoreTexts('en'));

describe('parseNumberInput', () => {
  it('reads exponent notation like the same number written out: 1e12 is too large, as 1000000000000 is', () => {
    const bounds = { min: 0, max: 100000 };
    expect(fails('1e12', bounds)).to.equal('too-large');
    expect(fails('1000000000000', bounds)).to.equal('too-large');
    expect(fails('１ｅ１２', bounds)).to.equal('too-large');
    expect(fails('1E400', bounds)).to.equal('too-large');
    expect(parseNumberInput('2.5e3', bounds)).to.deep.equal({ ok: true, value: 2500 });
    expect(parseNumberInput('1e3', { integer: true })).to.deep.equal({ ok: true, value: 1000 });
    expect(fails('e5')).to.equal('not-a-number');
    expect(fails('1e')).to.equal('not-a-number');
  });

  it('rejects a decimal comma instead of reading 15,5 as 155', () => {
    for (const raw of ['15,5', '１５，５', '0,5', '1,23', '1234,5', '1.234,5', ',5'])
      expect(fails(raw), raw).to.equal('decimal-comma');
    expect(fails('a,b')).to.equal('not-a-number');
  });

  it('accepts real thousands separators, full-width digits and spaces between groups', () => {
    expect(parseNumberInput('1,234.5')).to.deep.equal({ ok: true, value: 1234.5 });
    expect(parseNumberInput('12,345')).to.deep.equal({ ok: true, value: 12345 });
    expect(parseNumberInput('1,234,567')).to.deep.equal({ ok: true, value: 1234567 });
    expect(parseNumberInput('１２，３４５．６')).to.deep.equal({ ok: true, value: 12345.6 });
    expect(parseNumberInput('\u00a08\u2009000\u3000')).to.deep.equal({ ok: true, value: 8000 });
    expect(parseNumberInput('−3', { allowNegative: true })).to.deep.equal({ ok: true, value: -3 });
  });

  it('rejects 0 and negative numbers where only a positive number makes sense', () => {
    expect(fails('0', { positive: true })).to.equal('not-positive');
    expect(fails('0.00', { positive: true })).to.equal('not-positive');
    expect(fails('-5', { positive: true })).to.equal('not-positive');
    expect(parseNumberInput('0.01', { positive: true })).to.deep.equal({ ok: true, value: 0.01 });
    expect(fails('-5')).to.equal('negative');
    expect(parseNumberInput('0')).to.deep.equal({ ok: true, value: 0 });
  });

  it('keeps min and max inclusive and never returns NaN or Infinity', () => {
    expect(parseNumberInput('60', { min: 0, max: 60 })).to.deep.equal({ ok: true, value: 60 });
    expect(fails('60.01', { max: 60 })).to.equal('too-large');
    expect(fails('0.59', { min: 0.6 })).to.equal('too-small');
    expect(fails('NaN')).to.equal('not-a-number');
    expect(fails('Infinity')).to.equal('not-a-number');
    expect(fails('9'.repeat(100000), { max: 10 })).to.equal('too-large');
  });

  it('has a message for every rejection in both locales, with the bounds', () => {
    const errors: NumberInputError[] = [
      'empty',
      'not-a-number',
      'decimal-comma',
      'negative',
      'not-positive',
      'not-integer',
      'too-small',
      'too-large',
    ];
    for (const loc of ['zh-CN', 'en'] as const) {
      const texts = errors.map((e) => inputErrorMessage(inputMessages[loc], e, { min: 1, max: 9 }));
      expect(new Set(texts).size, loc).to.equal(errors.length);
      for (const t of texts) expect(t).not.to.match(/\{\w+\}/);
    }
    expect(inputErrorMessage(inputMessages['zh-CN'], 'not-positive')).to.equal('必须大于 0。');
    expect(inputErrorMessage(inputMessages.en, 'not-positive')).to.equal('Must be greater than 0.');
    expect(inputErrorMessage(inputMessages['zh-CN'], 'decimal-comma')).to.contain('15.5');
    expect(inputErrorMessage(inputMessages.en, 'decimal-comma')).to.contain('15.5');
  });
});

describe('parseYearMonth', () => {
  it('reads the usual ways of writing a year and month, full-width included', () => {
    const may = { year: 1970, month: 5 };
    for (const raw of [
      '1970-05',
      '1970-5',
      ' 1970-05-17 ',
      '1970/05',
      '1970.5',
      '1970年5月',
      '1970年05月17日',
      '１９７０－０５',
      '１９７０年５月',
      '１９７０／０５／１７',
    ])
      expect(parseYearMonth(raw), raw).to.deep.equal(may);
    expect(parseYearMonth('１９７０-０１')).to.deep.equal({ year: 1970, month: 1 });
  });

  it('rejects what is not a year-month', () => {
    for (const raw of ['1970-13', '1970-00', '1970-05/17', '70-05', '1970', 'abc', '', '1970-05'.repeat(10)])
      expect(parseYearMonth(raw), raw).to.equal(undefined);
    expect(parseYearMonth(197005)).to.equal(undefined);
    expect(parseYearMonth(undefined)).to.equal(undefined);
  });
});

describe('echoInput', () => {
  it('keeps a short value whole and cuts a long one to ECHO_MAX characters and "…"', () => {
    expect(echoInput('1970-13')).to.equal('1970-13');
    expect(echoInput('x'.repeat(ECHO_MAX))).to.equal('x'.repeat(ECHO_MAX));
    const long = echoInput('9'.repeat(100000));
    expect(long).to.equal(`${'9'.repeat(ECHO_MAX)}…`);
    expect(echoInput(null)).to.equal('');
  });

  it('never cuts a character in half', () => {
    const emoji = echoInput('😀'.repeat(200), 3);
    expect(emoji).to.equal('😀😀😀…');
    expect(echoInput('😀'.repeat(3), 3)).to.equal('😀😀😀');
    expect(echoInput('a😀'.repeat(2), 3)).to.equal('a😀a…');
  });
});
