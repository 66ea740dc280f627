// The playground page: what is typed goes to POST /api/events (the bot's one door, as on Slack and
// Discord); what the bot posts by itself arrives through /events. Reply markup comes escaped from the
// server (render/html.ts); everything typed here is set as textContent only.
import { element } from './element.js';
import { createSourcesPanel } from './sources-panel.js';

const $ = (id) => document.getElementById(id);
const layout = $('layout');
const channel = { list: $('messages'), form: $('composer'), input: $('composer-input') };
const thread = { pane: $('thread-pane'), list: $('thread-messages'), form: $('thread-composer'), input: $('thread-input'), close: $('thread-close') };
const emptyState = $('empty-state');
const liveStatus = $('live-status');
const sources = createSourcesPanel({ list: $('sources-list'), summary: $('sources-summary') });

/** threadId → { log: element holding the thread's messages, opener: the channel button that shows them } */
const threads = new Map();
let openThreadId;
/** Ids of replies already shown, so a stream reconnect that replays posts shows each once. */
const shown = new Set();
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/** One message row: avatar, name, time, optional label, then the body node. */
function messageRow({ author, body, label, tone }) {
  const row = element('article', `message message-${author}${tone ? ` message-${tone}` : ''}`);
  row.append(element('span', 'avatar', author === 'bot' ? 'B' : 'Y'));
  const main = element('div', 'message-main');
  const head = element('p', 'message-head');
  head.append(element('span', 'author', author === 'bot' ? 'Briefing bot' : 'You'), element('time', 'message-time', timeFormat.format(new Date())));
  if (label) head.append(element('span', 'message-label', label));
  main.append(head, body);
  row.append(main);
  return row;
}

function append(list, row) {
  if (list === channel.list) emptyState.hidden = true;
  list.append(row);
  row.scrollIntoView({ block: 'nearest' });
  return row;
}

function userMessage(list, text) {
  return append(list, messageRow({ author: 'you', body: element('p', 'message-text', text) }));
}

/** A reply from the server; its html was escaped by render/html.ts. */
function botMessage(list, message, label) {
  shown.add(message.id);
  const body = element('div', 'message-body');
  body.innerHTML = message.html;
  const labels = [label, message.isPrivate ? 'Only visible to you' : ''].filter(Boolean).join(' · ');
  return append(list, messageRow({ author: 'bot', body, label: labels }));
}

function thinking(list) {
  const body = element('p', 'thinking', 'Thinking');
  body.append(element('span', 'dots', '…'));
  const row = append(list, messageRow({ author: 'bot', body }));
  row.setAttribute('aria-busy', 'true');
  return row;
}

function problem(list, text) {
  const row = append(list, messageRow({ author: 'bot', body: element('p', 'notice notice-error', text), tone: 'error' }));
  row.setAttribute('role', 'alert');
  return row;
}

/** POST one event; resolves to the rendered reply, or throws an Error whose message is for the person. */
async function sendEvent(event) {
  let response;
  try {
    response = await fetch('/api/events', { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(event) });
  } catch {
    throw new Error('Could not reach the playground server. Is `npm start` still running? Your message was not sent: press Enter to try again.');
  }
  const body = await response.json().catch(() => undefined);
  if (!response.ok) throw new Error(body?.error ?? `The playground server answered with an error (HTTP ${response.status}). Please try again.`);
  if (!body || typeof body.html !== 'string') throw new Error('The playground server sent an answer this page cannot read. Reload the page and try again.');
  return body;
}

/** Send, with "thinking…" meanwhile; on failure say why and give the text back to retry. */
async function exchange(list, input, event) {
  const pending = thinking(list);
  try {
    return await sendEvent(event);
  } catch (err) {
    problem(list, err.message);
    if (input.value === '') input.value = event.text;
    return undefined;
  } finally {
    pending.remove();
  }
}

function openThread(threadId) {
  const entry = threads.get(threadId);
  if (!entry) return;
  for (const other of threads.values()) other.opener.setAttribute('aria-expanded', String(other === entry));
  openThreadId = threadId;
  thread.list.replaceChildren(entry.log);
  thread.pane.hidden = false;
  layout.classList.add('has-thread');
  entry.log.lastElementChild?.scrollIntoView({ block: 'nearest' });
}

function closeThread() {
  if (thread.pane.hidden) return;
  const opener = threads.get(openThreadId)?.opener;
  thread.pane.hidden = true;
  layout.classList.remove('has-thread');
  opener?.setAttribute('aria-expanded', 'false');
  openThreadId = undefined;
  (opener ?? channel.input).focus();
}

