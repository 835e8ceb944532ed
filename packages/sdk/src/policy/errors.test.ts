import { expect } from 'chai';
import { HbrsError, isHbrsError } from '../index.js';
import { PolicyError, assertNumber } from './errors.js';
import { PolicyError as PolicyErrorFromEntry, statutoryRetirement } from './index.js';

/** What the engine throws for `run`. */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe('policy/errors: PolicyError is an HbrsError', () => {
  it('an engine error is caught by `instanceof HbrsError`, and keeps its own name, code, messages and details', () => {
    const e = thrown(() => statutoryRetirement({ birth: '1970-13', category: 'male' }));
    expect(e).to.be.instanceOf(HbrsError);
    expect(e).to.be.instanceOf(PolicyError);
    expect(e).to.be.instanceOf(PolicyErrorFromEntry);
    expect(e).to.be.instanceOf(Error);
    const p = e as PolicyError;
    expect(p.name).to.equal('PolicyError');
    expect(p.code).to.equal('INVALID_YEAR_MONTH');
    expect(p.message).to.be.a('string').and.not.equal('');
    expect(p.messageZh).to.match(/[\u4e00-\u9fff]/);
    expect(String(p)).to.equal(`PolicyError: ${p.message}`);
    expect(p.stack).to.be.a('string');
    // HbrsError's network fields are there, and empty.
    expect(p.url).to.equal(undefined);
    expect(p.status).to.equal(undefined);
    expect(p.cause).to.equal(undefined);
  });

  it('keeps the constructor (code, message, messageZh, details) and frozen details', () => {
    const p = new PolicyError('OUT_OF_RANGE', 'year must be ≥ 1990', '年份不能早于 1990', {
      field: 'year',
      value: 1,
    });
    expect(p).to.be.instanceOf(HbrsError);
    expect(p.code).to.equal('OUT_OF_RANGE');
    expect(p.message).to.equal('year must be ≥ 1990');
    expect(p.messageZh).to.equal('年份不能早于 1990');
    expect(p.details).to.deep.equal({ field: 'year', value: 1 });
    expect(Object.isFrozen(p.details)).to.equal(true);
    expect(new PolicyError('INVALID_DATE', 'm', 'z').details).to.deep.equal({});
    const n = thrown(() => assertNumber(Number.NaN, 'wage'));
    expect(n).to.be.instanceOf(HbrsError).and.to.have.property('code', 'INVALID_NUMBER');
    expect((n as PolicyError).details).to.deep.equal({ field: 'wage', value: Number.NaN });
  });

  it('one catch covers SDK and policy errors; HbrsErrors of the data layer are not PolicyErrors', () => {
    const caught: string[] = [];
    for (const run of [
      () => statutoryRetirement({ birth: '1970-01', category: 'nobody' as 'male' }),
      () => {
        throw new HbrsError('timeout', 'feed timed out');
      },
    ]) {
      try {
        run();
      } catch (e) {
        if (e instanceof HbrsError) caught.push(`${e.name}:${e.code}`);
      }
    }
    expect(caught).to.deep.equal(['PolicyError:UNKNOWN_CATEGORY', 'HbrsError:timeout']);
    expect(new HbrsError('network', 'x')).not.to.be.instanceOf(PolicyError);
  });

  it('isHbrsError (the cross-bundle guard) agrees with instanceof for policy errors', () => {
    let e: unknown;
    try {
      statutoryRetirement({ birth: '1970-01', category: 'nobody' as 'male' });
    } catch (err) {
      e = err;
    }
    expect(isHbrsError(e)).to.equal(true);
    expect(isHbrsError(e, 'UNKNOWN_CATEGORY')).to.equal(true);
    expect(isHbrsError(e, 'timeout')).to.equal(false);
    // A look-alike from another bundle copy: same name and code, other class.
    const twin = Object.assign(new Error('x'), { name: 'PolicyError', code: 'UNKNOWN_CATEGORY' });
    expect(isHbrsError(twin)).to.equal(true);
    expect(isHbrsError(Object.assign(new Error('x'), { name: 'TypeError', code: 'x' }))).to.equal(false);
  });
});
