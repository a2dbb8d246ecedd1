export interface SseEvent {
  id: string;
  event: string;
  data: string;
}

/**
 * Reads a Server-Sent Events response as a browser's EventSource would, until `count` events
 * arrived or `timeoutMs` passed, then hangs up.
 */
export async function readEvents(
  url: string,
  headers: Record<string, string>,
  { count, timeoutMs = 20_000 }: { count: number; timeoutMs?: number },
): Promise<{ status: number; contentType: string; events: SseEvent[] }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const events: SseEvent[] = [];
  const res = await fetch(url, {
    headers: { accept: 'text/event-stream', ...headers },
    signal: controller.signal,
  });
  const contentType = res.headers.get('content-type') ?? '';
  try {
    if (!res.ok || !res.body) return { status: res.status, contentType, events };
    const decoder = new TextDecoder();
    let buffer = '';
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const field = (name: string) =>
          block
            .split('\n')
            .filter((line) => line.startsWith(`${name}: `))
            .map((line) => line.slice(name.length + 2))
            .join('\n');
        if (field('data')) events.push({ id: field('id'), event: field('event'), data: field('data') });
      }
      if (events.length >= count) break;
    }
  } catch (error) {
    if (!controller.signal.aborted) throw error;
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return { status: res.status, contentType, events };
}
