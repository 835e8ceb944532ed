#!/usr/bin/env node
// The `hbrs-feed` command. A committed file (not dist/cli.js itself), so package managers link the command
// when they install the workspace, before the first build.
await import('../dist/cli.js');
