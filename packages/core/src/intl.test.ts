import { expect } from '@open-wc/testing';
import { dateTimeFormat, formatDateTime, formatMoney, numberFormat, TIME_ZONE } from './index.js';

describe('Intl formatter cache', () => {
  it('makes one formatter per locale and options, whatever the order of the options', () => {
    const a = numberFormat('en', { maximumFractionDigits: 1, minimumFractionDigits: 0 });
    const b = numberFormat('en', { minimumFractionDigits: 0, maximumFractionDigits: 1 });
    expect(a).to.equal(b);
    expect(a.format(1234.56)).to.equal('1,234.6');
    expect(numberFormat('zh-CN', { maximumFractionDigits: 1 })).not.to.equal(a);
    expect(numberFormat('en')).to.equal(numberFormat('en', {}));
  });

  it('formats dates in Asia/Shanghai unless told otherwise', () => {
    const f = dateTimeFormat('en', { dateStyle: 'short' });
    expect(f.resolvedOptions().timeZone).to.equal(TIME_ZONE);
    expect(f).to.equal(dateTimeFormat('en', { dateStyle: 'short', timeZone: 'Asia/Shanghai' }));
    expect(f.format(Date.parse('2026-02-03T16:30:00Z'))).to.equal('2/4/26');
    expect(
      dateTimeFormat('en', { dateStyle: 'short', timeZone: 'UTC' }).format(
        Date.parse('2026-02-03T16:30:00Z'),
      ),
    ).to.equal('2/3/26');
  });

  it('backs formatMoney and formatDateTime', () => {
    expect(formatMoney('zh-CN', 12)).to.equal(
      numberFormat('zh-CN', { style: 'currency', currency: 'CNY' }).format(12),
    );
    expect(formatDateTime('zh-CN', 0, { year: 'numeric' })).to.equal(
      dateTimeFormat('zh-CN', { year: 'numeric' }).format(0),
    );
  });
});
