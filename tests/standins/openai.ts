// A local OpenAI-compatible server for tests: POST /v1/chat/completions in the documented response
// shape, scriptable per test (a reply computed from the request, an error status, a hang, headers
// then a stall), recording every request so a test can read the prompt the bot really sent.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface ChatRequestMessage {
  role: string;
  content: string;
}

export interface RecordedRequest {
  model: string;
  messages: ChatRequestMessage[];
  /** The whole parsed body (response_format and anything else the client sent). */
  body: Record<string, unknown>;
  authorization: string | undefined;
}

export type Behaviour =
  | { kind: 'reply'; content: string }
  | { kind: 'status'; status: number; message?: string; headers?: Record<string, string> }
  /** Accept the request and never answer. */
  | { kind: 'hang' }
  /** Send a 200 and its headers, then never send the body. */
  | { kind: 'stall' };

/** Decides each reply; `n` counts requests from 1. */
export type Script = (request: RecordedRequest, n: number) => Behaviour;

export interface StandinOptions {
  /** When set, a request without `Authorization: Bearer <apiKey>` gets OpenAI's 401. */
  apiKey?: string;
  /** Answer 400 to any response_format json_object, as LM Studio does. */
  rejectJsonMode?: boolean;
}

export interface OpenAiStandin {
  /** Base URL for the client, ending in /v1. */
  baseUrl: string;
  requests: RecordedRequest[];
  /** Replace how the server answers from now on. */
  script(script: Script): void;
  close(): Promise<void>;
}

export const reply = (content: string): Behaviour => ({ kind: 'reply', content });
export const replyJson = (value: unknown): Behaviour => reply(JSON.stringify(value));

/** Behaviours in turn, the last one repeated. */
export function inTurn(...behaviours: Behaviour[]): Script {
  return (_request, n) => behaviours[Math.min(n, behaviours.length) - 1]!;
}

export async function startOpenAiStandin(options: StandinOptions = {}): Promise<OpenAiStandin> {
  const requests: RecordedRequest[] = [];
  let script: Script = () => replyJson({ answer: null, quotes: [] });
  const sockets = new Set<Socket>();

  const server = createServer((req, res) => {
    void handle(req, res).catch((err: Error) => sendError(res, 500, `stand-in failed: ${err.message}`));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    if (req.method !== 'POST' || req.url?.split('?')[0] !== '/v1/chat/completions') {
      return sendError(res, 404, `Unknown request URL: ${req.method} ${req.url}`, 'invalid_request_error');
    }
    const authorization = req.headers.authorization;
    if (options.apiKey !== undefined && authorization !== `Bearer ${options.apiKey}`) {
      // Servers echo the key they were given; the bot must not pass that on to its logs.
      return sendError(res, 401, `Incorrect API key provided: ${authorization?.replace(/^Bearer /, '')}.`, 'invalid_request_error', 'invalid_api_key');
    }
    const body = JSON.parse(raw) as Record<string, unknown>;
    const messages = (Array.isArray(body.messages) ? body.messages : []) as ChatRequestMessage[];
    const request: RecordedRequest = { model: String(body.model), messages, body, authorization };
    requests.push(request);
    const format = (body.response_format as { type?: string } | undefined)?.type;
    if (format === 'json_object' && options.rejectJsonMode) {
      return sendError(res, 400, "'response_format.type' must be 'json_schema' or 'text'", 'invalid_request_error');
    }
    if (format === 'json_object' && !messages.some((m) => /json/i.test(m.content))) {
      return sendError(res, 400, "'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'.", 'invalid_request_error');
    }
    const behaviour = script(request, requests.length);
    switch (behaviour.kind) {
      case 'reply':
        return sendJson(res, 200, completion(request, behaviour.content, requests.length));
      case 'status':
        return sendError(res, behaviour.status, behaviour.message ?? `stand-in status ${behaviour.status}`, 'server_error', null, behaviour.headers);
      case 'hang':
        return;
      case 'stall':
        res.writeHead(200, { 'content-type': 'application/json' });
        res.flushHeaders();
        return;
      default: {
        const never: never = behaviour;
        throw new Error(`unknown behaviour ${JSON.stringify(never)}`);
      }
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    script: (next) => {
      script = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function completion(request: RecordedRequest, content: string, n: number): Record<string, unknown> {
  const promptTokens = Math.ceil(request.messages.reduce((sum, m) => sum + String(m.content).length, 0) / 4);
  const completionTokens = Math.ceil(content.length / 4);
  return {
    id: `chatcmpl-standin-${n}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: request.model,
    choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: 'stop' }],
    usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
  };
}

function sendError(
  res: ServerResponse,
  status: number,
  message: string,
  type = 'server_error',
  code: string | null = null,
  headers: Record<string, string> = {},
): void {
  sendJson(res, status, { error: { message, type, param: null, code } }, headers);
}

function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(value));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
