// Tiny cross-platform copy used by package builds: node copy.mjs <from> <to>
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
const [from, to] = process.argv.slice(2);
mkdirSync(dirname(to), { recursive: true });
copyFileSync(from, to);
