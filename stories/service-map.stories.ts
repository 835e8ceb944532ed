import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createClient, type HbrsClient } from '@hbrs/sdk';
import { fixtureFeeds } from '../packages/sdk/src/test/fixtures.js';
import '../packages/widgets/src/service-map/define.js';

/** A client over synthetic feed documents (no network): `hang` never answers, `fail` answers 503. */
function storyClient(mode: 'ok' | 'empty' | 'hang' | 'fail'): HbrsClient {
  const feeds = fixtureFeeds({ servicePoints: mode === 'empty' ? 0 : 400 }) as Record<string, unknown>;
  return createClient({
    feed: 'https://data.example.invalid/feeds/',
    retries: 0,
    fetch: async (url: string) => {
      if (mode === 'hang') return new Promise<Response>(() => undefined);
      if (mode === 'fail') return new Response('upstream down', { status: 503 });
      const name = new URL(url).pathname
        .split('/')
        .pop()!
        .replace(/\.json$/, '');
      return new Response(JSON.stringify(feeds[name]), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    },
  });
}

interface Args {
  tiles: '' | 'none' | 'tianditu' | 'custom';
  'tianditu-key'?: string;
  'tile-url'?: string;
  attribution?: string;
  heading?: string;
  theme?: string;
  'large-text': boolean;
  client?: HbrsClient;
}

const meta: Meta<Args> = {
  title: 'Widgets/Service map',
  component: 'hbrs-service-map',
  args: { tiles: '', 'large-text': false },
  argTypes: {
    tiles: { control: 'inline-radio', options: ['', 'none', 'tianditu', 'custom'] },
    theme: { control: 'select', options: ['', 'wuhan', 'xiangyang'] },
    client: { control: false },
  },
  render: (args) =>
    html`<hbrs-service-map
      tiles=${args.tiles || 'none'}
      tianditu-key=${args['tianditu-key'] ?? ''}
      tile-url=${args['tile-url'] ?? ''}
      attribution=${args.attribution ?? ''}
      .heading=${args.heading}
      .client=${args.client}
      theme=${args.theme ?? ''}
      ?large-text=${args['large-text']}
    ></hbrs-service-map>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Built-in sample data (4,000+ points), offline base map. */
export const Ready: Story = {};
export const Loading: Story = { args: { client: storyClient('hang') } };
export const Error: Story = { args: { client: storyClient('fail') } };
export const Empty: Story = { args: { client: storyClient('empty') } };
/** A point opened from the list (focus on its heading; Escape goes back). */
export const Detail: Story = {
  args: { client: storyClient('ok') },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('hbrs-service-map')!;
    for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('.item'); i++)
      await new Promise((r) => setTimeout(r, 50));
    el.shadowRoot?.querySelector<HTMLButtonElement>('.item')?.click();
  },
};
/** Distances from a 市州 seat, nearest first. */
export const NearestFromDivision: Story = {
  args: { client: storyClient('ok') },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('hbrs-service-map')!;
    for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('#sm-city'); i++)
      await new Promise((r) => setTimeout(r, 50));
    const select = el.shadowRoot?.querySelector<HTMLSelectElement>('#sm-city');
    if (select) {
      select.value = '420100';
      select.dispatchEvent(new Event('change'));
    }
  },
};
export const English: Story = {
  render: (args) =>
    html`<div lang="en">${meta.render!({ ...args, client: storyClient('ok') }, {} as never)}</div>`,
};
export const EnglishDetail: Story = {
  ...Detail,
  render: (args) => html`<div lang="en">${meta.render!(args, {} as never)}</div>`,
};
export const WuhanTheme: Story = { args: { theme: 'wuhan', client: storyClient('ok') } };
export const XiangyangTheme: Story = { args: { theme: 'xiangyang', client: storyClient('ok') } };
export const LargeText: Story = { args: { 'large-text': true, client: storyClient('ok') } };
/** Tianditu base map: needs the portal's own browser key (set `tianditu-key` in the controls); without one the offline base is shown. */
export const Tianditu: Story = { args: { tiles: 'tianditu', 'tianditu-key': '', client: storyClient('ok') } };
