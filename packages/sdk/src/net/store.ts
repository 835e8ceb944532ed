/**
 * Persistent stores for the client's last good copies (see `persist` in `ClientOptions` and
 * `sources/persist.ts`): a store keeps one raw JSON document per key, with the time it was fetched. Every
 * method may fail (quota, private mode, a broken database); the persist layer treats a failure as "no copy".
 * @module
 */

/** One stored copy: the raw JSON document as fetched (already validated once), and when it was fetched. */
export interface StoredCopy {
  /** The parsed JSON document, as the server sent it. */
  body: unknown;
  /** When it was fetched, in ms since the epoch. */
  storedAt: number;
}

/** Where the last good copies live (`persist: true` uses IndexedDB: `idb-store.ts`). Keys are `"<kind> <url>"`. */
export interface PersistStore {
  /** The copy under `key`, or `undefined`. */
  get(key: string): Promise<StoredCopy | undefined>;
  /** Stores (replaces) the copy under `key`. */
  put(key: string, copy: StoredCopy): Promise<void>;
  /** Forgets the copy under `key`. */
  delete(key: string): Promise<void>;
}

/** A store in memory (for Node, tests, or a host that persists by itself); `entries` is the map behind it. */
export function memoryStore(): PersistStore & { readonly entries: Map<string, unknown> } {
  const entries = new Map<string, unknown>();
  return {
    entries,
    get: async (key) => entries.get(key) as StoredCopy | undefined,
    put: async (key, copy) => void entries.set(key, copy),
    delete: async (key) => void entries.delete(key),
  };
}
