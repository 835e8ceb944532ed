import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../packages/widgets/src/job-fairs/define.js';
import {
  NOW,
  baseFairs,
  fakeClient,
  manyFairs,
  type FakeFeedOptions,
} from '../packages/widgets/src/job-fairs/test/fixtures.js';

interface Args {
  theme?: string;
  'large-text': boolean;
  division?: string;
  date?: string;
  mode?: string;
  campaign?: string;
  audience?: string;
  keyword?: string;
  view?: string;
  selected?: string;
  'hide-filters'?: string;
  lang: string;
  /** Story-only: which fake feed the widget reads. */
  source: 'fixtures' | 'loading' | 'error' | 'many' | 'sample';
}

const clientFor = (source: Args['source']) => {
  const options: FakeFeedOptions =
    source === 'loading'
      ? { hold: true }
      : source === 'error'
        ? { status: 503 }
        : source === 'many'
          ? { fairs: [...baseFairs(), ...manyFairs(10_000)] }
          : {};
  return source === 'sample' ? undefined : fakeClient(options).client;
};

const meta: Meta<Args> = {
  title: 'Widgets/Job fairs',
  component: 'hbrs-job-fairs',
  args: { 'large-text': false, lang: 'zh-CN', source: 'fixtures', date: 'upcoming', view: 'list' },
  argTypes: {
    theme: { control: 'select', options: ['', 'wuhan', 'xiangyang'] },
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    date: { control: 'select', options: ['upcoming', 'week', 'month', 'past', 'all', 'custom'] },
    mode: { control: 'select', options: ['', 'online', 'offline'] },
    view: { control: 'inline-radio', options: ['list', 'month'] },
    source: { control: 'select', options: ['fixtures', 'loading', 'error', 'many', 'sample'] },
  },
  parameters: { layout: 'padded' },
  render: (args) =>
    html`<div lang=${args.lang}>
      <hbrs-job-fairs
        .client=${clientFor(args.source)}
        .now=${args.source === 'sample' ? undefined : NOW}
        theme=${args.theme ?? ''}
        ?large-text=${args['large-text']}
        division=${args.division ?? ''}
        date=${args.date ?? 'upcoming'}
        mode=${args.mode ?? ''}
        campaign=${args.campaign ?? ''}
        audience=${args.audience ?? ''}
        keyword=${args.keyword ?? ''}
        view=${args.view ?? 'list'}
        selected=${args.selected ?? ''}
        hide-filters=${args['hide-filters'] ?? ''}
      ></hbrs-job-fairs>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** Upcoming and ongoing fairs, soonest first (test fixtures, clock fixed at 11 March 2026 10:00). */
export const Ready: Story = {};
/** The loading skeleton (the feed never answers). */
export const Loading: Story = { args: { source: 'loading' } };
/** The feed answers HTTP 503: the reason in plain words and a retry button. */
export const Error: Story = { args: { source: 'error' } };
/** No fair matches: the way out clears the filters. */
export const Empty: Story = { args: { campaign: 'jinqiu' } };
/** A fair's detail: zones, employers and positions, contact, registration, add to calendar. */
export const Detail: Story = { args: { selected: 'JF-1' } };
/** The month view (calendar grid), keyboard-navigable. */
export const Month: Story = { args: { view: 'month' } };
/** A county portal: the division is preset and its filter hidden. */
export const CountyPortal: Story = { args: { division: '420281', 'hide-filters': 'division' } };
/** 10,007 fairs: the list is windowed (only the rows in view are in the DOM). */
export const TenThousandFairs: Story = { args: { source: 'many', date: 'all' } };
/** The built-in sample data set, with its notice. */
export const SampleData: Story = { args: { source: 'sample' } };
export const English: Story = { args: { lang: 'en' } };
export const EnglishDetail: Story = { args: { lang: 'en', selected: 'JF-1' } };
export const EnglishMonth: Story = { args: { lang: 'en', view: 'month' } };
export const EnglishError: Story = { args: { lang: 'en', source: 'error' } };
export const EnglishEmpty: Story = { args: { lang: 'en', campaign: 'jinqiu' } };
export const WuhanTheme: Story = { args: { theme: 'wuhan' } };
export const XiangyangTheme: Story = { args: { theme: 'xiangyang', view: 'month' } };
export const LargeText: Story = { args: { 'large-text': true } };
export const LargeTextDetail: Story = { args: { 'large-text': true, selected: 'JF-2' } };
