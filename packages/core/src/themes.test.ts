import { expect, fixture, html } from '@open-wc/testing';
import {
  allThemes,
  cityThemes,
  contrastRatio,
  defaultTokens,
  themeFrom,
  themes,
  themesStylesheet,
  type TokenName,
} from './index.js';

type Tokens = Record<TokenName, string>;

/** Text (and the focus ring) over the backgrounds it sits on in the widgets, with the ratio each needs. */
const PAIRS: Array<[fg: TokenName, bg: TokenName, min: number]> = [
  ['color-text', 'color-surface', 4.5],
  ['color-text', 'color-surface-alt', 4.5],
  ['color-text-muted', 'color-surface', 4.5],
  ['color-text-muted', 'color-surface-alt', 4.5],
  ['color-primary', 'color-surface', 4.5], // links, outlined buttons
  ['color-primary', 'color-surface-alt', 4.5], // active chips, card links
  ['color-on-primary', 'color-primary', 4.5], // primary buttons
  ['color-on-primary', 'color-primary-hover', 4.5],
  ['color-danger', 'color-surface', 4.5],
  ['color-danger', 'color-danger-surface', 4.5],
  ['color-success', 'color-surface', 4.5],
  ['color-notice-text', 'color-notice-surface', 4.5],
  ['color-focus', 'color-surface', 3], // non-text: the focus ring
];

describe('themes', () => {
  it('computes the WCAG contrast ratio', () => {
    expect(contrastRatio('#000000', '#ffffff')).to.equal(21);
    expect(contrastRatio('#ffffff', '#ffffff')).to.equal(1);
    // Known values: #767676 is the lightest grey with 4.5:1 on white, #777777 just fails.
    expect(contrastRatio('#767676', '#ffffff')).to.be.within(4.54, 4.55);
    expect(contrastRatio('#ffffff', '#777777')).to.be.within(4.47, 4.49);
  });

  it('has a theme for every one of the 17 市州 of Hubei', async () => {
    // The reference list of the 市州 (served from the repository by the test runner).
    const res = await fetch('/packages/sample-data/reference-data/hubei-17-shizhou.csv');
    expect(res.ok).to.equal(true);
    const codes = (await res.text())
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',')[0]);
    expect(codes).to.have.length(17);
    expect(
      Object.values(cityThemes)
        .map((c) => c.division)
        .sort(),
    ).to.deep.equal([...codes].sort());
    expect(Object.keys(allThemes()).sort()).to.deep.equal(Object.keys(cityThemes).sort());
    // The built-in themes are the 市州 themes of their cities.
    for (const [name, t] of Object.entries(themes))
      expect(cityThemes[name as keyof typeof cityThemes].primary).to.equal(t['color-primary']);
  });

  it('keeps every text/background pair of the default and every shipped theme at 4.5:1 (3:1 for the focus ring)', () => {
    const all: Record<string, Tokens> = { default: defaultTokens };
    for (const [name, t] of Object.entries(allThemes())) all[name] = { ...defaultTokens, ...t } as Tokens;
    const failures: string[] = [];
    for (const [name, t] of Object.entries(all))
      for (const [fg, bg, min] of PAIRS) {
        const r = contrastRatio(t[fg], t[bg]);
        if (!(r >= min)) failures.push(`${name}: ${fg} ${t[fg]} on ${bg} ${t[bg]} = ${r.toFixed(2)}`);
      }
    expect(failures).to.deep.equal([]);
    expect(Object.keys(all)).to.have.length(18);
  });

  it('derives a theme from one colour, darkening a colour too light for text', () => {
    const t = themeFrom('#8C1D40');
    expect(t['color-primary']).to.equal('#8c1d40');
    expect(t['color-focus']).to.equal(t['color-primary']);
    expect(contrastRatio(t['color-primary-hover'], '#ffffff')).to.be.greaterThan(
      contrastRatio(t['color-primary'], '#ffffff'),
    );
    for (const light of ['#ffcc00', '#66ccff', '#ff69b4', '#ffffff']) {
      const d = themeFrom(light);
      expect(d['color-primary'], light).to.not.equal(light);
      expect(contrastRatio(d['color-primary'], d['color-surface-alt']), light).to.be.at.least(4.5);
      expect(contrastRatio('#ffffff', d['color-primary']), light).to.be.at.least(4.5);
      expect(contrastRatio(defaultTokens['color-text-muted'], d['color-surface-alt']), light).to.be.at.least(
        4.5,
      );
    }
    expect(() => themeFrom('red')).to.throw(TypeError);
  });

  it('ships every theme in themes.css, for an ancestor and for the theme attribute, below a portal’s own values', async () => {
    const style = document.createElement('style');
    style.textContent = `${themesStylesheet()}\n.portal-rule { --hbrs-color-primary: #123456; }`;
    document.head.append(style);
    try {
      for (const [name, t] of Object.entries(allThemes())) {
        const wrap = await fixture<HTMLElement>(
          html`<div data-hbrs-theme=${name}><hbrs-job-fairs theme=${name}></hbrs-job-fairs></div>`,
        );
        const attr = wrap.querySelector('hbrs-job-fairs')!;
        for (const el of [wrap, attr])
          expect(getComputedStyle(el).getPropertyValue('--hbrs-color-primary').trim(), name).to.equal(
            t['color-primary'],
          );
        attr.classList.add('portal-rule');
        expect(getComputedStyle(attr).getPropertyValue('--hbrs-color-primary').trim()).to.equal('#123456');
      }
    } finally {
      style.remove();
    }
  });
});
