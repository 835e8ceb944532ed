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

/** The colour tokens a theme sets. */
export type ThemeTokens = Record<
  'color-primary' | 'color-primary-hover' | 'color-focus' | 'color-surface-alt',
  string
>;

/**
 * A theme for each of Hubei's 17 市州 (13 prefecture-level divisions, the 3 county-level cities under the
 * province and 神农架林区), from one portal-style primary colour each through {@link themeFrom} (武汉 and 襄阳:
 * the built-in `themes`). The colours are suggestions in the spirit of each city, not its portal's official
 * colour: a portal with its own colour passes it to `themeFrom`. They come with the page-level stylesheet
 * `themes.css`: `data-hbrs-theme="yichang"` on an ancestor, or `theme="yichang"` on a widget.
 */
export const cityThemes = {
  wuhan: { division: '420100', primary: '#00656b' },
  huangshi: { division: '420200', primary: '#8a4b0f' }, // 黄石: bronze of the old copper mines
  shiyan: { division: '420300', primary: '#245b8f' }, // 十堰: the blue of the Danjiangkou reservoir
  yichang: { division: '420500', primary: '#0b6e4f' }, // 宜昌: the green of the Three Gorges
  xiangyang: { division: '420600', primary: '#9b2226' },
  ezhou: { division: '420700', primary: '#7a3b69' }, // 鄂州: plum
  jingmen: { division: '420800', primary: '#5b3f8c' }, // 荆门: violet
  xiaogan: { division: '420900', primary: '#b03a2e' }, // 孝感: warm red
  jingzhou: { division: '421000', primary: '#8c1d40' }, // 荆州: Chu lacquer red
  huanggang: { division: '421100', primary: '#a4161a' }, // 黄冈: red
  xianning: { division: '421200', primary: '#2d6a4f' }, // 咸宁: bamboo green
  suizhou: { division: '421300', primary: '#7a5c00' }, // 随州: the bronze of the chime bells
  enshi: { division: '422800', primary: '#1b6b3a' }, // 恩施: tea green
  xiantao: { division: '429004', primary: '#c2185b' }, // 仙桃: peach
  qianjiang: { division: '429005', primary: '#b23a1b' }, // 潜江: crayfish red
  tianmen: { division: '429006', primary: '#33691e' }, // 天门: tea-leaf green
  shennongjia: { division: '429021', primary: '#1e5631' }, // 神农架: forest green
} as const satisfies Record<string, { division: string; primary: string }>;

/**
 * Name of a theme: `default`, a built-in one (`wuhan`, `xiangyang`: in every widget), or a 市州 theme of
 * `themes.css` (see {@link cityThemes}).
 */
export type ThemeName = 'default' | keyof typeof themes | keyof typeof cityThemes;

type Rgb = readonly [number, number, number];

const toRgb = (hex: string): Rgb => {
  const n = parseInt(hex.slice(1), 16);
  return [n >> 16, (n >> 8) & 255, n & 255];
};

/** `#rrggbb` of `a` mixed with `b`: weight `w` of `a`. */
const mix = (a: string, b: string, w: number): string => {
  const y = toRgb(b);
  return `#${toRgb(a)
    .map((v, i) => Math.round(v * w + y[i]! * (1 - w)))
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')}`;
};

/** WCAG 2.x relative luminance of `#rrggbb`. */
const luminance = (hex: string): number => {
  const [r, g, b] = toRgb(hex).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

/** WCAG 2.x contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * A colour theme from one brand colour (`#rrggbb`): the alternate surface (cards, chips) is a 6% tint of it;
 * the primary is the colour itself, darkened in steps until it reaches 4.5:1 on that tint (it is the colour of
 * links and chip text, and white button text sits on it); hover is the primary 22% darker; the focus ring is
 * the primary. Give a portal its colour with the tokens as CSS (see the theming guide).
 */
export function themeFrom(brand: string): ThemeTokens {
  if (!/^#[0-9a-f]{6}$/i.test(brand)) throw new TypeError(`themeFrom: "${brand}" is not a #rrggbb colour`);
  const surfaceAlt = mix(brand, '#ffffff', 0.06);
  let primary = brand.toLowerCase();
  while (contrastRatio(primary, surfaceAlt) < 4.5) primary = mix(primary, '#000000', 0.92);
  return {
    'color-primary': primary,
    'color-primary-hover': mix(primary, '#000000', 0.78),
    'color-focus': primary,
    'color-surface-alt': surfaceAlt,
  };
}

/** The tokens of every theme of `themes.css`: the built-in ones as they are, the other 市州 from their colour. */
export function allThemes(): Record<Exclude<ThemeName, 'default'>, Partial<Record<TokenName, string>>> {
  const out: Record<string, Partial<Record<TokenName, string>>> = {};
  for (const [name, c] of Object.entries(cityThemes))
    out[name] = (themes as Record<string, ThemeTokens>)[name] ?? themeFrom(c.primary);
  return out;
}

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
  const tags =
    'hbrs-job-fairs, hbrs-pension-estimator, hbrs-retirement-age, hbrs-postdoc-finder, hbrs-service-map';
  // On an ancestor, or as the `theme` attribute of a widget (the 市州 themes that are not built in).
  const blocks = Object.entries(allThemes()).map(
    ([name, t]) =>
      `[data-hbrs-theme='${name}'],\n:where(${tags}):where([theme='${name}']) {\n${decl(t, false)}\n}`,
  );
  blocks.push(`[data-hbrs-large-text] {\n--hbrs-font-scale: ${LARGE_TEXT_SCALE};\n}`);
  blocks.push(
    '/* Reserve space and hide unstyled content until the widgets are defined. */\n' +
      `:where(${tags}):not(:defined) {\n` +
      'display: block;\nmin-height: 120px;\nvisibility: hidden;\n}',
  );
  return `/* @hbrs/core themes. Generated from tokens.ts: do not edit. */\n${blocks.join('\n')}\n`;
}
