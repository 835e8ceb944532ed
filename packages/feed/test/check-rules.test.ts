import { expect } from 'chai';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ADJUSTMENT_LIST_SCHEMA,
  HUBEI_2025_ADJUSTMENT,
  HUBEI_2025_EXAMPLE_ADJUSTMENT,
  HUBEI_2026_EXAMPLE_ADJUSTMENT,
} from '@hbrs/sdk/policy';
import { checkRulesFile } from '../src/index.js';
import { runCli as run } from './helpers.js';

// `hbrs-feed check <rules.json>`: a pension-adjustment rule set (or a list of them) as a department publishes it,
// checked as the estimator reads it, every problem named by rule and field.

/** The 2026 example with a typo a department might make in each of three rules. */
function badRules(): unknown {
  const s = structuredClone(HUBEI_2026_EXAMPLE_ADJUSTMENT) as unknown as Record<string, unknown>;
  const rules = s.rules as Record<string, unknown>[];
  rules[0]!.amount = '21元';
  rules[1]!.yearCounting = '每满一年';
  (rules[3]!.bands as Record<string, unknown>[])[2]!.minAge = '80岁';
  s.ageAsOf = '2025-12-32';
  return s;
}

describe('hbrs-feed check <rules.json>', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hbrs-feed-rules-'));
  const write = (name: string, doc: unknown) => writeFileSync(join(dir, name), JSON.stringify(doc, null, 2));
  write('hubei-2025.json', HUBEI_2025_EXAMPLE_ADJUSTMENT);
  write('hubei-2026.json', HUBEI_2026_EXAMPLE_ADJUSTMENT);
  write('template-2025.json', HUBEI_2025_ADJUSTMENT);
  write('bad-2026.json', badRules());
  write('official-incomplete.json', {
    ...HUBEI_2025_ADJUSTMENT,
    provenance: { ...HUBEI_2025_ADJUSTMENT.provenance, official: true, document: '鄂人社发〔2025〕1号' },
  });
  write('index.json', { schema: ADJUSTMENT_LIST_SCHEMA, rules: ['hubei-2025.json', 'hubei-2026.json'] });
  write('twice.json', {
    schema: ADJUSTMENT_LIST_SCHEMA,
    rules: ['hubei-2025.json', 'template-2025.json', 'nope.json'],
  });
  writeFileSync(join(dir, 'broken.json'), '{ "schema": "hbrs/pension-adjustment@1", ');

  it('a good rule set: exit 0, its year and region, marked example / unofficial', () => {
    const r = run(['check', 'hubei-2026.json'], dir);
    expect(r.code, r.stdout + r.stderr).to.equal(0);
    expect(r.stdout).to.contain(
      '✓ hubei-2026.json: 湖北省2026年调整规则，5 条规则（示例 / 非官方 example, unofficial）',
    );
    expect(r.stdout).not.to.contain('✗');
  });

  it('a bad rule set: exit 1, every problem by rule number, id and field, in Chinese and English', () => {
    const r = run(['check', 'bad-2026.json'], dir);
    expect(r.code).to.equal(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).to.equal('✗ bad-2026.json: 无法使用 (unusable)；4 个错误 (errors)');
    expect(r.stdout).to.contain('✗ ageAsOf: 调整规则：ageAsOf 应为 a date');
    expect(r.stdout).to.contain('✗ 第 1 条规则 “flat” · amount (rules[0].amount): ');
    expect(r.stdout).to.contain('实际为 "21元"');
    expect(r.stdout).to.contain('✗ 第 2 条规则 “per-year” · yearCounting (rules[1].yearCounting)');
    expect(r.stdout).to.contain('✗ 第 4 条规则 “age-tilt” · minAge (rules[3].bands[2].minAge)');
    expect(r.stdout).to.contain(
      'adjustment rules: rules[0].amount must be a finite number or null, got "21元"',
    );
  });

  it('a template: exit 0 with a warning per parameter not entered; official and incomplete: exit 1', () => {
    const t = run(['check', 'template-2025.json'], dir);
    expect(t.code).to.equal(0);
    expect(t.stdout).to.contain('7 个警告 (warnings)');
    expect(t.stdout).to.contain('! 第 1 条规则 “flat” · amount (rules[0].amount): rules[0].amount 尚未填写');
    const o = run(['check', 'official-incomplete.json'], dir);
    expect(o.code).to.equal(1);
    expect(o.stdout).to.contain('官方规则集必须填写完整');
  });

  it('not JSON: exit 1 naming the syntax error; a missing file: exit 2', () => {
    const b = run(['check', 'broken.json'], dir);
    expect(b.code).to.equal(1);
    expect(b.stdout).to.contain('不是有效的 JSON');
    expect(run(['check', 'missing.json'], dir).code).to.equal(2);
  });

  it('a list of rule sets: checks each file; two files for one year and a missing file fail it', () => {
    const ok = run(['check', 'index.json'], dir);
    expect(ok.code, ok.stdout).to.equal(0);
    expect(ok.stdout).to.contain('✓ index.json: 规则集列表 (rule-set list)，2 个文件');
    expect(ok.stdout).to.contain('✓ hubei-2025.json: 湖北省2025年调整规则');
    expect(ok.stdout).to.contain('✓ hubei-2026.json: 湖北省2026年调整规则');
    const bad = run(['check', 'twice.json'], dir);
    expect(bad.code).to.equal(1);
    expect(bad.stdout).to.contain('“hubei-2025.json”和“template-2025.json”都是2025年的规则集');
    expect(bad.stdout).to.contain('无法读取“nope.json”');
  });

  it('checkRulesFile works without the file system (a reader is passed in)', async () => {
    const files: Record<string, string> = { 'a.json': JSON.stringify(HUBEI_2026_EXAMPLE_ADJUSTMENT) };
    const list = JSON.stringify({
      schema: ADJUSTMENT_LIST_SCHEMA,
      rules: ['a.json', 'https://x.example/b.json'],
    });
    const r = await checkRulesFile('list.json', list, async (n) => files[n]!);
    expect(r.kind).to.equal('list');
    expect(r.ok).to.equal(true);
    expect(r.files.map((f) => [f.file, f.year, f.issues.map((i) => i.code)])).to.deep.equal([
      ['a.json', 2026, []],
      ['https://x.example/b.json', undefined, ['remote']],
    ]);
  });
});
