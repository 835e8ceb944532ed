// The benchmarks that read TypeScript (the seeded generator of @hbrs/testing/random, lib/provincial.ts) run
// themselves again under tsx: call `underTsx(import.meta.filename)` first, then import TypeScript dynamically.
import { spawnSync } from 'node:child_process';

/** Re-runs `file` under tsx (same arguments, same stdio) and exits with its status, unless already under tsx. */
export function underTsx(file) {
  if (process.execArgv.some((a) => a.includes('tsx'))) return;
  const r = spawnSync(process.execPath, ['--import', 'tsx', file, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exit(r.status ?? 1);
}
