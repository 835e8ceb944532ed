import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/widgets/src/retirement-age/define.js';
import type { HbrsRetirementAge } from '../packages/widgets/src/retirement-age/retirement-age.js';

interface Args {
  lang: string;
  birth?: string;
  category?: string;
  'contribution-years'?: string;
  now: string;
  theme?: string;
  'large-text': boolean;
  width?: number;
}

/** Narrows the story (CSSOM, so it also works under a strict CSP). */
const setWidth = (e: Element | undefined, width: number | undefined): void => {
  if (e instanceof HTMLElement) e.style.setProperty('max-width', width ? `${width}px` : '');
};

const widget = (root: HTMLElement): HbrsRetirementAge => root.querySelector('hbrs-retirement-age')!;

const meta: Meta<Args> = {
  title: 'Widgets/Retirement age',
  component: 'hbrs-retirement-age',
  // A fixed "now" keeps the contribution projection (and the screenshots) stable.
  args: { lang: 'zh-CN', birth: '1970-01', category: 'male', now: '2026-11', 'large-text': false },
  argTypes: {
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    category: { control: 'inline-radio', options: ['male', 'female-55', 'female-50'] },
    theme: { control: 'select', options: ['', 'wuhan', 'xiangyang'] },
    width: { control: { type: 'range', min: 320, max: 1200, step: 10 } },
  },
  render: (args) =>
    html`<div lang=${args.lang} ${ref((e) => setWidth(e, args.width))}>
      <hbrs-retirement-age
        birth=${args.birth ?? ''}
        category=${args.category ?? ''}
        contribution-years=${args['contribution-years'] ?? ''}
        now=${args.now}
        theme=${args.theme ?? ''}
        ?large-text=${args['large-text']}
      ></hbrs-retirement-age>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A man born January 1970: 61 years 4 months, May 2031, 16 months of delay, minimum 16 years. */
export const Ready: Story = {};

/** Nothing chosen yet: the empty view says what is missing and takes the focus there. */
export const Empty: Story = { args: { birth: undefined, category: undefined } };

/** A preset that is not a month of birth: the error view names it and offers to start again. */
export const Error: Story = { args: { birth: '1970-13', category: 'female' } };

/** With contribution years: on track for the minimum. */
export const OnTrack: Story = { args: { birth: '1972-06', 'contribution-years': '10' } };

/** Short of the minimum even when contributing until the statutory month (with the ways to make it up). */
export const Short: Story = { args: { birth: '1984-11', category: 'female-50', 'contribution-years': '1' } };

/** Original age 50, delay capped at 60 months: the earliest flexible retirement is 52, not 50. */
export const Female50Cap: Story = { args: { birth: '1984-11', category: 'female-50' } };

/** Reached the statutory age before the reform: no delay. */
export const BeforeReform: Story = { args: { birth: '1964-12' } };

/** The step-by-step calculation opened (focus moves to its heading). */
export const Detail: Story = {
  play: async ({ canvasElement }) => {
    const el = widget(canvasElement);
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('#ra-steps-toggle')!.click();
  },
};

/** Invalid contribution years: the inline message. */
export const InvalidInput: Story = { args: { 'contribution-years': '-3' } };

export const English: Story = { args: { lang: 'en', 'contribution-years': '20' } };
export const EnglishEmpty: Story = { args: { lang: 'en', birth: undefined, category: undefined } };
export const EnglishDetail: Story = { args: { lang: 'en' }, play: Detail.play };
export const WuhanTheme: Story = { args: { theme: 'wuhan' } };
export const XiangyangTheme: Story = { args: { theme: 'xiangyang', category: 'female-55' } };
export const LargeText: Story = { args: { 'large-text': true, 'contribution-years': '12.5' } };
/** 320 px wide, as on a small phone. */
export const Narrow: Story = { args: { width: 320, birth: '1981-01', category: 'female-50' } };
/** 320 px and the large-text mode. */
export const NarrowLargeText: Story = { args: { width: 320, 'large-text': true } };
