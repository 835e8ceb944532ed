import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { BEIJING_2014_ADJUSTMENT, type AdjustmentRuleSet } from '@hbrs/sdk/policy';
import '../packages/widgets/src/pension-estimator/define.js';
import type { HbrsPensionEstimator } from '../packages/widgets/src/pension-estimator/pension-estimator.js';
import { tabLoaders } from '../packages/widgets/src/pension-estimator/tabs.js';

interface Args {
  lang: string;
  mode: 'adjustment' | 'retirement';
  rules?: AdjustmentRuleSet;
  'rules-src'?: string;
  birth?: string;
  category?: string;
  city?: string;
  theme?: string;
  'large-text': boolean;
  width?: number;
  /** Press "fill in example values" once rendered, to show a result. */
  example: boolean;
  /** Stand in for the download of the shown tab: never answers (loading view) or fails (error view). */
  download?: 'hang' | 'fail';
}

/** A test fixture shaped like an official rule set (the figures are Beijing 2014's, the document is made up). */
const OFFICIAL_FIXTURE: AdjustmentRuleSet = {
  ...BEIJING_2014_ADJUSTMENT,
  provenance: {
    ...BEIJING_2014_ADJUSTMENT.provenance,
    official: true,
    document: '示例文件〔2025〕1号（演示用）',
    url: 'https://rst.hubei.gov.cn/',
  },
};

/** Requests to this host never answer, so the loading view stays on screen. */
const HANGING = 'https://hang.example.invalid/rules.json';
const installHangingFetch = (): void => {
  const w = window as typeof window & { __peHang?: boolean };
  if (w.__peHang) return;
  w.__peHang = true;
  const original = window.fetch.bind(window);
  window.fetch = (input, init) =>
    String(input) === HANGING ? new Promise<Response>(() => {}) : original(input, init);
};

const realLoaders = { ...tabLoaders };
/**
 * Makes the tabs' downloads hang or fail for the story's element (the loaders are shared by the page:
 * open these stories on their own page rather than in the docs view).
 */
const standInDownloads = (download: Args['download']): void => {
  Object.assign(tabLoaders, realLoaders);
  if (!download) return;
  const standIn = (): Promise<never> =>
    download === 'hang'
      ? new Promise<never>(() => {})
      : Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
  Object.assign(tabLoaders, { adjustment: standIn, retirement: standIn });
};

/** Narrows the story (CSSOM, so it also works under a strict CSP) and presses the example button. */
const setUp = (e: Element | undefined, args: Args): void => {
  if (!(e instanceof HTMLElement)) return;
  e.style.setProperty('max-width', args.width ? `${args.width}px` : '');
  if (!args.example) return;
  const el = e.querySelector<HbrsPensionEstimator>('hbrs-pension-estimator');
  // The button is in the shown tab's element (its own shadow root).
  void el?.updateComplete.then(() =>
    el.shadowRoot
      ?.querySelector('.tab')
      ?.shadowRoot?.querySelector<HTMLButtonElement>('[part=empty] button')
      ?.click(),
  );
};

