import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  HbrsElement,
  renderEmpty,
  renderError,
  renderLoading,
  renderSampleNotice,
  type Dictionaries,
} from '@hbrs/core';
import { placeholderStyles } from './placeholder.styles.js';
import zhCN from './locales/zh-CN.js';
import en from './locales/en.js';

/** Message shape of <hbrs-placeholder>. */
export type PlaceholderMessages = typeof zhCN;
const messages: Dictionaries<PlaceholderMessages> = { 'zh-CN': zhCN, en };

/** The shared states the placeholder can show. */
export type PlaceholderState = 'ready' | 'loading' | 'empty' | 'error';

/**
 * A minimal element that proves the pipeline (build, CDN bundle, manifest, tests, Storybook, docs)
 * and shows each shared state view. It will be removed once the real widgets exist.
 *
 * @tagname hbrs-placeholder
 * @summary Pipeline placeholder showing the shared states and the sample-data notice.
 *
 * @event hbrs-retry - The user pressed "retry" in the error state. `detail: { reason: string }`.
 *
 * @csspart title - The heading.
 * @csspart sample-notice - The "示例数据 / sample data" notice.
 * @csspart loading - The loading skeleton.
 * @csspart empty - The empty-result view.
 * @csspart error - The error view.
 *
 * @cssprop [--hbrs-color-primary] - Heading colour.
 *
 * @slot - Optional extra content shown in the ready state.
 */
export class HbrsPlaceholder extends HbrsElement {
  static override styles = [...HbrsElement.styles, placeholderStyles];

  /** Which state to show: `ready`, `loading`, `empty` or `error`. */
  @property({ reflect: true }) state: PlaceholderState = 'ready';

  /** Heading text; defaults to the localized title. */
  @property() heading?: string;

  private get t(): PlaceholderMessages {
    return messages[this.locale];
  }

  private retry = (): void => {
    this.emit('hbrs-retry', { reason: 'user' });
    this.state = 'ready';
  };

  private clear = (): void => {
    this.state = 'ready';
  };

  private renderBody(): TemplateResult {
    switch (this.state) {
      case 'loading':
        return renderLoading(this.coreText);
      case 'empty':
        return renderEmpty(this.coreText, { message: this.t.emptyMessage, onAction: this.clear });
      case 'error':
        return renderError(this.coreText, { message: this.t.errorMessage, onRetry: this.retry });
      default:
        return html`<p>${this.t.body}</p>
          <slot></slot>`;
    }
  }

  protected override render(): TemplateResult {
    return html`<section class="hbrs-root" lang=${this.locale} aria-labelledby="title">
      <h2 id="title" part="title">${this.heading ?? this.t.title}</h2>
      ${renderSampleNotice(this.coreText)} ${this.renderBody()}
    </section>`;
  }
}
