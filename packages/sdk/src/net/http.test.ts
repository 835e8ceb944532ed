import { expect } from 'chai';
import { backoffDelay, createHttpClient, parseRetryAfter, type FetchLike } from './http.js';

interface Call {
  url: string;
  headers: Record<string, string>;
}

/** A scripted fetch: each call takes the next step; a step returns a Response or throws. */
function scripted(steps: Array<(init: RequestInit | undefined) => Response | Promise<Response>>) {
  const calls: Call[] = [];
  const fetch: FetchLike = async (url, init) => {
    calls.push({ url, headers: { ...(init?.headers as Record<string, string>) } });
    const step = steps[Math.min(calls.length - 1, steps.length - 1)];
    if (!step) throw new Error('no step');
    return step(init);
  };
  return { fetch, calls };
}

const json = (body: unknown, init: ResponseInit = {}): Response =>
  new Response(JSON.stringify(body), {
    status: 200,
    headers: { 'content-type': 'application/json' },
    ...init,
  });

async function rejection(
  p: Promise<unknown>,
): Promise<Error & { code?: string; status?: number; url?: string }> {
  try {
    await p;
  } catch (e) {
    return e as Error & { code?: string };
  }
  throw new Error('expected a rejection');
}

const fast = { retryBaseMs: 1, retryMaxDelayMs: 5 };

