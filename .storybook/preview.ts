import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../packages/widgets/custom-elements.json';
import '@hbrs/core/themes.css';
import '@hbrs/widgets/all';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'zh-CN', title: '中文 (zh-CN)' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'City theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Hubei (default)' },
          { value: 'wuhan', title: '武汉 Wuhan' },
          { value: 'xiangyang', title: '襄阳 Xiangyang' },
        ],
        dynamicTitle: true,
      },
    },
    largeText: {
      description: 'Large-text (适老化) mode',
      toolbar: {
        title: 'Large text',
        icon: 'zoom',
        items: [
          { value: 'off', title: 'Normal text' },
          { value: 'on', title: '大字 Large text' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'zh-CN', theme: 'default', largeText: 'off' },
  decorators: [
    (story, context) =>
      html`<div
        lang=${context.globals.locale ?? 'zh-CN'}
        data-hbrs-theme=${ifDefined(context.globals.theme === 'default' ? undefined : context.globals.theme)}
        ?data-hbrs-large-text=${context.globals.largeText === 'on'}
      >
        ${story()}
      </div>`,
  ],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};
export default preview;
