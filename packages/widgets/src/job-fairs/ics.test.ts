import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { escapeText, foldLine, icsFileName, shanghaiDateTime, utcDateTime, writeIcs } from './ics.js';

const enc = new TextEncoder();
const octets = (s: string) => enc.encode(s).length;

/** Undoes folding (RFC 5545 §3.1): CRLF followed by one space or tab is removed. */
const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');

/** Undoes TEXT escaping. */
const unescape = (s: string) =>
  s.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

describe('ics writer (RFC 5545)', () => {
  const now = new Date('2026-03-11T02:03:04Z');
  const event = {
    uid: 'JF-1@hbrs-job-fairs',
    summary: '2026年大冶市春风行动招聘会, 第1场; 现场\\线上',
    start: '2026-03-11T09:00:00+08:00',
    end: '2026-03-11T15:00:00+08:00',
    location: '大冶市人力资源市场 东岳路1号',
    description: '第一行\n第二行, 含逗号; 分号',
    url: 'https://example.invalid/fair/1?a=1,2',
  };

  it('writes a calendar with CRLF line endings, VTIMEZONE, DTSTAMP, UID and TZID times', () => {
    const ics = writeIcs([event], { now });
    expect(ics.endsWith('\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    const lines = unfold(ics).split('\r\n');
    expect(lines[0]).to.equal('BEGIN:VCALENDAR');
    expect(lines).to.include('VERSION:2.0');
    expect(lines.some((l) => l.startsWith('PRODID:'))).to.equal(true);
    expect(lines).to.include('BEGIN:VTIMEZONE');
    expect(lines).to.include('TZID:Asia/Shanghai');
    expect(lines).to.include('TZOFFSETTO:+0800');
    expect(lines).to.include('UID:JF-1@hbrs-job-fairs');
    expect(lines).to.include('DTSTAMP:20260311T020304Z');
    expect(lines).to.include('DTSTART;TZID=Asia/Shanghai:20260311T090000');
    expect(lines).to.include('DTEND;TZID=Asia/Shanghai:20260311T150000');
    expect(lines).to.include('URL:https://example.invalid/fair/1?a=1,2');
    expect(lines.at(-2)).to.equal('END:VCALENDAR');
    // Components are balanced and VTIMEZONE comes before the VEVENT that uses it.
    expect(lines.indexOf('END:VTIMEZONE')).to.be.lessThan(lines.indexOf('BEGIN:VEVENT'));
    expect(lines.filter((l) => l.startsWith('BEGIN:')).length).to.equal(
      lines.filter((l) => l.startsWith('END:')).length,
    );
  });

  it('escapes commas, semicolons, backslashes and newlines in TEXT values', () => {
    const lines = unfold(writeIcs([event], { now })).split('\r\n');
    const summary = lines.find((l) => l.startsWith('SUMMARY:'))!;
    expect(summary).to.equal('SUMMARY:2026年大冶市春风行动招聘会\\, 第1场\\; 现场\\\\线上');
    const desc = lines.find((l) => l.startsWith('DESCRIPTION:'))!;
    expect(desc).to.equal('DESCRIPTION:第一行\\n第二行\\, 含逗号\\; 分号');
    expect(escapeText('a\r\nb\rc\u0000\u0007d')).to.equal('a\\nb\\ncd');
  });

  it('folds every line at 75 octets without splitting a UTF-8 character', () => {
    const long = '武汉'.repeat(100) + 'x'.repeat(90) + '😀'.repeat(30);
    const folded = foldLine(`SUMMARY:${long}`);
    const parts = folded.split('\r\n');
    expect(parts.length).to.be.greaterThan(5);
    for (const [i, p] of parts.entries()) {
      expect(octets(p)).to.be.at.most(75);
      if (i > 0) expect(p.startsWith(' ')).to.equal(true);
      expect(p).not.to.contain('\uFFFD');
    }
    expect(unfold(folded)).to.equal(`SUMMARY:${long}`);
    expect(foldLine('SHORT:x')).to.equal('SHORT:x');
  });

  it('round-trips any text through escaping and folding (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.string({ maxLength: 100 }),
        (summary, desc) => {
          const ics = writeIcs([{ ...event, summary, description: desc || 'x' }], { now });
          for (const line of ics.split('\r\n')) expect(octets(line)).to.be.at.most(75);
          const lines = unfold(ics).split('\r\n');
          const s = lines.find((l) => l.startsWith('SUMMARY:'))!.slice('SUMMARY:'.length);
          const clean = (x: string) =>
            // eslint-disable-next-line no-control-regex
            x.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
          expect(unescape(s)).to.equal(clean(summary));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('converts instants to Asia/Shanghai wall time whatever the offset given', () => {
    expect(shanghaiDateTime('2026-03-11T01:00:00Z')).to.equal('20260311T090000');
    expect(shanghaiDateTime('2026-12-31T20:30:00-05:00')).to.equal('20270101T093000');
    expect(utcDateTime('2026-03-11T09:00:00+08:00')).to.equal('20260311T010000Z');
  });

  it('drops unsafe URLs, skips events with unparsable times and marks cancelled events', () => {
    const ics = writeIcs(
      [
        { ...event, url: 'javascript:alert(1)', status: 'CANCELLED' },
        { ...event, uid: 'bad', start: 'not a date' },
      ],
      { now },
    );
    expect(ics).not.to.contain('URL:');
    expect(ics).not.to.contain('UID:bad');
    expect(ics).to.contain('STATUS:CANCELLED');
  });

  it('makes safe file names', () => {
    expect(icsFileName('2026年大冶市春风行动招聘会')).to.equal('2026年大冶市春风行动招聘会.ics');
    expect(icsFileName('<script>/../../etc')).to.equal('script-etc.ics');
    expect(icsFileName('///')).to.equal('event.ics');
  });
});
