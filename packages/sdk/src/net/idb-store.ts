/**
 * The browser's IndexedDB as a {@link PersistStore} (what `persist: true` uses). Loaded on demand by the client,
 * only when a feed or API source with `persist: true` loads, so bundles on sample data never carry it.
 * @module
 */
import type { PersistStore, StoredCopy } from './store.js';

// The few IndexedDB types used here (the SDK is compiled without the DOM library).
interface IdbRequest<T = unknown> {
  result: T;
  error: unknown;
  onsuccess: (() => void) | null;
  onerror: (() => void) | null;
}
interface IdbOpenRequest extends IdbRequest<IdbDatabase> {
  onupgradeneeded: (() => void) | null;
  onblocked: (() => void) | null;
}
interface IdbDatabase {
  objectStoreNames: { contains(name: string): boolean };
  createObjectStore(name: string): unknown;
  transaction(
    name: string,
    mode: 'readonly' | 'readwrite',
  ): {
    objectStore(name: string): {
      get(key: string): IdbRequest;
      put(value: unknown, key: string): IdbRequest;
      delete(key: string): IdbRequest;
    };
  };
  close(): void;
  onversionchange: (() => void) | null;
}
/** The part of `IDBFactory` this store uses. */
export interface IdbFactoryLike {
  open(name: string, version?: number): unknown;
}

/** Options of {@link indexedDbStore}. */
export interface IndexedDbStoreOptions {
  /** Database name. Default `hbrs-last-good`. */
  name?: string;
  /** The IndexedDB factory (default `globalThis.indexedDB`; tests inject a failing one). */
  indexedDB?: IdbFactoryLike | undefined;
}

const OBJECTS = 'copies';

function done<T>(req: IdbRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/**
 * A store in the browser's IndexedDB (one database, one object store). Without IndexedDB (Node, some private
 * modes), or when opening fails, every `get` finds nothing and every `put` is dropped: loads go to the network
 * only. Opening happens on first use.
 */
export function indexedDbStore(options: IndexedDbStoreOptions = {}): PersistStore {
  const name = options.name ?? 'hbrs-last-good';
  let db: Promise<IdbDatabase | undefined> | undefined;
  const open = (): Promise<IdbDatabase | undefined> =>
    (db ??= (async () => {
      const factory =
        'indexedDB' in options ? options.indexedDB : (globalThis as { indexedDB?: IdbFactoryLike }).indexedDB;
      if (!factory) return undefined;
      try {
        const req = factory.open(name, 1) as IdbOpenRequest;
        req.onupgradeneeded = () => {
          if (!req.result.objectStoreNames.contains(OBJECTS)) req.result.createObjectStore(OBJECTS);
        };
        req.onblocked = () => req.onerror?.();
        const d = await done(req);
        // Another tab upgrading the database: let it, and open again on next use.
        d.onversionchange = () => {
          d.close();
          db = undefined;
        };
        return d;
      } catch {
        return undefined;
      }
    })());
  const run = async <T>(
    mode: 'readonly' | 'readwrite',
    op: (s: ReturnType<ReturnType<IdbDatabase['transaction']>['objectStore']>) => IdbRequest<T>,
  ): Promise<T | undefined> => {
    const d = await open();
    return d ? done(op(d.transaction(OBJECTS, mode).objectStore(OBJECTS))) : undefined;
  };
  return {
    get: (key) => run('readonly', (s) => s.get(key)) as Promise<StoredCopy | undefined>,
    put: async (key, copy) => void (await run('readwrite', (s) => s.put(copy, key))),
    delete: async (key) => void (await run('readwrite', (s) => s.delete(key))),
  };
}
