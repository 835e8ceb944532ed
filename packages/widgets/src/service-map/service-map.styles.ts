import { css } from 'lit';

// Wide layouts: the list column is as tall as the map column (size containment: its content does not size the
// row) and scrolls, so the map is beside every result whatever scrolls around the widget (issue 16).

export const serviceMapStyles = css`
  :host {
    --_sm-map-height: var(--hbrs-service-map-height, 360px);
    --_sm-map-bg: var(--hbrs-service-map-background, #eef2f6);
  }
  .hbrs-root {
    display: block;
  }
  h2 {
    margin: 0 0 var(--_hbrs-space-3);
    font-size: 1.375em;
    line-height: 1.3;
    color: var(--_hbrs-color-primary);
  }
  .sm-intro {
    color: var(--_hbrs-color-text-muted);
  }
  fieldset.sm-where {
    margin: 0 0 var(--_hbrs-space-3);
    padding: var(--_hbrs-space-3);
    border: 1px solid var(--_hbrs-color-border);
    border-radius: var(--_hbrs-radius);
    min-width: 0;
  }
  legend {
    padding: 0 var(--_hbrs-space-1);
    font-weight: 700;
  }
  .sm-locate-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_hbrs-space-2) var(--_hbrs-space-3);
    align-items: center;
  }
  .sm-locate-row .sm-hint {
    flex: 1 1 200px;
    margin: 0;
  }
  .sm-locate-msg {
    margin: var(--_hbrs-space-2) 0 0;
    font-weight: 700;
  }
  .sm-fields,
  .sm-filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_hbrs-space-3);
    align-items: flex-end;
  }
  .sm-fields {
    margin-top: var(--_hbrs-space-3);
  }
  .sm-filters {
    margin: 0 0 var(--_hbrs-space-3);
  }
  .sm-field {
    display: flex;
    flex-direction: column;
    gap: var(--_hbrs-space-1);
    flex: 1 1 180px;
    min-width: 0;
  }
  .sm-keyword {
    flex-basis: 100%;
  }
  input,
  select {
    font: inherit;
    color: var(--_hbrs-color-text);
    background: var(--_hbrs-color-surface);
    min-height: 44px;
    padding: var(--_hbrs-space-2);
    border: 1px solid var(--_hbrs-color-text-muted);
    border-radius: var(--_hbrs-radius);
    max-width: 100%;
  }
  .sm-check {
    display: flex;
    align-items: center;
    gap: var(--_hbrs-space-2);
    min-height: 44px;
    cursor: pointer;
  }
  .sm-check input {
    width: 24px;
    height: 24px;
    min-height: 0;
    margin: 0;
  }
  button.hbrs-button:disabled {
    opacity: 0.6;
    cursor: default;
  }
  .sm-summary {
    font-weight: 700;
  }
  .sm-layout {
    display: grid;
    gap: var(--_hbrs-space-4);
    grid-template-columns: minmax(0, 1fr);
  }
  .sm-skip {
    font: inherit;
    display: inline-block;
    min-height: 44px;
    margin: 0 0 var(--_hbrs-space-2);
    padding: var(--_hbrs-space-2) 0;
    border: 0;
    background: none;
    color: var(--_hbrs-color-primary);
    text-decoration: underline;
    cursor: pointer;
  }
  .sm-map-frame {
    position: relative;
    height: var(--_sm-map-height);
    border: 1px solid var(--_hbrs-color-border);
    border-radius: var(--_hbrs-radius);
    overflow: hidden;
  }
  .sm-map {
    position: absolute;
    inset: 0;
    background: var(--_sm-map-bg);
    font-family: inherit;
  }
  .sm-map:focus-visible {
    outline-offset: -4px;
  }
  .sm-map-status {
    position: absolute;
    inset: 0;
    margin: 0;
    display: flex;
    align-items: center;
    justify-content: center;
    color: var(--_hbrs-color-text-muted);
    pointer-events: none;
  }
  .sm-zoom {
    position: absolute;
    top: var(--_hbrs-space-2);
    right: var(--_hbrs-space-2);
    z-index: 1001;
    display: flex;
    flex-direction: column;
    gap: var(--_hbrs-space-1);
  }
  .sm-zoom button {
    font: inherit;
    font-size: 22px;
    line-height: 1;
    width: 44px;
    height: 44px;
    border: 1px solid var(--_hbrs-color-text-muted);
    border-radius: var(--_hbrs-radius);
    background: var(--_hbrs-color-surface);
    color: var(--_hbrs-color-text);
    cursor: pointer;
  }
  .sm-zoom button:hover {
    background: var(--_hbrs-color-surface-alt);
  }
  .sm-city-label {
    padding: 0 4px;
    white-space: nowrap;
    font-size: 13px;
    color: var(--_hbrs-color-text);
    background: color-mix(in srgb, var(--_sm-map-bg) 80%, transparent);
    border-radius: 3px;
  }
  .sm-cluster {
    display: flex;
    align-items: center;
    justify-content: center;
    border-radius: 50%;
    background: var(--_hbrs-color-primary);
    color: var(--_hbrs-color-on-primary);
    border: 3px solid var(--_hbrs-color-surface);
    box-shadow: 0 0 0 1px var(--_hbrs-color-primary);
    font-weight: 700;
    font-size: 13px;
    cursor: pointer;
  }
  .sm-cluster:focus-visible {
    outline: var(--_hbrs-focus-ring-width) solid var(--_hbrs-color-focus);
    outline-offset: 2px;
  }
  .sm-selected span {
    display: block;
    width: 30px;
    height: 30px;
    border-radius: 50%;
    border: 4px solid var(--_hbrs-color-focus);
    background: radial-gradient(circle, var(--_hbrs-color-primary) 0 5px, var(--_hbrs-color-surface) 6px);
    box-shadow: 0 0 0 2px var(--_hbrs-color-surface);
  }
  .sm-list-title:focus {
    outline: none;
  }
  .sm-list-title:focus-visible {
    outline: var(--_hbrs-focus-ring-width) solid var(--_hbrs-color-focus);
  }
  .sm-list {
    list-style: none;
    margin: 0 0 var(--_hbrs-space-3);
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_hbrs-space-2);
  }
  .item {
    font: inherit;
    display: flex;
    flex-direction: column;
    gap: 2px;
    width: 100%;
    min-height: 44px;
    padding: var(--_hbrs-space-2) var(--_hbrs-space-3);
    text-align: start;
    color: var(--_hbrs-color-text);
    background: var(--_hbrs-color-surface);
    border: 1px solid var(--_hbrs-color-border);
    border-inline-start: 4px solid var(--_hbrs-color-border);
    border-radius: var(--_hbrs-radius);
    cursor: pointer;
  }
  .item:hover {
    background: var(--_hbrs-color-surface-alt);
  }
  .item[aria-current='true'] {
    border-color: var(--_hbrs-color-primary);
    border-inline-start-width: 8px;
    background: var(--_hbrs-color-surface-alt);
  }
  .sm-item-name {
    font-weight: 700;
    color: var(--_hbrs-color-primary);
  }
  .sm-item-meta,
  .sm-item-addr {
    font-size: 0.9375em;
  }
  .sm-item-addr {
    color: var(--_hbrs-color-text-muted);
  }
  .sm-more {
    width: 100%;
  }
  @container (min-width: 760px) {
    .sm-layout {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    }
    .sm-map-frame {
      height: var(--hbrs-service-map-height, 420px);
    }
    .sm-list-col {
      contain: size;
      overflow-y: auto;
      overscroll-behavior: contain;
      padding: 4px;
    }
    .sm-keyword {
      flex-basis: 260px;
    }
  }
  @media (forced-colors: active) {
    .sm-selected span {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Canvas;
    }
    .sm-cluster {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
      border-color: CanvasText;
    }
    .item[aria-current='true'] {
      border-color: Highlight;
    }
    .sm-map-frame,
    .sm-zoom button,
    .item {
      border: 1px solid CanvasText;
    }
  }
`;
