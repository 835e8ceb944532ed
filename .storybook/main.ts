import type { StorybookConfig } from '@storybook/web-components-vite';

// Storybook 10 for designers: every widget, state, locale and theme. Controls and docs come from
// packages/widgets/custom-elements.json (built by `pnpm build`, which `pnpm storybook` runs first).
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};
export default config;
