/**
 * Gives the main thread back for a moment, so that long work (validating or indexing thousands of records) runs
 * as several short tasks and input and rendering get in between: `scheduler.yield()` where the browser has it,
 * else a message on a `MessageChannel` (not throttled like a timer), else `setTimeout` (Node, old engines).
 * @module
 */
interface Port {
  onmessage: (() => void) | null;
  postMessage(message: unknown): void;
  close(): void;
}
type Channel = new () => { port1: Port; port2: Port };

export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  const Channel = (globalThis as { MessageChannel?: unknown }).MessageChannel as Channel | undefined;
  if (typeof Channel === 'function') {
    return new Promise((resolve) => {
      const ch = new Channel();
      ch.port1.onmessage = () => {
        ch.port1.close();
        resolve();
      };
      ch.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