function countReplies(entry) {
  const replies = entry.log.querySelectorAll('.message:not([aria-busy]):not(.message-error)').length - 1;
  entry.opener.textContent = replies === 1 ? '1 reply' : `${replies} replies`;
}

/** `@bot …` in the channel: the question stays in the channel and its answer starts a thread. */
async function startThread(text) {
  const root = userMessage(channel.list, text);
  const opener = element('button', 'thread-link', 'Waiting for the answer…');
  opener.type = 'button';
  opener.disabled = true;
  root.querySelector('.message-main').append(opener);
  const message = await exchange(channel.list, channel.input, { kind: 'mention', text });
  if (!message) {
    opener.remove();
    return;
  }
  const rootCopy = root.cloneNode(true);
  rootCopy.querySelector('.thread-link')?.remove();
  const entry = { log: element('div', 'thread-log'), opener };
  entry.log.append(rootCopy);
  threads.set(message.threadId, entry);
  opener.disabled = false;
  opener.setAttribute('aria-controls', 'thread-pane');
  opener.addEventListener('click', () => openThread(message.threadId));
  botMessage(entry.log, message);
  countReplies(entry);
  openThread(message.threadId);
}

async function followUp(text) {
  const threadId = openThreadId;
  const entry = threads.get(threadId);
  userMessage(entry.log, text);
  const message = await exchange(entry.log, thread.input, { kind: 'mention', text, threadId });
  if (message) botMessage(entry.log, message);
  countReplies(entry);
}

async function sendFromChannel(text) {
  if (/^@bot\b/i.test(text)) return startThread(text);
  userMessage(channel.list, text);
  if (!text.startsWith('/')) {
    const tip = 'The bot only reads messages addressed to it. Start with /ask, /brief or @bot, e.g. @bot how many prisoners were exchanged?';
    append(channel.list, messageRow({ author: 'bot', body: element('p', 'notice notice-info', tip), label: 'Only visible to you' }));
    return;
  }
  const message = await exchange(channel.list, channel.input, { kind: 'command', text });
  if (message) botMessage(channel.list, message);
}

channel.form.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = channel.input.value.trim();
  channel.input.value = '';
  if (text) void sendFromChannel(text);
});

thread.form.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = thread.input.value.trim();
  thread.input.value = '';
  if (text && openThreadId) void followUp(text);
});

thread.close.addEventListener('click', closeThread);
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !thread.pane.hidden) {
    event.preventDefault();
    closeThread();
  }
});

// [n] buttons and example buttons live in server-rendered markup, so one listener handles them all.
document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : undefined;
  const cite = target?.closest('button.cite');
  if (cite) {
    void sources.open(cite.dataset.story, cite.dataset.sentence).then((isOpen) => {
      if (!isOpen) problem(channel.list, 'That source is not in the sources panel any more (the stories were reloaded). Reload the page to see the current stories.');
    });
    return;
  }
  const vote = target?.closest('button.feedback-button');
  if (vote) {
    void sendFeedback(vote);
    return;
  }
  const example = target?.closest('button.example');
  if (example) {
    channel.input.value = example.dataset.example;
    channel.input.focus();
  }
});

/** A helpful / wrong click: the server records it, and its note (only for this page) shows beside the buttons. */
async function sendFeedback(button) {
  const group = button.closest('.feedback');
  // Busy rather than disabled: a disabled button drops the keyboard focus.
  if (group.getAttribute('aria-busy') === 'true') return;
  const buttons = [...group.querySelectorAll('button.feedback-button')];
  const status = group.querySelector('.feedback-status');
  group.setAttribute('aria-busy', 'true');
  try {
    const message = await sendEvent({ kind: 'feedback', answerId: button.dataset.answerId, verdict: button.dataset.verdict });
    const counted = message.reply?.tone !== 'error';
    for (const b of buttons) b.setAttribute('aria-pressed', String(counted && b === button));
    status.textContent = message.reply?.text ?? '';
    status.dataset.tone = message.reply?.tone ?? 'info';
  } catch (err) {
    status.textContent = err.message;
    status.dataset.tone = 'error';
  } finally {
    group.removeAttribute('aria-busy');
  }
}

function listen() {
  const stream = new EventSource('/events?channel=general');
  const setStatus = (state, text) => {
    liveStatus.dataset.state = state;
    liveStatus.textContent = text;
  };
  stream.addEventListener('open', () => setStatus('live', 'Live: scheduled briefs appear here'));
  stream.addEventListener('error', () => setStatus('offline', 'Reconnecting to the server…'));
  stream.addEventListener('reply', (event) => {
    const message = JSON.parse(event.data);
    if (shown.has(message.id)) return;
    botMessage(channel.list, message, 'Scheduled');
  });
}

void sources.load();
listen();
