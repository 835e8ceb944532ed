/**
 * Summaries of records for the feed layout (`manifest.json` with summary and detail files) and the API's
 * `view=summary`: what lists, filters, facets and keyword search need, without the bulk only a record's detail
 * shows. One definition for the SDK's tests, `@hbrs/feed` and API implementations.
 * @module
 */
import { initialsOf, type FeedItem } from './decode.js';
import type { FeedKind } from './vocab.js';
import type { JobFair } from './job-fair.js';
import type { PostdocProgramme } from './postdoc.js';

/** Kinds that have summaries; the others are published whole. */
export const SUMMARY_KINDS = ['job-fairs', 'postdoc'] as const satisfies readonly FeedKind[];

/**
 * A job fair without its employers and positions (their numbers go to `stats`), and without the texts only its
 * detail shows (description, registration, contact, poster, provenance, last update). Keyword search over a summary covers the
 * fair's own texts (name, theme, venue, hosts, campaign, pinyin, initials), not its employers and positions.
 */
export function summarizeJobFair(f: JobFair): JobFair {
  const {
    employers,
    description: _d,
    registration: _r,
    contact: _c,
    posterUrl: _p,
    source: _s,
    updatedAt: _u,
    ...rest
  } = f;
  let positions = 0;
  for (const e of employers) positions += e.positions.length;
  // Initials that follow from the pinyin are left out: decoding derives them again.
  if (rest.pinyin !== undefined && rest.initials === initialsOf(rest.pinyin)) delete rest.initials;
  return {
    ...rest,
    employers: [],
    stats: {
      ...f.stats,
      employerCount: f.stats?.employerCount ?? employers.length,
      positionCount: f.stats?.positionCount ?? positions,
    },
  };
}

/**
 * A programme with its openings cut to what the finder lists, filters and searches: titles, schemes, directions
 * (name, discipline, places, supervisor's name), age and PhD limits, pay range, deadline and dates.
 */
export function summarizePostdoc(p: PostdocProgramme): PostdocProgramme {
  const { contact: _c, source: _s, ...rest } = p;
  if (rest.pinyin !== undefined && rest.initials === initialsOf(rest.pinyin)) delete rest.initials;
  return {
    ...rest,
    openings: p.openings.map((o) => ({
      id: o.id,
      stationIds: o.stationIds,
      title: o.title,
      ...(o.programme === undefined ? {} : { programme: o.programme }),
      directions: o.directions.map((d) => ({
        name: d.name,
        ...(d.disciplineCode === undefined ? {} : { disciplineCode: d.disciplineCode }),
        ...(d.headcount === undefined ? {} : { headcount: d.headcount }),
        ...(d.supervisor?.name === undefined ? {} : { supervisor: { name: d.supervisor.name, honours: [] } }),
      })),
      eligibility: {
        ...(o.eligibility.maxAge === undefined ? {} : { maxAge: o.eligibility.maxAge }),
        ...(o.eligibility.phdWithinYears === undefined
          ? {}
          : { phdWithinYears: o.eligibility.phdWithinYears }),
      },
      compensation: {
        ...(o.compensation.annualSalaryMin === undefined
          ? {}
          : { annualSalaryMin: o.compensation.annualSalaryMin }),
        ...(o.compensation.annualSalaryMax === undefined
          ? {}
          : { annualSalaryMax: o.compensation.annualSalaryMax }),
      },
      fundingSchemes: o.fundingSchemes,
      materials: [],
      ...(o.termYears === undefined ? {} : { termYears: o.termYears }),
      ...(o.deadline === undefined ? {} : { deadline: o.deadline }),
      rolling: o.rolling,
      publishDate: o.publishDate,
    })),
  };
}

/** The summary of a record of `kind` (the record itself for kinds without summaries). */
export function summarize<K extends FeedKind>(kind: K, item: FeedItem<K>): FeedItem<K> {
  if (kind === 'job-fairs') return summarizeJobFair(item as JobFair) as FeedItem<K>;
  if (kind === 'postdoc') return summarizePostdoc(item as PostdocProgramme) as FeedItem<K>;
  return item;
}
