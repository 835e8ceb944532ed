import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createClient, type HbrsClient } from '@hbrs/sdk';
import '../packages/widgets/src/postdoc-finder/define.js';
import type { HbrsPostdocFinder } from '../packages/widgets/src/postdoc-finder/postdoc-finder.js';
import { fixtureClient, programmeItems } from '../packages/widgets/src/postdoc-finder/test/fixtures.js';

interface Args {
  lang: string;
  theme?: string;
  'large-text': boolean;
  'page-size': number;
  width?: number;
  client: HbrsClient;
}

/** A client whose feed never answers: the widget stays in its loading state. */
const loadingClient = (): HbrsClient =>
  createClient({ feed: 'https://data.example.invalid/feeds/', fetch: () => new Promise<Response>(() => {}) });

/** Narrows the story (CSSOM, so it also works under a strict CSP). */
const setWidth = (e: Element | undefined, width: number | undefined): void => {
  if (e instanceof HTMLElement) e.style.setProperty('max-width', width ? `${width}px` : '');
};

const widget = (root: HTMLElement): HbrsPostdocFinder => root.querySelector('hbrs-postdoc-finder')!;

/** Waits until the widget shows its results, then returns it. */
async function ready(root: HTMLElement): Promise<HbrsPostdocFinder> {
  const el = widget(root);
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('.cards'); i++)
    await new Promise((r) => setTimeout(r, 20));
  return el;
}

async function type(el: HbrsPostdocFinder, value: string): Promise<void> {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('#pd-q')!;
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

const meta: Meta<Args> = {
  title: 'Widgets/Postdoc finder',
  component: 'hbrs-postdoc-finder',
  args: { lang: 'zh-CN', 'large-text': false, 'page-size': 20 },
  argTypes: {
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'select', options: ['', 'wuhan', 'xiangyang'] },
    width: { control: { type: 'range', min: 320, max: 1200, step: 10 } },
    client: { table: { disable: true } },
  },
  render: (args) =>
    html`<div lang=${args.lang} ${ref((e) => setWidth(e, args.width))}>
      <hbrs-postdoc-finder
        .client=${args.client ?? fixtureClient()}
        theme=${args.theme ?? ''}
        ?large-text=${args['large-text']}
        page-size=${args['page-size']}
      ></hbrs-postdoc-finder>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** 40 sample programmes (test fixtures through the real SDK feed source). */
export const Ready: Story = {};

export const Loading: Story = { args: { client: loadingClient() } };

export const Error: Story = { args: { client: fixtureClient({ status: 503 }) } };

/** No match: the empty view offers to clear the filters. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await type(el, 'zzqqxx');
  },
};

/** Typing `jsj` suggests 计算机科学与技术; the first suggestion is active. */
export const Suggestions: Story = {
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await type(el, 'jsj');
    el.shadowRoot!.querySelector<HTMLInputElement>('#pd-q')!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }),
    );
  },
};

/** A programme's detail: openings, the host's other programmes, the support schemes that apply. */
export const Detail: Story = {
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    el.shadowRoot!.querySelectorAll<HTMLElement>('[data-open]')[2]!.click();
  },
};

/** Three programmes side by side. */
export const Comparison: Story = {
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    for (const i of [0, 1, 2]) {
      el.shadowRoot!.querySelectorAll<HTMLElement>('.card .pin')[i]!.click();
      await el.updateComplete;
    }
  },
};

/** Official data (no sample notice), 1,000 programmes. */
export const ThousandProgrammes: Story = {
  args: { client: fixtureClient({ items: programmeItems(1000), official: true }) },
};

export const English: Story = { args: { lang: 'en' } };
export const EnglishDetail: Story = { args: { lang: 'en' }, play: Detail.play };
export const WuhanTheme: Story = { args: { theme: 'wuhan' } };
export const XiangyangTheme: Story = { args: { theme: 'xiangyang' } };
export const LargeText: Story = { args: { 'large-text': true } };
/** 320 px wide, as on a small phone. */
export const Narrow: Story = { args: { width: 320 } };
