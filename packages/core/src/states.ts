import { css, html, nothing, type TemplateResult } from 'lit';
import type { CoreMessages } from './i18n.js';

/**
 * Loading skeleton: a polite status for assistive technology plus `rows` grey bars.
 * Announced once; the bars are hidden from the accessibility tree.
 */
export function renderLoading(t: CoreMessages, rows = 3): TemplateResult {
  return html`<div class="hbrs-state hbrs-loading" part="loading" role="status">
    <span class="hbrs-visually-hidden">${t.loading}</span>
    ${Array.from({ length: rows }, () => html`<div class="hbrs-skeleton" aria-hidden="true"></div>`)}
  </div>`;
}

/** Empty result, with an optional way out (e.g. clearing the filters). */
export function renderEmpty(
  t: CoreMessages,
  options: { message?: string; actionLabel?: string; onAction?: () => void } = {},
): TemplateResult {
  return html`<div class="hbrs-state hbrs-empty" part="empty">
    <p class="hbrs-state-title">${t.emptyTitle}</p>
    ${options.message ? html`<p>${options.message}</p>` : nothing}
    ${
      options.onAction
        ? html`<button type="button" class="hbrs-button" data-variant="secondary" @click=${options.onAction}>
            ${options.actionLabel ?? t.emptyAction}
          </button>`
        : nothing
    }
  </div>`;
}

/** Error with its reason in plain words and a retry button. Announced as an alert. */
export function renderError(
  t: CoreMessages,
  options: { message: string; onRetry?: () => void },
): TemplateResult {
  return html`<div class="hbrs-state hbrs-error" part="error" role="alert">
    <p class="hbrs-state-title">${t.errorTitle}</p>
    <p>${options.message}</p>
    ${
      options.onRetry
        ? html`<button type="button" class="hbrs-button" @click=${options.onRetry}>${t.retry}</button>`
        : nothing
    }
  </div>`;
}

/** The always-visible "示例数据 / sample data" notice shown whenever the data is not official. */
export function renderSampleNotice(t: CoreMessages): TemplateResult {
  return html`<p class="hbrs-sample-notice" part="sample-notice">
    <strong>${t.sampleNoticeTitle}</strong> <span>${t.sampleNotice}</span>
  </p>`;
}

/** Styles for the shared state views. */
export const stateStyles = css`
  .hbrs-state {
    padding: var(--_hbrs-space-5) var(--_hbrs-space-4);
    border: 1px solid var(--_hbrs-color-border);
    border-radius: var(--_hbrs-radius);
    background: var(--_hbrs-color-surface);
  }
  .hbrs-state p {
    margin: 0 0 var(--_hbrs-space-3);
  }
  .hbrs-state-title {
    font-weight: 700;
  }
  .hbrs-error {
    border-color: var(--_hbrs-color-danger);
    background: var(--_hbrs-color-danger-surface);
  }
  .hbrs-error .hbrs-state-title {
    color: var(--_hbrs-color-danger);
  }
  .hbrs-skeleton {
    height: 20px;
    margin: var(--_hbrs-space-3) 0;
    border-radius: var(--_hbrs-radius);
    background: var(--_hbrs-color-skeleton);
    animation: hbrs-pulse 1.4s ease-in-out infinite;
  }
  .hbrs-skeleton:nth-child(3n) {
    width: 70%;
  }
  @keyframes hbrs-pulse {
    50% {
      opacity: 0.5;
    }
  }
  .hbrs-sample-notice {
    margin: 0 0 var(--_hbrs-space-3);
    padding: var(--_hbrs-space-2) var(--_hbrs-space-3);
    border-inline-start: 4px solid var(--_hbrs-color-notice-text);
    background: var(--_hbrs-color-notice-surface);
    color: var(--_hbrs-color-notice-text);
  }
  @media (forced-colors: active) {
    .hbrs-skeleton {
      background: GrayText;
    }
    .hbrs-state,
    .hbrs-sample-notice {
      border: 1px solid CanvasText;
    }
  }
`;