describe('net/http', () => {
  describe('parseRetryAfter', () => {
    it('reads delta-seconds', () => {
      expect(parseRetryAfter('3', 0)).to.equal(3000);
      expect(parseRetryAfter(' 0 ', 0)).to.equal(0);
    });
    it('reads an HTTP date relative to now', () => {
      const now = Date.parse('2026-03-01T00:00:00Z');
      expect(parseRetryAfter('Sun, 01 Mar 2026 00:00:05 GMT', now)).to.equal(5000);
      expect(parseRetryAfter('Sun, 01 Mar 2026 00:00:00 GMT', now + 9000)).to.equal(0);
    });
    it('ignores garbage', () => {
      expect(parseRetryAfter('soon', 0)).to.equal(undefined);
      expect(parseRetryAfter(null, 0)).to.equal(undefined);
    });
  });

  describe('backoffDelay', () => {
    it('grows exponentially, stays within [half, full] of base·2^n and under the cap', () => {
      for (const r of [0, 0.5, 0.999]) {
        for (let n = 0; n < 8; n++) {
          const d = backoffDelay(n, 100, 5000, () => r);
          const full = Math.min(5000, 100 * 2 ** n);
          expect(d)
            .to.be.at.least(full / 2)
            .and.at.most(full);
        }
      }
    });
    it('honours Retry-After but caps it', () => {
      expect(backoffDelay(0, 100, 5000, Math.random, 2000)).to.equal(2000);
      expect(backoffDelay(0, 100, 5000, Math.random, 60_000)).to.equal(5000);
    });
  });

  it('returns parsed JSON', async () => {
    const { fetch } = scripted([() => json({ a: 1 })]);
    const http = createHttpClient({ fetch });
    expect(await http.getJson('https://x.test/a.json')).to.deep.equal({ a: 1 });
  });

  it('retries 5xx then succeeds', async () => {
    const { fetch, calls } = scripted([
      () => new Response('boom', { status: 500 }),
      () => new Response('boom', { status: 503 }),
      () => json({ ok: true }),
    ]);
    const http = createHttpClient({ fetch, ...fast });
    expect(await http.getJson('https://x.test/a')).to.deep.equal({ ok: true });
    expect(calls).to.have.length(3);
  });

  it('retries network errors then gives a typed network error naming the URL', async () => {
    const { fetch, calls } = scripted([
      () => {
        throw new TypeError('fetch failed');
      },
    ]);
    const http = createHttpClient({ fetch, retries: 2, ...fast });
    const e = await rejection(http.getJson('https://x.test/down'));
    expect(e.code).to.equal('network');
    expect(e.message).to.contain('https://x.test/down');
    expect(calls).to.have.length(3);
  });

  it('honours Retry-After on 429', async () => {
    const { fetch, calls } = scripted([
      () => new Response('', { status: 429, headers: { 'retry-after': '0.05' } }),
      () => json([1]),
    ]);
    const http = createHttpClient({ fetch, retryBaseMs: 1000, retryMaxDelayMs: 1000 });
    const t0 = Date.now();
    expect(await http.getJson('https://x.test/r')).to.deep.equal([1]);
    const waited = Date.now() - t0;
    expect(waited).to.be.at.least(40).and.below(900);
    expect(calls).to.have.length(2);
  });

  it('gives an http error with the status after the last retry', async () => {
    const { fetch, calls } = scripted([() => new Response('', { status: 502, statusText: 'Bad Gateway' })]);
    const http = createHttpClient({ fetch, retries: 1, ...fast });
    const e = await rejection(http.getJson('https://x.test/b'));
    expect(e.code).to.equal('http');
    expect(e.status).to.equal(502);
    expect(e.message).to.contain('502').and.contain('https://x.test/b');
    expect(e.message).to.match(/\(after 2 attempts\)$/);
    expect(calls).to.have.length(2);
  });

  it('names the attempts only when there were several, and as many as the server saw', async () => {
    for (const [steps, expected] of [
      [[() => new Response('', { status: 404 })], undefined],
      [[() => new Response('<html>', { status: 200 })], undefined],
      [[() => new Response('', { status: 403 })], undefined],
      [[() => new Response('', { status: 503 }), () => new Response('', { status: 404 })], 2],
      [[() => new Response('', { status: 500 })], 3],
    ] as const) {
      const { fetch, calls } = scripted([...steps]);
      const e = await rejection(createHttpClient({ fetch, retries: 2, ...fast }).getJson('https://x.test/c'));
      if (expected === undefined) expect(e.message, e.message).not.to.contain('attempt');
      else expect(e.message).to.contain(`(after ${expected} attempts)`);
      expect(calls).to.have.length(expected ?? 1);
    }
  });

  it('does not retry 4xx; 404 is not-found', async () => {
    const a = scripted([() => new Response('', { status: 404 })]);
    const e = await rejection(
      createHttpClient({ fetch: a.fetch, ...fast }).getJson('https://x.test/missing'),
    );
    expect(e.code).to.equal('not-found');
    expect(e.status).to.equal(404);
    expect(a.calls).to.have.length(1);
    const b = scripted([() => new Response('', { status: 403 })]);
    const e2 = await rejection(
      createHttpClient({ fetch: b.fetch, ...fast }).getJson('https://x.test/forbidden'),
    );
    expect(e2.code).to.equal('http');
    expect(b.calls).to.have.length(1);
  });

  it('warns when JSON comes as text/html, and still loads it', async () => {
    const warnings: string[] = [];
    const { fetch } = scripted([
      () => new Response('{"a":1}', { headers: { 'content-type': 'text/html; charset=utf-8' } }),
    ]);
    const http = createHttpClient({ fetch, onWarning: (m) => warnings.push(m), ...fast });
    expect(await http.getJson('https://x.test/feed.json')).to.deep.equal({ a: 1 });
    expect(warnings).to.have.length(1);
    expect(warnings[0])
      .to.contain('https://x.test/feed.json')
      .and.contain('text/html')
      .and.contain('application/json');
    const ok = scripted([() => json({ a: 1 })]);
    await createHttpClient({ fetch: ok.fetch, onWarning: (m) => warnings.push(m), ...fast }).getJson(
      'https://x.test/b',
    );
    expect(warnings).to.have.length(1);
  });

  it('a failed cross-origin request says the source may have refused this site (browsers only)', async () => {
    const { fetch } = scripted([
      () => {
        throw new TypeError('Failed to fetch');
      },
    ]);
    const http = createHttpClient({ fetch, retries: 0, ...fast });
    const far = await rejection(http.getJson('https://elsewhere.invalid/feed.json'));
    const inBrowser = typeof (globalThis as { location?: unknown }).location === 'object';
    expect((far as { crossOrigin?: boolean }).crossOrigin).to.equal(inBrowser);
    if (inBrowser) expect(far.message).to.contain('Access-Control-Allow-Origin');
    else expect(far.message).not.to.contain('Access-Control-Allow-Origin');
  });

  it('malformed JSON is invalid-data, not retried', async () => {
    const { fetch, calls } = scripted([() => new Response('{"items": [', { status: 200 })]);
    const e = await rejection(createHttpClient({ fetch, ...fast }).getJson('https://x.test/bad'));
    expect(e.code).to.equal('invalid-data');
    expect(e.message).to.contain('https://x.test/bad');
    expect(calls).to.have.length(1);
  });

  it('times out a hanging response with a timeout error', async () => {
    const fetch: FetchLike = (_url, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      });
    const http = createHttpClient({ fetch, timeoutMs: 30, ...fast });
    const e = await rejection(http.getJson('https://x.test/slow'));
    expect(e.code).to.equal('timeout');
    expect(e.message).to.contain('30 ms').and.contain('https://x.test/slow');
  });

  it('rejects with the caller abort reason, also while waiting between retries', async () => {
    const { fetch } = scripted([() => new Response('', { status: 500 })]);
    const http = createHttpClient({ fetch, retryBaseMs: 10_000, retryMaxDelayMs: 10_000 });
    const ac = new AbortController();
    const p = http.getJson('https://x.test/a', { signal: ac.signal });
    setTimeout(() => ac.abort(new Error('user left')), 20);
    const e = await rejection(p);
    expect(e.message).to.equal('user left');
  });

  it('caches within the TTL, serves stale while revalidating, and uses ETags', async () => {
    let t = 0;
    let version = 1;
    const { fetch, calls } = scripted([
      (init) => {
        const inm = (init?.headers as Record<string, string>)['if-none-match'];
        if (inm === `"v${version}"`) return new Response(null, { status: 304, headers: { etag: inm } });
        return json({ version }, { headers: { etag: `"v${version}"` } });
      },
    ]);
    const http = createHttpClient({ fetch, now: () => t, cacheTtlMs: 100, staleWhileRevalidateMs: 1000 });
    expect(await http.getJson('https://x.test/f')).to.deep.equal({ version: 1 });
    t = 50;
    expect(await http.getJson('https://x.test/f')).to.deep.equal({ version: 1 });
    expect(calls).to.have.length(1);
    // stale: served immediately, revalidated in the background with If-None-Match → 304
    t = 200;
    expect(await http.getJson('https://x.test/f')).to.deep.equal({ version: 1 });
    await new Promise((r) => setTimeout(r, 10));
    expect(calls).to.have.length(2);
    expect(calls[1]?.headers['if-none-match']).to.equal('"v1"');
    // fresh again after the 304
    t = 250;
    await http.getJson('https://x.test/f');
    expect(calls).to.have.length(2);
    // past TTL + SWR: a blocking revalidation that sees the new version
    version = 2;
    t = 5000;
    expect(await http.getJson('https://x.test/f')).to.deep.equal({ version: 2 });
    expect(calls).to.have.length(3);
    expect(calls[2]?.headers['if-none-match']).to.equal('"v1"');
  });

  it('a failed background revalidation keeps the stale body and reports the error', async () => {
    let t = 0;
    const errors: unknown[] = [];
    const { fetch } = scripted([() => json({ a: 1 }), () => new Response('', { status: 500 })]);
    const http = createHttpClient({
      fetch,
      now: () => t,
      cacheTtlMs: 10,
      retries: 0,
      onBackgroundError: (e) => errors.push(e),
    });
    await http.getJson('https://x.test/s');
    t = 20;
    expect(await http.getJson('https://x.test/s')).to.deep.equal({ a: 1 });
    await new Promise((r) => setTimeout(r, 10));
    expect(errors).to.have.length(1);
    expect((errors[0] as { code: string }).code).to.equal('http');
  });

  it('cache: false bypasses a fresh entry', async () => {
    const { fetch, calls } = scripted([() => json(1)]);
    const http = createHttpClient({ fetch });
    await http.getJson('https://x.test/n');
    await http.getJson('https://x.test/n', { cache: false });
    expect(calls).to.have.length(2);
  });
});