const meta: Meta<Args> = {
  title: 'Widgets/Pension estimator',
  component: 'hbrs-pension-estimator',
  args: { lang: 'zh-CN', mode: 'adjustment', 'large-text': false, example: false },
  argTypes: {
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    mode: { control: 'inline-radio', options: ['adjustment', 'retirement'] },
    category: { control: 'inline-radio', options: ['', 'male', 'female-55', 'female-50'] },
    theme: { control: 'select', options: ['', 'wuhan', 'xiangyang'] },
    width: { control: { type: 'range', min: 320, max: 1200, step: 10 } },
    rules: { control: false },
  },
  render: (args) => {
    if (args['rules-src'] === HANGING) installHangingFetch();
    standInDownloads(args.download);
    return html`<div lang=${args.lang} ${ref((e) => setUp(e, args))}>
      <hbrs-pension-estimator
        mode=${args.mode}
        .rules=${args.rules}
        rules-src=${args['rules-src'] ?? ''}
        birth=${args.birth ?? ''}
        category=${args.category ?? ''}
        city=${args.city ?? ''}
        theme=${args.theme ?? ''}
        ?large-text=${args['large-text']}
      ></hbrs-pension-estimator>
    </div>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/**
 * The built-in Hubei 2025 rule set: a structure whose amounts are not published yet. The "示例参数测算"
 * notice shows, and the form waits for input (empty state with "fill in example values").
 */
export const AdjustmentEmpty: Story = {};

/** The Hubei template with the example values: every part says "待公布" and no total is invented. */
export const AdjustmentTemplate: Story = { args: { example: true } };

/** Beijing 2014 figures (a structure example, not official): 105 + 100 = 205 yuan more a month. */
export const AdjustmentReady: Story = { args: { rules: BEIJING_2014_ADJUSTMENT, example: true } };

/** An official rule set: no example notice, the document number and a link to the text. */
export const AdjustmentOfficial: Story = { args: { rules: OFFICIAL_FIXTURE, example: true } };

/** Fetching `rules-src`: the loading view. */
export const Loading: Story = { args: { 'rules-src': HANGING } };

/** `rules-src` that cannot be reached: the reason in plain words and a retry button. */
export const Error: Story = { args: { 'rules-src': 'https://data.example.invalid/rules/hubei-2025.json' } };

/** The retirement tab's part of the widget is still downloading: the tab's loading view, tabs and glossary shown. */
export const TabLoading: Story = { args: { mode: 'retirement', download: 'hang' } };

/** The tab's part of the widget could not be downloaded: the reason and a retry button. */
export const TabDownloadError: Story = { args: { mode: 'retirement', download: 'fail' } };

/** In English, the download error of the adjustment tab. */
export const TabDownloadErrorEnglish: Story = { args: { lang: 'en', download: 'fail' } };

/** At retirement, empty: city preselected with its 计发基数, the rest to fill in. */
export const RetirementEmpty: Story = { args: { mode: 'retirement', city: '宜昌' } };

/** At retirement: Wuhan, index 1, 35 years, 139 000 yuan at 60 → 3 189.20 + 1 000.00 = 4 189.20 a month. */
export const RetirementReady: Story = { args: { mode: 'retirement', example: true } };

/** Birth and category preset: the statutory retirement age (63) is filled in. */
export const RetirementPreset: Story = {
  args: { mode: 'retirement', birth: '1976-09', category: 'male', city: '襄阳' },
};

/** The account projected from the wage (the projection engine is downloaded when this option is chosen). */
export const RetirementProjection: Story = {
  args: { mode: 'retirement', example: true },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('hbrs-pension-estimator')!;
    await el.updateComplete;
    // The retirement tab is an internal element with its own shadow root, defined when its chunk arrives.
    await customElements.whenDefined('hbrs-pension-retirement-tab');
    const tab = el.shadowRoot!.querySelector('hbrs-pension-retirement-tab') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await tab.updateComplete;
    tab.shadowRoot!.querySelector<HTMLInputElement>('#acct-project')!.click();
    // The choice goes up to the estimator and comes back down as the tab's values.
    for (let i = 0; i < 100 && !tab.shadowRoot!.querySelector('#cbal'); i++) {
      await new Promise((r) => setTimeout(r, 20));
    }
    for (const [name, value] of [
      ['cbal', '50000'],
      ['wage', '7000'],
      ['left', '10'],
    ]) {
      const input = tab.shadowRoot!.querySelector<HTMLInputElement>(`#${name}`)!;
      input.value = value!;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await tab.updateComplete;
    }
  },
};

export const English: Story = { args: { lang: 'en', rules: BEIJING_2014_ADJUSTMENT, example: true } };
export const EnglishRetirement: Story = { args: { lang: 'en', mode: 'retirement', example: true } };
export const WuhanTheme: Story = { args: { theme: 'wuhan', mode: 'retirement', example: true } };
export const XiangyangTheme: Story = {
  args: { theme: 'xiangyang', rules: BEIJING_2014_ADJUSTMENT, example: true },
};
export const LargeText: Story = { args: { 'large-text': true, mode: 'retirement', example: true } };
export const Narrow320: Story = {
  args: { width: 320, 'large-text': true, mode: 'retirement', example: true },
};
