// The earliest flexible retirement date relative to the widget's `now` (issue 14.3): said when it has passed.
import { expect, html } from '@open-wc/testing';
import { expectStatesAccessible } from '@hbrs/testing';
import { RetirementPage, restorePage } from './test/page.js';

// Male, born January 1970: statutory later than 2030, before 2035; earliest flexible 60 years (2030-01).
const mount = (now: string, lang = 'zh-CN') =>
  RetirementPage.mount(
    html`<div lang=${lang}>
      <hbrs-retirement-age
        now=${now}
        birth="1970-01"
        category="male"
        contribution-years="25"
      ></hbrs-retirement-age>
    </div>`,
  );

describe('<hbrs-retirement-age>: earliest flexible date already past', () => {
  afterEach(restorePage);

  it('before the earliest month: the usual projection, no "passed" note (zh-CN)', async () => {
    const page = await mount('2029-12');
    expect(page.fact('earliest')).to.contain('2030年1月');
    expect(page.fact('earliest')).to.contain('届时约');
    expect(page.fact('earliest')).to.not.contain('已过');
  });

  it('after it: says the date has passed and early retirement can still be asked for until the statutory month (zh-CN)', async () => {
    const page = await mount('2030-06');
    const t = page.fact('earliest');
    expect(t).to.contain('按2030年6月计，这一时间已过');
    expect(t).to.contain('仍可申请弹性提前退休');
    expect(t).to.not.contain('届时约');
    page.el.now = '2035-01';
    await page.el.updateComplete;
    expect(page.fact('earliest')).to.contain('法定退休时间也已到达');
  });

  it('in English too, and the states pass axe', async () => {
    const page = await mount('2030-06', 'en');
    expect(page.fact('earliest')).to.match(
      /As of .*2030 this date has passed: until the statutory retirement date/,
    );
    await expectStatesAccessible(page.el, [
      { name: 'earliest passed', enter: () => {} },
      { name: 'earliest and statutory passed', enter: (e) => void (e.now = '2035-01') },
    ]);
    expect(page.fact('earliest')).to.contain('and so has the statutory retirement date');
  });
});
