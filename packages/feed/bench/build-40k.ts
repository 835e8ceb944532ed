/**
 * `pnpm bench` (in packages/feed): building a 40,000-row service-point workbook (issue #12).
 *
 * 1. Generates a realistic xlsx with exceljs: the template's headers (`hbrs-feed template service-points`), real Hubei
 *    counties, banks by full and short names (工行, 建行 …), opening-hours sentences, GCJ-02 coordinates around the
 *    county seats, and about 2 % bad rows (no name, 0,0, outside Hubei, misspelt county, no known service, duplicates).
 * 2. Measures, each in a fresh child process (so the peak RSS is that run's), 3 runs each, medians:
 *    (a) the baseline: exceljs loading the same bytes, nothing else;
 *    (b) `buildFeed('service-points', …, { crs: 'gcj02' })` from the same bytes.
 * 3. Prints the build beside the baseline with the ratio.
 *
 * Exits non-zero only when a run fails (the build throws or a child dies), never on timings.
 * `BENCH_ROWS=5000 pnpm bench` for a quicker run; `BENCH_RUNS=5` for more runs; `BENCH_KEEP=1` keeps the workbook
 * (to profile: `node --cpu-prof` on a script calling buildFeed on it).
 */
import { fork } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { BankCode, Division } from '@hbrs/sdk';
import { seededRandom } from '@hbrs/testing/random';
// @hbrs/sdk and @hbrs/feed are imported where needed, so the baseline child loads exceljs alone.

