#!/usr/bin/env node
/**
 * `hbrs-feed`: build, template, check and preview hbrs feeds from a department's spreadsheets.
 * Exit codes: 0 done (a feed written, even with rejected rows); 1 `--strict` with rejected rows, or `check` found
 * problems; 2 unusable input (missing file, no header, unknown kind, bad options).
 * @module
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { FeedKind } from '@hbrs/sdk';
import { parseArgs } from 'node:util';
import { buildFeed, type BuildOptions, type FeedDocument } from './build.js';
import { buildLayout } from './layout.js';
import { checkFeed } from './check.js';
import { checkRulesFile, describeRuleIssue, type RuleFileCheck } from './check-rules.js';
import type { ColumnMapping } from './columns.js';
import { BUILD_KINDS } from './kinds/index.js';
import { readFeedDir, readInputs, writeResult } from './node/index.js';
import { startPreview } from './node/preview.js';
import type { RowIssue } from './report.js';
import { InputError } from './table.js';
import { templateWorkbook } from './template.js';

const HELP: Record<string, string> = {
  main: `hbrs-feed: 把部门的电子表格转换为 hbrs 数据源（feed），并指出每一个有问题的行。
Turn a department's spreadsheets into hbrs feeds, naming every bad row.

Usage: hbrs-feed <command> [options]

Commands:
  build <kind> <input…> --out <dir>   build <dir>/<kind>.json and <dir>/<kind>.report.json
  template <kind> [--out file.xlsx]   write a workbook to fill in (headers, example, notes, drop-downs)
  check <dir>                         validate a feed directory as the widgets would read it
  check <rules.json>                  validate a pension-adjustment rule set (or a list of them)
  preview <dir> [--port N]            serve <dir> with every widget reading it, on localhost
  layout <dir> --out <dir>            lay out the feeds of <dir> for large volumes (manifest.json, summaries, details)

Kinds: ${BUILD_KINDS.join(', ')}
Run "hbrs-feed <command> --help" for a command's options.`,
  build: `Usage: hbrs-feed build <kind> <input…> --out <dir> [options]

Builds <dir>/<kind>.json (a feed the SDK and widgets read) and <dir>/<kind>.report.json
({ rows, accepted, rejected: [{ row, column, code, message }], warnings }) from .xlsx, .csv
(UTF-8 with or without BOM, or GB18030/GBK, detected) or .json files. Also writes divisions.json
when <dir> has none. Row numbers are those Excel shows.

Kinds and their sheets (one workbook with these sheets, or one CSV per sheet):
  service-points  网点 (one outlet a row)
  job-fairs       招聘会 (fairs), 参会单位 (employers, naming their fair by 招聘会编号 or 名称),
                  招聘岗位 (positions, naming their employer, and the fair when it takes part in several)
  postdoc         博士后站点 (programmes), 招收启事 (calls, naming their programme by 站点编号,
                  or by 设站单位 and 一级学科)
A sheet is recognised by its name or by its header row; "hbrs-feed template <kind>" writes one.

Options:
  --out <dir>                  output directory (required)
  --crs wgs84|gcj02|bd09       coordinate system of the sheet (AMap: gcj02, Baidu: bd09); default wgs84
  --sheet NAME                 read only this sheet of a workbook
  --map mapping.json           {"field": "your header"} for columns with other headers
  --format plain|compact       compact = hbrs-compact/1 columns (smaller); default plain
  --source TEXT                meta.source (who publishes the data)
  --license TEXT               meta.license
  --title TEXT                 meta.title
  --strict                     exit 1 when any row is rejected
  -h, --help

Exit codes: 0 feed written (even with rejected rows), 1 --strict and rows rejected, 2 input unusable.`,
  template: `Usage: hbrs-feed template <kind> [--out file.xlsx]

Writes a workbook with one sheet per table of the kind (headers and one example row), a 说明
(notes) sheet explaining each column, and drop-down lists for the columns with fixed values (banks,
services, 市州 and 区县, fair types, education levels …). A workbook filled in from it builds with
no warnings. Default file: <kind>-template.xlsx.`,
  check: `Usage: hbrs-feed check <dir>
       hbrs-feed check <rules.json>

Validates every feed file present in <dir> (job-fairs.json, postdoc.json, service-points.json,
divisions.json) as the widgets read them, and prints what a widget would drop and why.
Exit 0 when all is clean, 1 when records would be dropped or a file is broken, 2 when <dir> has no feed.

Given a file, validates a pension-adjustment rule set (schema hbrs/pension-adjustment@1, one year's
plan for <hbrs-pension-estimator>) and names every problem by rule and field; or a list of rule sets
(schema hbrs/pension-adjustment-list@1, "rules": ["hubei-2025.json", …]) and each file it lists, and
two files for one year. Warnings (parameters not entered in a template, no document number, dates
outside the plan's year) do not fail the check; an official rule set with parameters not entered does.
Exit 0 when there is no error, 1 when there is one, 2 when the file cannot be read.`,
  layout: `Usage: hbrs-feed layout <dir> --out <dir> [--per-shard N]

Writes the feeds of <dir> (job-fairs.json, postdoc.json, service-points.json, divisions.json) to --out in the
feed layout: manifest.json, a compact summary and detail shards for job fairs and postdoc (N records per shard,
default 8), the other kinds as they are. Point the widgets' feed at <out>/manifest.json.
See docs/guide/feed-format.md.`,
  preview: `Usage: hbrs-feed preview <dir> [--port N]

Serves <dir> and a page with the widgets reading it on http://127.0.0.1:<port>/ (default 8787),
with gzip and cache headers. Needs the widgets' CDN bundles (@hbrs/widgets). Ctrl+C stops it.`,
};

const out = (s: string): void => void process.stdout.write(`${s}\n`);
const err = (s: string): void => void process.stderr.write(`${s}\n`);

function describeIssue(i: RowIssue): string {
  return `  ${i.sheet ? `[${i.sheet}] ` : ''}第 ${i.row} 行 · ${i.column} · ${i.code}: ${i.message}`;
}

function progress(done: number, total: number): void {
  if (!process.stderr.isTTY || total < 2000) return;
  const w = 30;
  const n = Math.round((done / total) * w);
  process.stderr.write(
    `\r[${'#'.repeat(n)}${'.'.repeat(w - n)}] ${done}/${total}${done === total ? '\n' : ''}`,
  );
}

async function build(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      crs: { type: 'string', default: 'wgs84' },
      sheet: { type: 'string' },
      map: { type: 'string' },
      format: { type: 'string', default: 'plain' },
      source: { type: 'string' },
      license: { type: 'string' },
      title: { type: 'string' },
      strict: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return (out(HELP.build ?? ''), 0);
  const [kind, ...inputs] = positionals;
  if (!kind || inputs.length === 0 || !values.out) {
    err(
      'hbrs-feed build: 需要数据类型、至少一个输入文件和 --out 目录 (kind, input files and --out are required).',
    );
    err(HELP.build ?? '');
    return 2;
  }
  const crs = values.crs?.toLowerCase();
  if (crs !== 'wgs84' && crs !== 'gcj02' && crs !== 'bd09') {
    err(`hbrs-feed build: --crs 只能是 wgs84、gcj02 或 bd09（收到 “${values.crs}”）。`);
    return 2;
  }
  if (values.format !== 'plain' && values.format !== 'compact') {
    err(`hbrs-feed build: --format 只能是 plain 或 compact（收到 “${values.format}”）。`);
    return 2;
  }
  let mapping: ColumnMapping | undefined;
  if (values.map) {
    try {
      mapping = JSON.parse(await readFile(values.map, 'utf8')) as ColumnMapping;
    } catch (e) {
      err(`hbrs-feed build: 无法读取映射文件 “${values.map}”：${(e as Error).message}`);
      return 2;
    }
  }
  const opts: BuildOptions = { crs, format: values.format, onProgress: progress };
  if (values.sheet !== undefined) opts.sheet = values.sheet;
  if (mapping) opts.mapping = mapping;
  if (values.source !== undefined) opts.source = values.source;
  if (values.license !== undefined) opts.license = values.license;
  if (values.title !== undefined) opts.title = values.title;
  const result = await buildFeed(kind, await readInputs(inputs), opts);
  const files = await writeResult(values.out, result);
  const r = result.report;
  const written = r.records ?? r.accepted;
  err(
    `${result.kind}: 读取 ${r.rows} 行，收录 ${r.accepted} 行，拒绝 ${r.rejected.length} 行，警告 ${r.warnings.length} 条；写入 ${written} 条记录。`,
  );
  err(
    `(${r.rows} rows read, ${r.accepted} accepted, ${r.rejected.length} rejected, ${r.warnings.length} warnings; ${written} records written)`,
  );
  if (r.rejected.length > 0) {
    err('被拒绝的行 (rejected rows):');
    r.rejected.slice(0, 10).forEach((i) => err(describeIssue(i)));
    if (r.rejected.length > 10) err(`  … 另有 ${r.rejected.length - 10} 行，见 ${files.report}`);
  }
  err(`→ ${files.feed}\n→ ${files.report}`);
  return values.strict && r.rejected.length > 0 ? 1 : 0;
}

async function template(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return (out(HELP.template ?? ''), 0);
  const [kind] = positionals;
  if (!kind) {
    err(HELP.template ?? '');
    return 2;
  }
  const file = values.out ?? `${kind}-template.xlsx`;
  await writeFile(file, await templateWorkbook(kind, new Date()));
  err(`→ ${file}`);
  return 0;
}

async function check(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return (out(HELP.check ?? ''), 0);
  const [dir] = positionals;
  if (!dir) {
    err(HELP.check ?? '');
    return 2;
  }
  const info = await stat(dir).catch(() => undefined);
  if (info?.isFile() || (!info && dir.toLowerCase().endsWith('.json'))) return checkRules(dir);
  const result = checkFeed(await readFeedDir(dir));
  if (result.kinds.length === 0) {
    err(`hbrs-feed check: “${dir}”中没有数据文件 (no feed files in ${dir}).`);
    return 2;
  }
  for (const k of result.kinds) {
    if (k.error) {
      out(`✗ ${k.file}: 无法使用 (unusable): ${k.error}`);
      continue;
    }
    const mark = k.dropped.length === 0 ? '✓' : '✗';
    out(
      `${mark} ${k.file}: ${k.count} 条可用${k.dropped.length ? `，${k.dropped.length} 条会被组件丢弃 (would be dropped)` : ''}${k.sample ? '（示例数据 sample）' : ''}`,
    );
    for (const d of k.dropped.slice(0, 20)) out(`    #${d.index}${d.id ? ` ${d.id}` : ''}: ${d.message}`);
    if (k.dropped.length > 20) out(`    … ${k.dropped.length - 20} more`);
  }
  return result.ok ? 0 : 1;
}

function printRuleFile(f: RuleFileCheck): void {
  const errors = f.issues.filter((i) => i.severity === 'error').length;
  const warnings = f.issues.length - errors;
  const what =
    f.year !== undefined
      ? `${f.region ?? ''}${f.year}年调整规则，${f.rules ?? 0} 条规则${f.official ? '（官方 official）' : '（示例 / 非官方 example, unofficial）'}`
      : '无法使用 (unusable)';
  const counts = [errors ? `${errors} 个错误 (errors)` : '', warnings ? `${warnings} 个警告 (warnings)` : '']
    .filter(Boolean)
    .join('，');
  out(`${errors ? '✗' : '✓'} ${f.file}: ${what}${counts ? `；${counts}` : ''}`);
  for (const i of f.issues.slice(0, 50)) out(describeRuleIssue(i));
  if (f.issues.length > 50) out(`    … ${f.issues.length - 50} more`);
}

async function checkRules(file: string): Promise<number> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    err(`hbrs-feed check: 无法读取文件“${file}”：${(e as Error).message}`);
    return 2;
  }
  const base = dirname(file);
  const noBom = (s: string): string => s.replace(/^\uFEFF/, '');
  const result = await checkRulesFile(file, noBom(text), async (name) =>
    noBom(await readFile(join(base, name), 'utf8')),
  );
  if (result.kind === 'list') {
    const errors = result.listIssues.filter((i) => i.severity === 'error').length;
    out(`${errors ? '✗' : '✓'} ${file}: 规则集列表 (rule-set list)，${result.files.length} 个文件`);
    for (const i of result.listIssues) out(describeRuleIssue(i));
  }
  result.files.forEach(printRuleFile);
  return result.ok ? 0 : 1;
}

async function preview(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { port: { type: 'string', default: '8787' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return (out(HELP.preview ?? ''), 0);
  const [dir] = positionals;
  const port = Number(values.port);
  if (!dir || !Number.isInteger(port) || port < 0 || port > 65535) {
    err(HELP.preview ?? '');
    return 2;
  }
  const server = await startPreview(dir, port);
  out(`预览 (preview): ${server.url}`);
  await new Promise<void>((resolve) => process.once('SIGINT', resolve).once('SIGTERM', resolve));
  await server.close();
  return 0;
}

async function layout(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      'per-shard': { type: 'string', default: '8' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return (out(HELP.layout ?? ''), 0);
  const [dir] = positionals;
  const perShard = Number(values['per-shard']);
  if (!dir || !values.out || !Number.isInteger(perShard) || perShard < 1) {
    err(HELP.layout ?? '');
    return 2;
  }
  const docs = await readFeedDir(dir);
  const broken = Object.entries(docs).find(([, d]) => d instanceof Error);
  if (broken) {
    err(`hbrs-feed layout: ${broken[0]}: ${(broken[1] as Error).message}`);
    return 2;
  }
  if (Object.keys(docs).length === 0) {
    err(`hbrs-feed layout: “${dir}”中没有数据文件 (no feed files in ${dir}).`);
    return 2;
  }
  const { files, manifest } = buildLayout(docs as Record<FeedKind, FeedDocument>, { perShard });
  for (const f of files) {
    const path = join(values.out, f.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, f.body);
  }
  for (const [kind, k] of Object.entries(manifest.kinds)) {
    out(
      `✓ ${kind}: ${k.count ?? '?'} 条${k.details ? `，摘要 + ${k.details.shards} 个明细文件 (summary + ${k.details.shards} detail files)` : ''}`,
    );
  }
  out(`→ ${join(values.out, 'manifest.json')}`);
  return 0;
}

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  build,
  template,
  check,
  preview,
  layout,
};

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '-h' || cmd === '--help' || cmd === 'help') {
    out(HELP.main ?? '');
    return cmd ? 0 : 2;
  }
  const run = COMMANDS[cmd];
  if (!run) {
    err(`hbrs-feed: 未知命令 “${cmd}” (unknown command).\n`);
    err(HELP.main ?? '');
    return 2;
  }
  try {
    return await run(rest);
  } catch (e) {
    if (e instanceof InputError) {
      err(`hbrs-feed ${cmd}: ${e.message}\n  ${e.messageEn}`);
      return 2;
    }
    if (
      e instanceof TypeError &&
      /parseArgs|ERR_PARSE_ARGS/.test(String((e as { code?: string }).code ?? e.message))
    ) {
      err(`hbrs-feed ${cmd}: ${e.message}`);
      return 2;
    }
    throw e;
  }
}

process.exitCode = await main(process.argv.slice(2));
