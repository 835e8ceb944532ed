/**
 * Opening hours as people write them (周一至周五 8:30-17:00；周六 9:00-12:00, 工作日 上午9:00-12:00 下午14:00-17:30,
 * 周一至周日, 法定节假日休息) parsed into the SDK's weekly schedule.
 * @module
 */
import type { HolidayRule, OpeningHours, Weekday, WeeklyHours } from '@hbrs/sdk';
import { toHalfWidth } from './text.js';

const DAY: Record<string, number> = { 一: 0, 二: 1, 三: 2, 四: 3, 五: 4, 六: 5, 日: 6, 天: 6, 七: 6 };
const WEEK: readonly Weekday[] = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
const D = '(?:周|星期|礼拜)';
const RANGE = new RegExp(`${D}([一二三四五六日天七])\\s*(?:至|到|-|~)\\s*${D}?([一二三四五六日天七])`, 'g');
const TIME =
  /(上午|下午|中午|晚上)?\s*(\d{1,2})(?:[:.：点](\d{2}))?\s*(?:分)?\s*(?:-|至|到|~)\s*(上午|下午|中午|晚上)?\s*(\d{1,2})(?:[:.：点](\d{2}))?/g;

/** The parsed hours, and whether every part of the sentence was understood. */
export interface ParsedHours {
  hours: OpeningHours;
  /** False when some part had days without times or times without days (the text is kept either way). */
  complete: boolean;
}

const hhmm = (h: number, m: number): string => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;

const to24 = (h: number, part: string | undefined): number =>
  (part === '下午' || part === '晚上') && h < 12 ? h + 12 : part === '中午' && h < 11 ? h + 12 : h;

/** Day specifications in a text, with where each starts: 周一至周五, 周六、日, 工作日, 周末, 每天 … */
function daySpecs(text: string): { at: number; days: number[] }[] {
  const specs: { at: number; days: number[] }[] = [];
  const taken: [number, number][] = [];
  const free = (a: number, b: number): boolean => taken.every(([x, y]) => b <= x || a >= y);
  const add = (at: number, len: number, days: number[]): void => {
    if (!free(at, at + len)) return;
    taken.push([at, at + len]);
    specs.push({ at, days });
  };
  for (const m of text.matchAll(/周一至周日|每天|每日|全天|全年无休|天天/g))
    add(m.index, m[0].length, [0, 1, 2, 3, 4, 5, 6]);
  for (const m of text.matchAll(RANGE)) {
    const from = DAY[m[1] ?? ''] ?? 0;
    const to = DAY[m[2] ?? ''] ?? 6;
    const days: number[] = [];
    for (let i = from; i <= (to < from ? to + 7 : to); i++) days.push(i % 7);
    add(m.index, m[0].length, days);
  }
  for (const m of text.matchAll(/工作日/g)) add(m.index, m[0].length, [0, 1, 2, 3, 4]);
  for (const m of text.matchAll(/周末|双休日/g)) add(m.index, m[0].length, [5, 6]);
  // 周六、日 / 周一、三、五 / 周六: a day, then more bare day characters after 、 or 和.
  for (const m of text.matchAll(
    new RegExp(`${D}[一二三四五六日天七](?:\\s*[、,，和及]?\\s*(?:${D})?[一二三四五六日天七])*`, 'g'),
  )) {
    const days = [...m[0].replace(new RegExp(D, 'g'), '').replace(/[\s、,，和及]/g, '')].map(
      (c) => DAY[c] ?? 0,
    );
    add(m.index, m[0].length, days);
  }
  return specs.sort((a, b) => a.at - b.at);
}

function holidayRuleOf(text: string): HolidayRule | undefined {
  if (/节假日[^；;。]*(轮休|值班|轮流)/.test(text)) return 'rotating_duty';
  if (/节假日[^；;。]*(正常|照常|营业|不休)/.test(text)) return 'open';
  if (/节假日[^；;。]*(休息|不营业|不办公|闭|休)/.test(text)) return 'closed_on_public_holidays';
  return undefined;
}

/** Parses an opening-hours sentence. Undefined when nothing in it reads as days and times. */
export function parseHours(input: string): ParsedHours | undefined {
  const text = toHalfWidth(input)
    .replace(/[—–－~～]/g, '-')
    .replace(
      /(\d{1,2})点(?:(\d{2})分?|半)?/g,
      (_m, h: string, m?: string) => `${h}:${m ?? (_m.endsWith('半') ? '30' : '00')}`,
    )
    .trim();
  if (text === '') return undefined;
  if (/24\s*小时/.test(text)) {
    return {
      hours: { weekly: [{ days: [...WEEK], open: '00:00', close: '23:59' }], text: input.trim() },
      complete: true,
    };
  }
  const weekly: WeeklyHours[] = [];
  let complete = true;
  for (const seg of text.split(/[；;。\n]/)) {
    if (seg.trim() === '') continue;
    const specs = daySpecs(seg);
    const times = [...seg.matchAll(TIME)];
    if (times.length === 0) {
      // 周六、周日休息 / 节假日休息 say when it is closed; days named with no time and no such word are not understood.
      if (specs.length > 0 && !/休息|不营业|闭馆|关闭|不办公|休/.test(seg)) complete = false;
      continue;
    }
    // Each time range belongs to the nearest day specification before it (or, failing that, the first one after).
    for (const t of times) {
      const before = specs.filter((d) => d.at <= t.index);
      const spec = before[before.length - 1] ?? specs[0];
      if (!spec) {
        complete = false;
        continue;
      }
      const open = to24(Number(t[2]), t[1]);
      const close = to24(Number(t[5]), t[4] ?? (t[1] === '下午' || t[1] === '晚上' ? t[1] : undefined));
      const om = Number(t[3] ?? 0);
      const cm = Number(t[6] ?? 0);
      const closeText = close >= 24 ? '23:59' : hhmm(close, cm);
      if (open > 23 || close > 24 || om > 59 || cm > 59 || closeText <= hhmm(open, om)) {
        complete = false;
        continue;
      }
      const days = [...new Set(spec.days)].sort((a, b) => a - b).map((i) => WEEK[i] as Weekday);
      weekly.push({ days, open: hhmm(open, om), close: closeText });
    }
  }
  if (weekly.length === 0) return undefined;
  const hours: OpeningHours = { weekly, text: input.trim() };
  const rule = holidayRuleOf(text);
  if (rule) hours.holidayRule = rule;
  return { hours, complete };
}
