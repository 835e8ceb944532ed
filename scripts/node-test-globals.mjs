// Mocha-style globals for tests run under node:test (see node-test.mjs).
import { describe, it, before, after, beforeEach, afterEach } from 'node:test';
Object.assign(globalThis, { describe, it, before, after, beforeEach, afterEach });
