import { expect } from 'chai';
import fc from 'fast-check';
import { PolicyError } from './errors.js';
import {
  add,
  div,
  fenToYuan,
  fromDecimalString,
  fromNumber,
  mul,
  ratio,
  roundHalfUp,
  toFen,
} from './money.js';

describe('money: exact decimals and half-up rounding', () => {
  it('fromNumber reads the decimal the number prints as', () => {
    expect(fromNumber(0.1)).to.deep.equal({ n: 1n, d: 10n });
    expect(fromNumber(1e-7)).to.deep.equal({ n: 1n, d: 10000000n });
    expect(fromNumber(-12.5)).to.deep.equal({ n: -25n, d: 2n });
    expect(fromNumber(1e21)).to.deep.equal({ n: 10n ** 21n, d: 1n });
    expect(fromDecimalString('007.250')).to.deep.equal({ n: 29n, d: 4n });
  });
  it('rejects NaN and Infinity', () => {
    expect(() => fromNumber(Number.NaN)).to.throw(PolicyError);
    expect(() => fromNumber(Infinity)).to.throw(PolicyError);
  });
  it('0.1 + 0.2 is exactly 0.3 (no float drift)', () => {
    expect(add(fromNumber(0.1), fromNumber(0.2))).to.deep.equal(fromNumber(0.3));
  });
  it('rounds half-up (half away from zero) at the fen where Math.round on floats fails', () => {
    // 1.005 yuan: float 1.005 * 100 = 100.49999999999999
    expect(Math.round(1.005 * 100)).to.equal(100);
    expect(toFen(fromNumber(1.005))).to.equal(101);
    expect(toFen(fromNumber(-1.005))).to.equal(-101);
    expect(toFen(fromNumber(1.0049))).to.equal(100);
    expect(roundHalfUp(ratio(5n, 2n))).to.equal(3n);
    expect(roundHalfUp(ratio(-5n, 2n))).to.equal(-3n);
  });
  it('property: a ÷ b × b = a; toFen of integer fen is identity', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 1, max: 1e6 }), (a, b) => {
        const ra = ratio(BigInt(a), 100n);
        const rb = ratio(BigInt(b), 10n);
        const back = mul(div(ra, rb), rb);
        return back.n === ra.n && back.d === ra.d && toFen(ra) === a && Math.round(fenToYuan(a) * 100) === a;
      }),
    );
  });
});
