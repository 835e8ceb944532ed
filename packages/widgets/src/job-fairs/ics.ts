/**
 * A small iCalendar (RFC 5545) writer for job fairs: one VCALENDAR with an Asia/Shanghai VTIMEZONE and
 * one VEVENT per fair. CRLF line endings, lines folded at 75 octets (never inside a UTF-8 sequence),
 * TEXT values escaped (`\\`, `;`, `,`, newlines), control characters dropped.
 * @module
 */

/** One calendar event. Times are instants (ISO 8601 with offset, a `Date` or epoch ms). */
export interface IcsEvent {
  /** Globally unique id of the event (e.g. `JF-001@hbrs`). */
  uid: string;
  /** Title. */
  summary: string;
  /** Start instant. */
  start: string | number | Date;
  /** End instant (not before `start`). */
  end: string | number | Date;
  /** Place (venue name and address). */
  location?: string;
  /** Free text. */
  description?: string;
  /** A link (only `http:`/`https:` are written). */
  url?: string;
  /** `CONFIRMED` (default) or `CANCELLED`. */
  status?: 'CONFIRMED' | 'CANCELLED' | 'TENTATIVE';
  /** Organiser's name (written as a plain `X-` property: RFC 5545 ORGANIZER needs an address). */
  organizer?: string;
  /** Categories, e.g. the campaign. */
  categories?: string[];
}

/** Options of {@link writeIcs}. */
export interface IcsOptions {
  /** DTSTAMP: when the file was made (default now). */
  now?: Date;
  /** Calendar name (X-WR-CALNAME). */
  calendarName?: string;
}

/** The time zone every event is written in. China has had no daylight saving time since 1991. */
export const ICS_TZID = 'Asia/Shanghai';
const OFFSET_MS = 8 * 3600_000;

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${ICS_TZID}`,
  'X-LIC-LOCATION:Asia/Shanghai',
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'TZNAME:CST',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** Escapes a TEXT value (RFC 5545 §3.3.11) and drops control characters other than tab and newline. */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\n/g, '\\n')
  );
}

const encoder = new TextEncoder();

/**
 * Folds one content line so that no line is longer than 75 octets (the CRLF not counted). Continuation
 * lines start with one space, which counts towards their 75 octets. A UTF-8 sequence (or a surrogate
 * pair) is never split.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  let limit = 75;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    if (bytes + n > limit) {
      out.push(current);
      current = ' ';
      bytes = 1;
      limit = 75;
    }
    current += ch;
    bytes += n;
  }
  out.push(current);
  return out.join('\r\n');
}

function toMs(t: string | number | Date): number {
  return t instanceof Date ? t.getTime() : typeof t === 'number' ? t : Date.parse(t);
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Formats an instant as a local Asia/Shanghai DATE-TIME (`20260212T090000`). */
export function shanghaiDateTime(t: string | number | Date): string {
  const d = new Date(toMs(t) + OFFSET_MS);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
}

/** Formats an instant as a UTC DATE-TIME (`20260212T010000Z`). */
export function utcDateTime(t: string | number | Date): string {
  const d = new Date(toMs(t));
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

function safeHttpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const u = new URL(value.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes an iCalendar document with the events. Events whose times do not parse are left out.
 * @returns the file's text (CRLF line endings, folded, ending with CRLF)
 */
export function writeIcs(events: readonly IcsEvent[], options: IcsOptions = {}): string {
  const stamp = utcDateTime(options.now ?? new Date());
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//hbrs//hbrs-job-fairs//ZH-CN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (options.calendarName) lines.push(`X-WR-CALNAME:${escapeText(options.calendarName)}`);
  lines.push(`X-WR-TIMEZONE:${ICS_TZID}`, ...VTIMEZONE);
  for (const e of events) {
    const start = toMs(e.start);
    const end = toMs(e.end);
    if (!Number.isFinite(start) || !Number.isFinite(end)) continue;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(e.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;TZID=${ICS_TZID}:${shanghaiDateTime(start)}`,
      `DTEND;TZID=${ICS_TZID}:${shanghaiDateTime(Math.max(start, end))}`,
      `SUMMARY:${escapeText(e.summary)}`,
    );
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    const url = safeHttpUrl(e.url);
    if (url) lines.push(`URL:${url}`);
    if (e.categories?.length) lines.push(`CATEGORIES:${e.categories.map(escapeText).join(',')}`);
    if (e.organizer) lines.push(`X-HBRS-ORGANIZER:${escapeText(e.organizer)}`);
    lines.push(`STATUS:${e.status ?? 'CONFIRMED'}`, 'TRANSP:OPAQUE', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** A file name for an event: letters, digits, CJK and dashes only, ending in `.ics`. */
export function icsFileName(base: string): string {
  const clean = base
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}-]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${clean || 'event'}.ics`;
}
