// A minimal Server-Sent Events reader over fetch, enough to read what the playground pushes.
export interface StreamEvent {
  id: string;
  event: string;
  data: string;
}

export interface EventStreamClient {
  status: number;
  headers: Headers;
  /** The next event with a data line; rejects after `timeoutMs`. */
  next(timeoutMs?: number): Promise<StreamEvent>;
  close(): void;
}

export async function openEventStream(url: string, headers: Record<string, string> = {}): Promise<EventStreamClient> {
  const abort = new AbortController();
  const response = await fetch(url, { headers: { Accept: 'text/event-stream', ...headers }, signal: abort.signal });
  if (!response.body) throw new Error('the event stream has no body');
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const queued: StreamEvent[] = [];

  const takeEvents = (): void => {
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const fields = { id: '', event: 'message', data: [] as string[] };
      for (const line of block.split('\n')) {
        const colon = line.indexOf(':');
        if (colon <= 0) continue;
        const name = line.slice(0, colon);
        const value = line.slice(colon + 1).replace(/^ /, '');
        if (name === 'data') fields.data.push(value);
        else if (name === 'id') fields.id = value;
        else if (name === 'event') fields.event = value;
      }
      if (fields.data.length > 0) queued.push({ id: fields.id, event: fields.event, data: fields.data.join('\n') });
    }
  };

  return {
    status: response.status,
    headers: response.headers,
    async next(timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (queued.length === 0) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error('no event arrived in time');
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('no event arrived in time')), left);
        });
        const chunk = await Promise.race([reader.read(), timeout]).finally(() => clearTimeout(timer));
        if (chunk.done) throw new Error('the event stream ended');
        buffer += chunk.value;
        takeEvents();
      }
      return queued.shift()!;
    },
    close: () => abort.abort(),
  };
}
