import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli as run } from './helpers.js';

const SHEET = `网点名称,所属银行,所在区县,网点地址,经度,纬度,营业时间,可办理业务
工行武昌支行,工行,武昌区,武汉市武昌区中北路1号,114.3432,30.5621,工作日 9:00-17:00,挂失
,工行,武昌区,武汉市武昌区中北路2号,114.3432,30.5621,工作日 9:00-17:00,挂失
`;

describe('hbrs-feed CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hbrs-feed-cli-'));
  writeFileSync(join(dir, 'sp.csv'), SHEET);

  it('prints --help for every command, with exit code 0', () => {
    for (const cmd of [[], ['build'], ['template'], ['check'], ['preview'], ['layout']]) {
      const r = run([...cmd, '--help'], dir);
      expect(r.code, cmd.join(' ')).to.equal(0);
      expect(r.stdout).to.match(/Usage: hbrs-feed/);
    }
  });

  it("is linked as a command of the workspace (`pnpm exec hbrs-feed`), through the package's bin", () => {
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const bin = join(root, 'node_modules/.bin/hbrs-feed');
    expect(existsSync(bin), bin).to.equal(true);
    const r = spawnSync(bin, ['--help'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.status).to.equal(0);
    expect(r.stdout).to.match(/Usage: hbrs-feed/);
  });

  it('build: exit 0 with rejected rows, writes the feed and the report, names the row on stderr', () => {
    const r = run(['build', 'service-points', 'sp.csv', '--out', 'out'], dir);
    expect(r.code).to.equal(0);
    expect(r.stderr).to.match(/拒绝 1 行/);
    expect(r.stderr).to.match(/第 3 行/);
    const report = JSON.parse(readFileSync(join(dir, 'out/service-points.report.json'), 'utf8'));
    expect(report.rows).to.equal(2);
    expect(report.rejected.map((i: { row: number; code: string }) => [i.row, i.code])).to.deep.equal([
      [3, 'no-name'],
    ]);
    const feed = JSON.parse(readFileSync(join(dir, 'out/service-points.json'), 'utf8'));
    expect(feed.meta.sample).to.equal(false);
    expect(feed.items).to.have.length(1);
    expect(existsSync(join(dir, 'out/divisions.json'))).to.equal(true);
  });

  it('build --strict: exit 1 when a row is rejected', () => {
    expect(run(['build', 'service-points', 'sp.csv', '--out', 'strict', '--strict'], dir).code).to.equal(1);
  });

  it('exit 2 with a clear message when the input is unusable', () => {
    const missing = run(['build', 'service-points', 'nope.csv', '--out', 'x'], dir);
    expect(missing.code).to.equal(2);
    expect(missing.stderr).to.include('nope.csv');
    const kind = run(['build', 'fairs', 'sp.csv', '--out', 'x'], dir);
    expect(kind.code).to.equal(2);
    expect(kind.stderr).to.match(/未知的数据类型/);
    writeFileSync(join(dir, 'noheader.csv'), '甲,乙,丙\n1,2,3\n');
    const header = run(['build', 'service-points', 'noheader.csv', '--out', 'x'], dir);
    expect(header.code).to.equal(2);
    expect(header.stderr).to.match(/找不到表头行/);
    expect(run(['frobnicate'], dir).code).to.equal(2);
  });

  it('template → build has no warnings; check passes on the result and fails on a broken feed', () => {
    for (const kind of ['service-points', 'job-fairs', 'postdoc']) {
      expect(run(['template', kind, '--out', `${kind}.xlsx`], dir).code).to.equal(0);
      const b = run(['build', kind, `${kind}.xlsx`, '--out', 'site'], dir);
      expect(b.code, b.stderr).to.equal(0);
      expect(b.stderr).to.match(/拒绝 0 行，警告 0 条/);
    }
    const ok = run(['check', 'site'], dir);
    expect(ok.code, ok.stdout + ok.stderr).to.equal(0);
    const feed = JSON.parse(readFileSync(join(dir, 'site/service-points.json'), 'utf8'));
    feed.items[0].location.lng = 'east';
    writeFileSync(join(dir, 'site/service-points.json'), JSON.stringify(feed));
    const bad = run(['check', 'site'], dir);
    expect(bad.code).to.equal(1);
    expect(bad.stdout + bad.stderr).to.match(/location\.lng/);
  });

  it('layout: writes manifest.json, summaries and detail shards from a feed directory; 2 without --out', () => {
    const sample = fileURLToPath(new URL('../../sample-data/feed/', import.meta.url));
    expect(run(['layout', sample], dir).code).to.equal(2);
    const r = run(['layout', sample, '--out', 'laid', '--per-shard', '16'], dir);
    expect(r.code, r.stderr).to.equal(0);
    const m = JSON.parse(readFileSync(join(dir, 'laid/manifest.json'), 'utf8')) as {
      format: string;
      kinds: Record<string, { count: number; details?: { shards: number } }>;
    };
    expect(m.format).to.equal('hbrs-feed-manifest/1');
    const fairs = m.kinds['job-fairs']!;
    expect(fairs.details!.shards).to.equal(Math.ceil(fairs.count / 16));
    expect(existsSync(join(dir, `laid/job-fairs/detail/${fairs.details!.shards - 1}.json`))).to.equal(true);
    expect(existsSync(join(dir, 'laid/service-points.json'))).to.equal(true);
    expect(r.stdout).to.contain('manifest.json');
  });
});
