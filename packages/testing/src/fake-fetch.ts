import { createClient, type ClientOptions, type HbrsClient } from '@hbrs/sdk';

/**
 * A fake `fetch` serving JSON documents by file name, for the SDK client a widget test builds (real
 * parsing, validation and indexes over fixture data), or for `window.fetch`. DOM-free apart from
 * `Response` (browsers, Node 20+).
 *
 * ```ts
 * const { client, fetch } = fakeClient({ files: { 'postdoc.json': feedDoc(items) } });
 * const el = await fixture(html`<hbrs-postdoc-finder .client=${client}></hbrs-postdoc-finder>`);
 * fetch.setStatus(503); // the next requests fail
 * ```
 */

/** What a request is answered with: a JSON body, a `Response`, an error to reject with, or `'hang'`. */
export type FakeAnswer = unknown;

export interface FakeFetchOptions {
  /**
   * The documents served, by file name (the URL's last path segment, e.g. `job-fairs.json`), or a
   * function of the URL and the call number (1-based) returning a body, a `Response`, an `Error`
   * (the fetch rejects with it), `'hang'` (never answers; rejects when the signal aborts) or
   * `undefined` (404). Bodies are sent as JSON (a string as is).
   */
  files?: Record<string, FakeAnswer> | ((url: string, call: number) => FakeAnswer);
  /**
   * Answer with this HTTP status instead of the document (a number, or a function of the URL and the
   * call number; `undefined` or 200 serves the document). `setStatus()` changes it later.
   */
  status?: number | ((url: string, call: number) => number | undefined);
  /** Wait this long (ms) before answering; an abort meanwhile rejects with an `AbortError`. */
  delay?: number;
  /** Hold every answer until `release()`. */
  hold?: boolean;
}

export interface FakeFetch {
  (input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  /** Every requested URL, in order. */
  readonly requests: string[];
  /** How many requests were made. */
  calls(): number;
  /** Answers the held requests (with `hold`), and every later one at once. */
  release(): void;
  /** From now on, answer with this HTTP status (`undefined` or 200: serve the documents). */
  setStatus(status: number | undefined): void;
}

/** A JSON `Response` (a string body is sent as is). */
export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

function aborted(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}

/** Waits `ms`, or rejects with an `AbortError` when `signal` aborts first. */
function wait(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(aborted());
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(aborted())), { once: true });
  });
}

/** A fake `fetch` (see `FakeFetchOptions`). */
export function fakeFetch(options: FakeFetchOptions = {}): FakeFetch {
  const requests: string[] = [];
  let status = options.status;
  let release: () => void = () => {};
  let gate: Promise<void> | undefined = options.hold ? new Promise<void>((r) => (release = r)) : undefined;
  const files = options.files ?? {};
  const fn = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = input instanceof Request ? input.url : String(input);
    requests.push(url);
    const call = requests.length;
    const signal = init?.signal;
    if (gate) await gate;
    if (options.delay) await wait(options.delay, signal);
    signal?.throwIfAborted();
    const code = typeof status === 'function' ? status(url, call) : status;
    if (code !== undefined && code !== 200) return new Response('fake fetch: failed', { status: code });
    const name = new URL(url, 'https://fake.invalid/').pathname.split('/').pop() ?? '';
    const answer = typeof files === 'function' ? files(url, call) : files[name];
    if (answer === 'hang') {
      return new Promise<Response>((_, reject) =>
        signal?.addEventListener('abort', () => reject(aborted()), { once: true }),
      );
    }
    if (answer instanceof Error) throw answer;
    if (answer instanceof Response) return answer;
    if (answer === undefined) return new Response('not found', { status: 404 });
    return jsonResponse(answer);
  };
  return Object.assign(fn, {
    requests,
    calls: () => requests.length,
    release: () => {
      gate = undefined;
      release();
    },
    setStatus: (s: number | undefined) => (status = s),
  });
}

export interface FakeClientOptions extends FakeFetchOptions {
  /** The feed base URL (default `https://data.example.invalid/feeds/`). */
  feed?: string;
  /** Retries of the client's HTTP layer (default 0: a failure shows at once). */
  retries?: number;
  /** The client's last good copy (`persist`, e.g. a `memoryStore()`); default off. */
  persist?: ClientOptions['persist'];
}

/** The base URL `fakeClient` reads from unless told otherwise. */
export const FAKE_FEED = 'https://data.example.invalid/feeds/';

/** A real SDK client reading a fake feed directory through `fakeFetch`. */
export function fakeClient(options: FakeClientOptions = {}): { client: HbrsClient; fetch: FakeFetch } {
  const { feed = FAKE_FEED, retries = 0, persist, ...fetchOptions } = options;
  const fetch = fakeFetch(fetchOptions);
  return { client: createClient({ feed, fetch, retries, ...(persist ? { persist } : {}) }), fetch };
}
