import { css } from 'lit';

/** Rules <hbrs-service-map> and its point detail both use: headings, paragraphs, hints, links, open/closed. */
export const sharedStyles = css`
  h3 {
    margin: 0 0 var(--_hbrs-space-3);
    font-size: 1.175em;
    line-height: 1.35;
  }
  h4 {
    margin: var(--_hbrs-space-4) 0 var(--_hbrs-space-2);
    font-size: 1em;
  }
  p {
    margin: 0 0 var(--_hbrs-space-3);
  }
  .sm-hint,
  .sm-note {
    color: var(--_hbrs-color-text-muted);
    font-size: 0.875em;
  }
  a {
    color: var(--_hbrs-color-primary);
  }
  .sm-open {
    color: var(--_hbrs-color-success);
    font-weight: 700;
  }
  .sm-closed {
    color: var(--_hbrs-color-text-muted);
    font-weight: 700;
  }
`;

/** The point detail (`<hbrs-service-point-detail>`). */
export const pointDetailStyles = css`
  /* The box is the host, which carries part="detail" in the map's shadow root. */
  :host {
    padding: var(--_hbrs-space-3);
    border: 1px solid var(--_hbrs-color-border);
    border-radius: var(--_hbrs-radius);
  }
  h3:focus {
    outline: none;
  }
  h3:focus-visible {
    outline: var(--_hbrs-focus-ring-width) solid var(--_hbrs-color-focus);
  }
  .sm-back {
    margin-bottom: var(--_hbrs-space-3);
  }
  .sm-facts {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: var(--_hbrs-space-2) var(--_hbrs-space-3);
    margin: 0;
  }
  .sm-facts dt {
    font-weight: 700;
  }
  .sm-facts dd {
    margin: 0;
  }
  .sm-copy {
    display: block;
    margin-top: var(--_hbrs-space-2);
  }
  .sm-facts a,
  .sm-apps a {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
  }
  .sm-hours {
    border-collapse: collapse;
    width: 100%;
  }
  .sm-hours th,
  .sm-hours td {
    text-align: start;
    padding: var(--_hbrs-space-1) var(--_hbrs-space-2);
    border-bottom: 1px solid var(--_hbrs-color-border);
    font-weight: 400;
  }
  .sm-hours tr.sm-today {
    background: var(--_hbrs-color-surface-alt);
    font-weight: 700;
  }
  .sm-hours tr.sm-today th,
  .sm-hours tr.sm-today td {
    font-weight: 700;
    border-inline-start: 4px solid var(--_hbrs-color-primary);
  }
  .sm-services,
  .sm-apps {
    margin: 0;
    padding-inline-start: var(--_hbrs-space-5);
  }
  .sm-apps {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_hbrs-space-4);
    list-style: none;
    padding: 0;
  }
`;
