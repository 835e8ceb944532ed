// One placeholder style in every widget's texts (issue 13): a number of things is `{count}`, never `{n}`.
import { expect } from '@open-wc/testing';
import * as jobFairsZh from '../job-fairs/locales/zh-CN.js';
import * as jobFairsEn from '../job-fairs/locales/en.js';
import * as jobFairsViews from '../job-fairs/views.messages.js';
import * as pensionZh from '../pension-estimator/locales/zh-CN.js';
import * as pensionEn from '../pension-estimator/locales/en.js';
import * as adjustmentZh from '../pension-estimator/locales/adjustment.zh-CN.js';
import * as adjustmentEn from '../pension-estimator/locales/adjustment.en.js';
import * as retirementZh from '../pension-estimator/locales/retirement.zh-CN.js';
import * as retirementEn from '../pension-estimator/locales/retirement.en.js';
import * as postdocZh from '../postdoc-finder/locales/zh-CN.js';
import * as postdocEn from '../postdoc-finder/locales/en.js';
import * as postdocViews from '../postdoc-finder/views/messages.js';
import * as retirementAgeZh from '../retirement-age/locales/zh-CN.js';
import * as retirementAgeEn from '../retirement-age/locales/en.js';
import * as serviceMapZh from '../service-map/locales/zh-CN.js';
import * as serviceMapEn from '../service-map/locales/en.js';

const MODULES: Record<string, unknown> = {
  jobFairsZh,
  jobFairsEn,
  jobFairsViews,
  pensionZh,
  pensionEn,
  adjustmentZh,
  adjustmentEn,
  retirementZh,
  retirementEn,
  postdocZh,
  postdocEn,
  postdocViews,
  retirementAgeZh,
  retirementAgeEn,
  serviceMapZh,
  serviceMapEn,
};

/** Every string in `value`, with its path. */
function strings(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out);
  return out;
}

describe('locale texts: one placeholder style', () => {
  it('no text uses `{n}`: a number of things is `{count}`', () => {
    const all = strings(MODULES, '');
    expect(all.length).to.be.greaterThan(300);
    const short = all.filter(([, s]) => s.includes('{n}')).map(([p]) => p);
    expect(short).to.deep.equal([]);
    expect(all.filter(([, s]) => s.includes('{count}')).length).to.be.greaterThan(40);
  });
});
