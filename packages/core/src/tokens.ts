import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The public design tokens, without their `--hbrs-` prefix, with the default (Hubei) theme values.
 * Portals override any of them with CSS on the widget or an ancestor:
 * `hbrs-job-fairs { --hbrs-color-primary: #8a1c1c; }`.
 */
export const defaultTokens = {
  'font-family':
    '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", system-ui, sans-serif',
  'font-size': '16px',
  'font-scale': '1',
  'line-height': '1.6',
  'color-primary': '#0b57a4',
  'color-primary-hover': '#084583',
  'color-on-primary': '#ffffff',
  'color-text': '#1f2328',
  'color-text-muted': '#57606a',
  'color-surface': '#ffffff',
  'color-surface-alt': '#f3f5f8',
  'color-border': '#c4ccd6',
  'color-focus': '#0b57a4',
  'color-danger': '#b42318',
  'color-danger-surface': '#fef3f2',
  'color-success': '#1a7f37',
  'color-notice-surface': '#fff8db',
  'color-notice-text': '#5c4400',
  'color-skeleton': '#e6eaef',
  radius: '6px',
  'space-1': '4px',
  'space-2': '8px',
  'space-3': '12px',
  'space-4': '16px',
  'space-5': '24px',
  'space-6': '32px',
  'focus-ring-width': '3px',
} as const;

/** Name of a design token (without the `--hbrs-` prefix). */
export type TokenName = keyof typeof defaultTokens;

/**
 * City themes: only the tokens that differ from the default. Select one with `theme="wuhan"` on a
 * widget, or `data-hbrs-theme="wuhan"` on any ancestor when `@hbrs/core/themes.css` is on the page.
 */
export const themes = {
  /** 武汉: deep blue-green, the colour of the Yangtze at Wuhan. */
  wuhan: {
    'color-primary': '#00656b',
    'color-primary-hover': '#004a4f',
    'color-focus': '#00656b',
    'color-surface-alt': '#eef6f6',
  },
  /** 襄阳: the red of the old city wall. */
  xiangyang: {
    'color-primary': '#9b2226',
    'color-primary-hover': '#7a1a1d',
    'color-focus': '#9b2226',
    'color-surface-alt': '#faf1ef',
  },
} as const satisfies Record<string, Partial<Record<TokenName, string>>>;

/** Name of a built-in theme. */
export type ThemeName = 'default' | keyof typeof themes;

/** The font scale of the large-text (适老化) mode. */
export const LARGE_TEXT_SCALE = '1.25';

const decl = (tokens: Partial<Record<TokenName, string>>, priv: boolean): string =>
  Object.entries(tokens)
    .map(([k, v]) => (priv ? `--_hbrs-${k}: var(--hbrs-${k}, ${v});` : `--hbrs-${k}: ${v};`))
    .join('\n');

/**
 * Token declarations on `:host`. Each private `--_hbrs-*` variable reads the public `--hbrs-*` one
 * (set by the portal on the widget or an ancestor) and falls back to the theme's value, so a portal's
 * own values always win and inheritance from ancestors keeps working.
 */
export const tokenStyles: CSSResult = css`
  :host {
    ${unsafeCSS(decl(defaultTokens, true))}
  }
  ${unsafeCSS(
    Object.entries(themes)
      .map(([name, t]) => `:host([theme='${name}']) {\n${decl(t, true)}\n}`)
      .join('\n'),
  )}
  :host([large-text]) {
    --_hbrs-font-scale: ${unsafeCSS(LARGE_TEXT_SCALE)};
  }
`;

/**
 * The page-level stylesheet (`@hbrs/core/themes.css`): lets a portal pick a theme or the large-text
 * mode once, on `<html>` or any container, for every widget inside it.
 */
export function themesStylesheet(): string {
  const blocks = Object.entries(themes).map(
    ([name, t]) => `[data-hbrs-theme='${name}'] {\n${decl(t, false)}\n}`,
  );
  blocks.push(`[data-hbrs-large-text] {\n--hbrs-font-scale: ${LARGE_TEXT_SCALE};\n}`);
  blocks.push(
    '/* Reserve space and hide unstyled content until the widgets are defined. */\n' +
      ':where(hbrs-job-fairs, hbrs-pension-estimator, hbrs-retirement-age, hbrs-postdoc-finder, hbrs-service-map):not(:defined) {\n' +
      'display: block;\nmin-height: 120px;\nvisibility: hidden;\n}',
  );
  return `/* @hbrs/core themes. Generated from tokens.ts: do not edit. */\n${blocks.join('\n')}\n`;
}
