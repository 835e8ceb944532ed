import { css } from 'lit';

/** Layout of the map engine's elements (slippy-map.ts) inside the widget's shadow root. */
export const mapStyles = css`
  .sm-map {
    overflow: hidden;
    /* One finger scrolls the page (no scroll trap on a phone); two fingers move and zoom the map. */
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
    -webkit-tap-highlight-color: transparent;
    cursor: grab;
    font-size: 12px;
    line-height: 1.5;
  }
  .sm-map.sm-dragging {
    cursor: grabbing;
  }
  .sm-map.sm-over-point {
    cursor: pointer;
  }
  .sm-layer {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  canvas.sm-layer {
    display: block;
  }
  .sm-tile-level {
    position: absolute;
    left: 0;
    top: 0;
    transform-origin: 0 0;
  }
  .sm-tile {
    position: absolute;
    left: 0;
    top: 0;
    width: 256px;
    height: 256px;
    max-width: none;
    max-height: none;
    margin: 0;
    padding: 0;
    border: 0;
    user-select: none;
    -webkit-user-drag: none;
  }
  .sm-markers > *,
  .sm-labels > * {
    position: absolute;
    left: 0;
    top: 0;
  }
  .sm-markers > * {
    pointer-events: auto;
  }
  .sm-city-label {
    translate: -50% -50%;
  }
  .sm-cluster,
  .sm-cursor {
    translate: -50% -50%;
    padding: 0;
    font: inherit;
  }
  .sm-cursor {
    width: 24px;
    height: 24px;
    border: 0;
    border-radius: 50%;
    background: none;
  }
  .sm-selected {
    pointer-events: none;
    translate: -50% -50%;
  }
  .sm-scale {
    position: absolute;
    left: 8px;
    bottom: 8px;
    box-sizing: border-box;
    border: 2px solid var(--_hbrs-color-text);
    border-top: 0;
    padding: 0 4px;
    white-space: nowrap;
    overflow: hidden;
    color: var(--_hbrs-color-text);
    background: color-mix(in srgb, var(--_hbrs-color-surface) 80%, transparent);
    pointer-events: none;
  }
  .sm-attribution {
    position: absolute;
    right: 0;
    bottom: 0;
    max-width: 100%;
    padding: 0 4px;
    color: var(--_hbrs-color-text);
    background: color-mix(in srgb, var(--_hbrs-color-surface) 85%, transparent);
  }
  .sm-attribution[hidden] {
    display: none;
  }
  @media (forced-colors: active) {
    .sm-scale,
    .sm-attribution {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
      border-color: CanvasText;
    }
  }
`;
