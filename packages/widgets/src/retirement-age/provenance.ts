/**
 * The legal source of <hbrs-retirement-age> (政策依据): the provenance records of `@hbrs/sdk/policy` for the
 * figures the widget shows (document, links, confidence, official or not), and their rendering.
 *
 * The records are a copy of the fields the widget shows (document, URLs, confidence, official) of `policySource(id)`
 * for the four ids that `statutoryRetirement()` returns in `sources`: the engine keeps every source of every
 * figure in one table (≈ 4.7 KB gzipped) that cannot be tree-shaken and alone would push this widget's CDN bundle
 * over its 25 KB budget. The test suite asserts that each copy equals those fields of `policySource(id)`, so a
 * change in the engine fails the tests here. Replace the copy by an import once the engine exports its sources
 * one by one.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { safeUrl } from '@hbrs/core';
import type { PolicySource } from '@hbrs/sdk/policy';
import type { RetirementAgeMessages } from './locales/zh-CN.js';

const DECISION =
  '《全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定》(2024-09-13) 及《国务院关于渐进式延迟法定退休年龄的办法》';
const NPC_URLS = [
  'https://www.npc.gov.cn/npc/c2/kgfb/202409/t20240913_439534.html',
  'https://www.gov.cn/yaowen/liebiao/202409/content_6974294.htm',
  'https://www.mohrss.gov.cn/SYrlzyhshbzb/ztzl/zt202409/qwfb/202409/t20240913_525781.html',
];
const URL_94 = 'https://www.mohrss.gov.cn/wap/zc/zcwj/202501/t20250101_533701.html';

/** The sources behind the widget's figures: `policySource(id)` without the titles and the note. */
export type Source = Pick<PolicySource, 'id' | 'document' | 'urls' | 'confidence' | 'official'>;

export const SOURCES: readonly Source[] = [
  {
    id: 'retirement-age',
    document: `${DECISION} 第一条`,
    urls: NPC_URLS,
    confidence: 'HIGH',
    official: true,
  },
  {
    id: 'min-contribution',
    document: `${DECISION} 第二条`,
    urls: NPC_URLS,
    confidence: 'HIGH',
    official: true,
  },
  {
    id: 'flexible-retirement',
    document: `${DECISION} 第三条；《实施弹性退休制度暂行办法》(人社部发〔2024〕94号)`,
    urls: [...NPC_URLS, URL_94],
    confidence: 'HIGH',
    official: true,
  },
  {
    id: 'flexible-min-contribution-year',
    document: '人社部发〔2024〕94号',
    urls: [URL_94],
    confidence: 'MED',
    official: false,
  },
];

/**
 * The list of sources: a badge (official or not, confidence), the title, the document with its number, and
 * links to the texts (http/https only, each URL once).
 */
export function renderSources(
  t: RetirementAgeMessages,
  sources: readonly Source[] = SOURCES,
): TemplateResult {
  const seen = new Set<string>();
  const linkLabel = (url: string): string => new URL(url).hostname.replace(/^www\./, '');
  const item = (s: Source) => {
    const links = s.urls
      .map((u) => safeUrl(u, ['http:', 'https:']))
      .filter((u): u is string => !!u && !seen.has(u));
    links.forEach((u) => seen.add(u));
    return html`<li data-source=${s.id}>
      <span class="badge ${s.official ? 'official' : 'unofficial'}"
        >${s.official ? t.sourceOfficial : t.sourceUnofficial}</span
      >
      ${s.document ? html`<cite lang="zh-CN">${s.document}</cite>` : nothing}
      ${
        links.length
          ? html`<span class="links"
              >${t.sourceLinks}${links.map((u, i) => html`${i ? ' · ' : ''}<a href=${u}>${linkLabel(u)}</a>`)}</span
            >`
          : nothing
      }
    </li>`;
  };
  return html`<ul>
    ${sources.map(item)}
  </ul>`;
}
