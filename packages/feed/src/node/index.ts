/**
 * `@hbrs/feed/node`: the file side of the CLI: reading inputs, writing `<kind>.json` and `<kind>.report.json`,
 * reading a feed directory for `check`.
 * @module
 */
import { access, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { FEED_KINDS, type FeedKind } from '@hbrs/sdk';
import type { BuildResult } from '../build.js';
import { FEED_FILES } from '../check.js';
import { divisionsFeed } from '../divisions.js';
import { InputError, type InputFile } from '../table.js';

const exists = (p: string): Promise<boolean> =>
  access(p).then(
    () => true,
    () => false,
  );

/** Reads input files; a missing or unreadable file is an {@link InputError}. */
export async function readInputs(paths: readonly string[]): Promise<InputFile[]> {
  return Promise.all(
    paths.map(async (p) => {
      try {
        return { name: basename(p), bytes: new Uint8Array(await readFile(p)) };
      } catch (e) {
        const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : (e as Error).message;
        throw new InputError(`无法读取文件“${p}”：${why}。`, `Cannot read "${p}": ${(e as Error).message}.`);
      }
    }),
  );
}

/** Writes `<dir>/<kind>.json` and `<dir>/<kind>.report.json`; returns their paths. */
export async function writeResult(
  dir: string,
  result: BuildResult,
): Promise<{ feed: string; report: string }> {
  await mkdir(dir, { recursive: true });
  const feed = join(dir, FEED_FILES[result.kind]);
  const report = join(dir, `${result.kind}.report.json`);
  await writeFile(feed, `${JSON.stringify(result.feed)}\n`);
  await writeFile(report, `${JSON.stringify(result.report, null, 2)}\n`);
  // The widgets read the division list from the feed directory too: add it unless the directory has one.
  const divisions = join(dir, FEED_FILES.divisions);
  if (!(await exists(divisions))) {
    await writeFile(divisions, `${JSON.stringify(await divisionsFeed(result.feed.meta.generatedAt))}\n`);
  }
  return { feed, report };
}

/** The parsed feed documents of a directory, by kind (a file that is not JSON gives an Error). */
export async function readFeedDir(dir: string): Promise<Partial<Record<FeedKind, unknown>>> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    throw new InputError(`目录“${dir}”不存在。`, `Directory "${dir}" does not exist.`);
  }
  const docs: Partial<Record<FeedKind, unknown>> = {};
  for (const kind of FEED_KINDS) {
    if (!names.includes(FEED_FILES[kind])) continue;
    const text = await readFile(join(dir, FEED_FILES[kind]), 'utf8');
    try {
      docs[kind] = JSON.parse(text);
    } catch (e) {
      docs[kind] = new Error(`not valid JSON: ${(e as Error).message}`);
    }
  }
  return docs;
}
