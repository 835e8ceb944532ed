/**
 * Records console.error/console.warn and uncaught errors while `fn` runs, so a test can assert
 * that nothing reached the host page's console.
 */
export async function captureConsole<T>(
  fn: () => Promise<T> | T,
): Promise<{ result: T; messages: string[] }> {
  const messages: string[] = [];
  const { error, warn } = console;
  const onError = (e: ErrorEvent) => messages.push(`uncaught: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => messages.push(`unhandled rejection: ${String(e.reason)}`);
  console.error = (...a: unknown[]) => messages.push(`error: ${a.map(String).join(' ')}`);
  console.warn = (...a: unknown[]) => messages.push(`warn: ${a.map(String).join(' ')}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    const result = await fn();
    await new Promise((r) => setTimeout(r, 0));
    return { result, messages };
  } finally {
    console.error = error;
    console.warn = warn;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
}
