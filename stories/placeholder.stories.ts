import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { PlaceholderState } from '@hbrs/widgets/placeholder';

interface Args {
  state: PlaceholderState;
  heading?: string;
  theme?: string;
  'large-text': boolean;
}

const meta: Meta<Args> = {
  title: 'Widgets/Placeholder',
  component: 'hbrs-placeholder',
  args: { state: 'ready', 'large-text': false },
  argTypes: {
    state: { control: 'inline-radio', options: ['ready', 'loading', 'empty', 'error'] },
    theme: { control: 'select', options: ['', 'wuhan', 'xiangyang'] },
  },
  render: (args) =>
    html`<hbrs-placeholder
      state=${args.state}
      .heading=${args.heading}
      theme=${args.theme ?? ''}
      ?large-text=${args['large-text']}
    ></hbrs-placeholder>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Ready: Story = {};
export const Loading: Story = { args: { state: 'loading' } };
export const Empty: Story = { args: { state: 'empty' } };
export const Error: Story = { args: { state: 'error' } };
export const English: Story = {
  render: (args) => html`<div lang="en"><hbrs-placeholder state=${args.state}></hbrs-placeholder></div>`,
};
export const WuhanTheme: Story = { args: { theme: 'wuhan' } };
export const XiangyangTheme: Story = { args: { theme: 'xiangyang' } };
export const LargeText: Story = { args: { 'large-text': true } };