const ROWS = Number(process.env.BENCH_ROWS ?? 40_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const FILE_NAME = 'service-points-40k.xlsx';

/** What a child run reports. */
interface RunResult {
  ms: number;
  /** Peak resident set size of the child, bytes (`process.resourceUsage().maxRSS`). */
  peakRss: number;
  /** RSS after the modules were loaded, before the work began, bytes. */
  startRss: number;
  rows?: number;
  accepted?: number;
  rejected?: number;
  warnings?: number;
  rejectedByCode?: Record<string, number>;
}

// ---------------------------------------------------------------------------------------------------------------
// Child side: one measured run, reported to the parent over IPC.

async function child(mode: 'read' | 'build', file: string): Promise<RunResult> {
  const { buildFeed } = mode === 'build' ? await import('../src/index.js') : { buildFeed: undefined };
  const startRss = process.memoryUsage().rss;
  const t0 = performance.now();
  const bytes = new Uint8Array(await readFile(file));
  if (mode === 'read') {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    const rows = wb.worksheets.reduce((n, ws) => n + ws.actualRowCount, 0);
    const ms = performance.now() - t0;
    return { ms, peakRss: process.resourceUsage().maxRSS * 1024, startRss, rows };
  }
  const { report } = await buildFeed!('service-points', [{ name: FILE_NAME, bytes }], { crs: 'gcj02' });
  const ms = performance.now() - t0;
  const rejectedByCode: Record<string, number> = {};
  for (const r of report.rejected) rejectedByCode[r.code] = (rejectedByCode[r.code] ?? 0) + 1;
  return {
    ms,
    peakRss: process.resourceUsage().maxRSS * 1024,
    startRss,
    rows: report.rows,
    accepted: report.accepted,
    rejected: report.rejected.length,
    warnings: report.warnings.length,
    rejectedByCode,
  };
}

function runChild(mode: 'read' | 'build', file: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    // Same loader flags (tsx) as this process, so baseline and build start alike.
    const p = fork(import.meta.filename, ['--child', mode, file], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let result: RunResult | undefined;
    let error: string | undefined;
    p.on('message', (m: { ok: true; result: RunResult } | { ok: false; error: string }) => {
      if (m.ok) result = m.result;
      else error = m.error;
    });
    p.on('error', reject);
    p.on('exit', (code, signal) => {
      if (result && code === 0) resolve(result);
      else reject(new Error(`${mode} run failed (exit ${code ?? signal}): ${error ?? 'no result'}`));
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The workbook.

// Bank as the banks' lists write it: full names and short names, weighted towards 工行 and 建行.
const BANKS: readonly [string, BankCode, number][] = [
  ['工行', 'ICBC', 10],
  ['中国工商银行', 'ICBC', 8],
  ['建行', 'CCB', 10],
  ['中国建设银行', 'CCB', 8],
  ['农行', 'ABC', 5],
  ['中国农业银行', 'ABC', 5],
  ['中国银行', 'BOC', 4],
  ['中行', 'BOC', 2],
  ['邮储', 'PSBC', 3],
  ['中国邮政储蓄银行', 'PSBC', 4],
  ['交通银行', 'BOCOM', 2],
  ['湖北农信', 'HUBEI_RCC', 6],
  ['农商行', 'HUBEI_RCC', 3],
  ['湖北银行', 'HUBEI_BANK', 3],
  ['汉口银行', 'HANKOU_BANK', 2],
  ['招商银行', 'CMB', 1],
];
const BANK_WEIGHT = BANKS.reduce((n, b) => n + b[2], 0);

const ROADS = [
  '解放大道',
  '中北路',
  '建设大道',
  '人民路',
  '和平大道',
  '民主路',
  '新华路',
  '胜利街',
  '文化路',
  '光明路',
  '健康路',
  '团结路',
  '复兴路',
  '东风大道',
  '青年路',
  '友谊大道',
  '沿江大道',
  '工业大道',
  '楚天路',
  '荆楚大道',
  '振兴路',
  '长江路',
  '汉江路',
  '滨湖路',
  '学府路',
  '站前路',
  '江北路',
  '金桥大道',
  '幸福路',
  '育才路',
];
const OUTLET = ['支行', '分理处', '营业部', '营业所', '社区支行', '便民服务点'];

const HOURS = [
  '周一至周五 8:30-17:00；周六 9:00-12:00；法定节假日休息',
  '工作日 上午9:00-12:00 下午14:00-17:30',
  '周一至周日 9:00-17:00',
  '周一至周五 9:00-17:00，周六、日 9:30-16:00',
  '周一至周五8:30-12:00，14:00-17:30；节假日休息',
  '星期一至星期五 8:30—17:00；节假日正常营业',
  '周一至周五 9:00-17:00；周末及法定节假日轮休',
  '24小时自助服务',
  '每天 8:00-18:00',
  '周一到周五 上午8点半-12点 下午2点-5点半',
];

// Services as the lists write them: the labels and the usual informal phrases.
const SERVICES = [
  '社保卡申领、补换卡、挂失、解挂、启用激活',
  '补换卡、挂失、激活',
  '社保卡申领/领卡',
  '挂失、解挂、密码修改/重置',
  '即时制卡、社保卡申领、领卡、启用激活',
  '领卡、激活、信息变更',
  '社保卡申领、补换卡、参保缴费查询',
  '挂失 补换卡 启用激活 参保缴费查询',
  '社保卡申领、补换卡、挂失、解挂、启用激活、养老金代发、待遇领取资格认证',
  '电子社保卡签发指导、金融账户业务',
];

const SURNAMES = '王李张刘陈杨黄赵周吴徐孙朱胡郭何高林罗郑梁谢宋唐';
const TITLES = ['经理', '主任', '行长', '柜员'];

// 区号 of the 市州 (by the first two characters of their names); 仙桃、潜江、天门 share 0728.
const AREA: Record<string, string> = {
  武汉: '027',
  黄石: '0714',
  十堰: '0719',
  宜昌: '0717',
  襄阳: '0710',
  鄂州: '0711',
  荆门: '0724',
  孝感: '0712',
  荆州: '0716',
  黄冈: '0713',
  咸宁: '0715',
  随州: '0722',
  恩施: '0718',
  仙桃: '0728',
  潜江: '0728',
  天门: '0728',
  神农: '0719',
};

type BadKind =
  | 'no-name'
  | 'no-address'
  | 'zero-coordinates'
  | 'outside-hubei'
  | 'unknown-division'
  | 'no-services'
  | 'duplicate';
const BAD_KINDS: readonly BadKind[] = [
  'no-name',
  'no-address',
  'zero-coordinates',
  'outside-hubei',
  'unknown-division',
  'no-services',
  'duplicate',
];

/** The workbook's bytes and how many rows of each bad kind went in. */
async function makeWorkbook(rows: number): Promise<{ bytes: Uint8Array; bad: Record<string, number> }> {
  const { BANK_INFO, convertPoint } = await import('@hbrs/sdk');
  const { hubeiDivisions, kindSpec } = await import('../src/index.js');
  const divisions = await hubeiDivisions();
  const counties = divisions.all.filter((d) => d.level === 'county' && d.seat);
  // Seeded, so every run benches the same sheet.
  const r = seededRandom(12);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

  const spec = kindSpec('service-points');
  if (!spec) throw new Error('no service-points kind');
  // The template's columns and headers (it leaves out the one-cell 经纬度 column).
  const cols = spec.columns.filter((c) => c.field !== 'coords');
  const wb = new ExcelJS.Workbook();
  wb.creator = '@hbrs/feed bench';
  const ws = wb.addWorksheet(spec.title);
  ws.columns = cols.map((c) => ({ header: c.header, key: c.field, width: 14 }));
  ws.getRow(1).font = { bold: true };

  const bad: Record<string, number> = {};
  const good: Record<string, unknown>[] = [];
  for (let i = 0; i < rows; i++) {
    const county = pick(counties);
    const pref = divisions.prefectureOf(county);
    let w = r() * BANK_WEIGHT;
    const bank = BANKS.find((b) => (w -= b[2]) < 0) ?? BANKS[0]!;
    const [bankText, bankCode] = bank;
    const countyShort = county.name.replace(/(土家族自治县|自治县|林区|区|县|市)$/, '');
    // Road and number from the row index: no two generated outlets share an address by accident.
    const road = ROADS[i % ROADS.length]!;
    const no = 1 + Math.floor(i / ROADS.length);
    const prefix = pref ? pref.name : '湖北省';
    const address = `${prefix}${county.name}${road}${no}号`;
    const bankName = bankText.length <= 3 ? BANK_INFO[bankCode].zh : bankText;
    const name = `${bankName}${countyShort}${road}${pick(OUTLET)}`;
    const seat = (county as Division & { seat: { lng: number; lat: number } }).seat;
    const gcj = convertPoint(
      { lng: seat.lng + (r() - 0.5) * 0.08, lat: seat.lat + (r() - 0.5) * 0.06 },
      'WGS84',
      'GCJ02',
    );
    const area = AREA[(pref ?? county).name.slice(0, 2)] ?? '027';
    const row: Record<string, unknown> = {
      id: r() < 0.3 ? `WD${bankCode}${String(i + 1).padStart(6, '0')}` : '',
      name,
      bank: bankText,
      category: r() < 0.6 ? '' : pick(['社保卡服务网点', '社银一体化网点', '即时制卡网点', '自助服务点']),
      // Most rows name the 市州 and the 区县; some give only the address (the county is found in it), some the code.
      city: pref && r() < 0.6 ? pref.name : '',
      county: '',
      divisionCode: '',
      address,
      // Coordinates mostly as numbers, some as text (as pasted from AMap).
      lng: r() < 0.8 ? round6(gcj.lng) : round6(gcj.lng).toFixed(6),
      lat: r() < 0.8 ? round6(gcj.lat) : round6(gcj.lat).toFixed(6),
      phone:
        r() < 0.9
          ? `${area}-${8 + Math.floor(r() * 2)}${String(Math.floor(r() * 1e6)).padStart(6, '0')}`
          : '',
      contactPerson: r() < 0.25 ? `${pick([...SURNAMES])}${pick(TITLES)}` : '',
      hours: pick(HOURS),
      services: pick(SERVICES),
      status: r() < 0.85 ? '' : pick(['正常', '正常', '正常', '暂停']),
    };
    const where = r();
    if (where < 0.8) row.county = county.name;
    else if (where < 0.9) row.divisionCode = county.code;
    // else: the county is only in the address

    if (r() < 0.02) {
      const kind = pick(BAD_KINDS);
      if (kind === 'duplicate' && good.length === 0) continue;
      bad[kind] = (bad[kind] ?? 0) + 1;
      if (kind === 'no-name') row.name = '';
      else if (kind === 'no-address') row.address = '';
      else if (kind === 'zero-coordinates') [row.lng, row.lat] = [0, 0];
      else if (kind === 'outside-hubei')
        [row.lng, row.lat] = [116.397428, 39.90923]; // Beijing
      else if (kind === 'unknown-division') {
        [row.county, row.divisionCode] = [`${countyShort}去`, ''];
      } else if (kind === 'no-services') row.services = '个人贷款、理财';
      else if (kind === 'duplicate') {
        Object.assign(row, pick(good), { id: '' });
      }
      ws.addRow(row);
      continue;
    }
    ws.addRow(row);
    good.push(row);
  }
  const buf = await wb.xlsx.writeBuffer();
  return { bytes: new Uint8Array(buf as ArrayBuffer), bad };
}

// ---------------------------------------------------------------------------------------------------------------
// Parent side.

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const mb = (b: number): string => `${(b / 1048576).toFixed(0)} MB`;
const sec = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'hbrs-feed-bench-'));
  try {
    const file = join(dir, FILE_NAME);
    const g0 = performance.now();
    const { bytes, bad } = await makeWorkbook(ROWS);
    await writeFile(file, bytes);
    const badTotal = Object.values(bad).reduce((n, x) => n + x, 0);
    console.log(
      `@hbrs/feed bench: ${ROWS.toLocaleString('en')} service-point rows (${badTotal} bad: ${Object.entries(
        bad,
      )
        .map(([k, n]) => `${k} ${n}`)
        .join(
          ', ',
        )}), ${((await stat(file)).size / 1048576).toFixed(1)} MB xlsx, generated in ${sec(performance.now() - g0)}`,
    );
    console.log(
      `${RUNS} runs each, alternating, each in a fresh child process (Node ${process.version}, ${availableParallelism()} CPUs, ` +
        `load ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}); medians.\n`,
    );

    const read: RunResult[] = [];
    const build: RunResult[] = [];
    for (let i = 0; i < RUNS; i++) {
      read.push(await runChild('read', file));
      build.push(await runChild('build', file));
      const b = build[build.length - 1]!;
      console.log(
        `  run ${i + 1}: exceljs ${sec(read[read.length - 1]!.ms)} ${mb(read[read.length - 1]!.peakRss)}; buildFeed ${sec(b.ms)} ${mb(b.peakRss)}`,
      );
    }
    const rMs = median(read.map((x) => x.ms));
    const bMs = median(build.map((x) => x.ms));
    const rRss = median(read.map((x) => x.peakRss));
    const bRss = median(build.map((x) => x.peakRss));
    const rStart = median(read.map((x) => x.startRss));
    const bStart = median(build.map((x) => x.startRss));
    const last = build[build.length - 1]!;
    const rowsPerSec = (n: number, ms: number): string =>
      `${Math.round(n / (ms / 1000)).toLocaleString('en')}/s`;

    const table: [string, string, string, string][] = [
      ['', 'exceljs load (baseline)', 'buildFeed (gcj02)', 'build / baseline'],
      ['time (median)', sec(rMs), sec(bMs), `${(bMs / rMs).toFixed(2)}×`],
      ['peak RSS (median)', mb(rRss), mb(bRss), `${(bRss / rRss).toFixed(2)}×`],
      ['RSS before the work', mb(rStart), mb(bStart), ''],
      ['rows/s', rowsPerSec(ROWS, rMs), rowsPerSec(last.rows ?? 0, bMs), ''],
      ['rows read', String(read[0]!.rows! - 1), String(last.rows), ''],
      ['accepted / rejected', '', `${last.accepted} / ${last.rejected}`, ''],
      ['warnings', '', String(last.warnings), ''],
    ];
    const widths = [0, 1, 2, 3].map((c) => Math.max(...table.map((row) => row[c]!.length)));
    console.log('');
    for (const row of table) console.log(row.map((cell, c) => cell.padEnd(widths[c]!)).join('  '));
    console.log(
      `\nrejected by code: ${Object.entries(last.rejectedByCode ?? {})
        .map(([k, n]) => `${k} ${n}`)
        .join(', ')}`,
    );
    if (last.rejected !== badTotal) {
      // Not a failure (the bench measures speed), but worth a look: the generator and the builder disagree.
      console.log(`note: ${badTotal} bad rows were generated but ${last.rejected} were rejected.`);
    }
    return 0;
  } finally {
    if (process.env.BENCH_KEEP) console.log(`\nworkbook kept: ${join(dir, FILE_NAME)}`);
    else await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') {
  const mode = process.argv[3] as 'read' | 'build';
  child(mode, process.argv[4] ?? '').then(
    (result) => process.send?.({ ok: true, result }, () => process.exit(0)),
    (e: unknown) => {
      process.send?.({ ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }, () =>
        process.exit(1),
      );
    },
  );
} else {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(`@hbrs/feed bench failed: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    },
  );
}
