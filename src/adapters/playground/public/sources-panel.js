// The sources panel: every story with its outlet, date and near-duplicates, and the sentence a [n]
// citation quotes, highlighted. Story text is untrusted: it is only ever set as textContent.

import { element } from './element.js';

// en-GB for "23 May 2025", the way the replies (render/html.ts) write story dates.
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
/** A citation opens its sentence with this many neighbours each side; the rest is one click away. */
const EXCERPT_CONTEXT = 1;

/** 2025-05-23 → 23 May 2025; an empty or odd date is said plainly. */
function formatDate(iso) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return 'No date';
  return dateFormat.format(new Date(`${iso}T00:00:00Z`));
}

/** A story's link, only when it is http(s): anything else is not shown as a link. */
function safeLink(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function link(url, className, text) {
  const anchor = element('a', className, text);
  anchor.href = url.href;
  anchor.target = '_blank';
  anchor.rel = 'noopener noreferrer nofollow';
  return anchor;
}

/** 2025-05-24T12:00:00.000Z → 24 May 2025, 12:00 UTC */
function formatInstant(iso) {
  return iso ? `${formatDate(iso.slice(0, 10))}, ${iso.slice(11, 16)} UTC` : '';
}

/** The feeds' health: each feed with its last fetch, item count and last error. */
function renderFeeds(feeds) {
  const section = element('section', 'feeds-health');
  section.setAttribute('aria-label', 'Feeds');
  section.append(element('h3', 'feeds-title', `Feeds (${feeds.length})`));
  const items = feeds.map((feed) => {
    const item = element('li', `feed ${feed.ok === null ? 'is-pending' : feed.ok ? 'is-ok' : 'is-failing'}`);
    const state = feed.ok === null ? 'Not fetched yet' : feed.ok ? 'OK' : 'Failing';
    const name = element('span', 'feed-name');
    const url = safeLink(feed.url);
    name.append(element('span', 'feed-state', state), ' ', url ? link(url, 'feed-link', feed.title || feed.url) : feed.title || feed.url);
    item.append(name);
    if (feed.lastFetchAt) item.append(element('span', 'feed-detail', `Last fetched ${formatInstant(feed.lastFetchAt)} · ${feed.itemCount} ${feed.itemCount === 1 ? 'item' : 'items'}`));
    if (feed.lastError) item.append(element('span', 'feed-error', `${feed.lastError}${feed.nextAttemptAt ? ` (next try ${formatInstant(feed.nextAttemptAt)})` : ''}`));
    return item;
  });
  section.append(element('ul', 'feed-list'));
  section.lastChild.append(...items);
  return section;
}

export function createSourcesPanel({ list, summary }) {
  /** storyId → { card, toggle, body, sentences, gapBefore, gapAfter, more } */
  const cards = new Map();
  /** Every story the page knows, by id, for the near-duplicate notes. */
  const byId = new Map();
  let highlighted;

  function setExpanded(entry, isExpanded) {
    entry.toggle.setAttribute('aria-expanded', String(isExpanded));
    entry.body.hidden = !isExpanded;
    entry.card.classList.toggle('is-open', isExpanded);
  }

  /** Show sentences first..last (all by default), with "…" where some are left out. */
  function showSentences(entry, first = 0, last = entry.sentences.length - 1) {
    entry.sentences.forEach((span, i) => (span.hidden = i < first || i > last));
    entry.gapBefore.hidden = first <= 0;
    entry.gapAfter.hidden = last >= entry.sentences.length - 1;
    entry.more.hidden = entry.gapBefore.hidden && entry.gapAfter.hidden;
  }

  /** Show the story's heading with the sentence when both fit in the panel, else centre the sentence. */
  function scrollToShow(card, target) {
    const behavior = window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
    // On a narrow window the page scrolls, not the panel.
    if (list.scrollHeight <= list.clientHeight) return target.scrollIntoView({ block: 'center', behavior });
    const origin = list.getBoundingClientRect().top - list.scrollTop;
    const cardTop = card.getBoundingClientRect().top - origin;
    const { top, bottom } = target.getBoundingClientRect();
    const fitsWithHeading = bottom - origin - cardTop <= list.clientHeight - 24;
    list.scrollTo({ top: fitsWithHeading ? cardTop - 12 : top - origin - (list.clientHeight - (bottom - top)) / 2, behavior });
  }

  /** A story the first page did not list (the library may hold 100,000): fetched, then shown at the end of the list. */
  async function fetchStory(storyId) {
    try {
      const response = await fetch(`/api/sources/story?id=${encodeURIComponent(storyId)}`, { headers: { Accept: 'application/json' } });
      if (!response.ok) return false;
      const story = await response.json();
      byId.set(story.storyId, story);
      list.append(renderStory(story, byId.size + cards.size, byId));
      return true;
    } catch {
      return false;
    }
  }

  function renderStory(story, index, byId) {
    const card = element('article', 'story');
    const bodyId = `story-body-${index}`;
    const toggle = element('button', 'story-toggle');
    toggle.type = 'button';
    toggle.setAttribute('aria-expanded', 'false');
    toggle.setAttribute('aria-controls', bodyId);
    const meta = element('span', 'story-meta');
    meta.append(element('span', 'story-outlet', story.outlet || 'Unnamed outlet'), element('span', 'story-date', formatDate(story.date)));
    toggle.append(meta, element('span', 'story-title', story.title));
    card.append(toggle);

    if (story.duplicateOf.length > 0) {
      const others = story.duplicateOf.map((id) => byId.get(id)).filter(Boolean);
      const note = element('p', 'duplicate-note');
      note.append(element('span', 'badge', 'Near-duplicate'), ` Same copy as ${others.map((o) => o.outlet || o.file).join(', ')}; counted once.`);
      card.append(note);
    }

    const body = element('div', 'story-body');
    body.id = bodyId;
    body.hidden = true;
    if (story.byline) body.append(element('p', 'story-byline', story.byline));
    const text = element('p', 'story-text');
    const gapBefore = element('span', 'gap', '… ');
    const gapAfter = element('span', 'gap', '…');
    const sentences = story.sentences.map((sentence) => {
      const span = element('span', 'sentence', sentence.text);
      span.dataset.sentenceId = sentence.id;
      span.tabIndex = -1;
      return span;
    });
    text.append(gapBefore, ...sentences.flatMap((span) => [span, ' ']), gapAfter);
    const more = element('button', 'story-more', `Show the whole story (${sentences.length} sentences)`);
    more.type = 'button';
    const url = story.url ? safeLink(story.url) : undefined;
    if (url) body.append(text, more, link(url, 'story-link', `Read the original at ${url.host} ↗`));
    else body.append(text, more, element('p', 'story-file', story.file));
    card.append(body);

    const entry = { card, toggle, body, sentences, gapBefore, gapAfter, more };
    showSentences(entry);
    toggle.addEventListener('click', () => {
      showSentences(entry);
      setExpanded(entry, body.hidden);
    });
    more.addEventListener('click', () => {
      showSentences(entry);
      (highlighted ?? text).scrollIntoView({ block: 'nearest' });
    });
    cards.set(story.storyId, entry);
    return card;
  }

  return {
    async load() {
      try {
        const response = await fetch('/api/sources', { headers: { Accept: 'application/json' } });
        if (!response.ok) throw new Error(`the server answered ${response.status}`);
        const { stories, feeds = [], total = stories.length } = await response.json();
        byId.clear();
        for (const story of stories) byId.set(story.storyId, story);
        const cards = stories.map((story, i) => renderStory(story, i, byId));
        list.replaceChildren(...(feeds.length > 0 ? [renderFeeds(feeds)] : []), ...cards);
        const failing = feeds.filter((f) => f.ok === false).length;
        const outlets = new Set(stories.map((s) => s.outlet).filter(Boolean)).size;
        const groups = new Set(stories.filter((s) => s.duplicateOf.length > 0).map((s) => s.duplicateGroup)).size;
        summary.textContent = [
          total > stories.length ? `the first ${stories.length.toLocaleString('en')} of ${total.toLocaleString('en')} stories (a cited one opens when you click its [n])` : `${stories.length} ${stories.length === 1 ? 'story' : 'stories'}`,
          `${outlets} named ${outlets === 1 ? 'outlet' : 'outlets'}`,
          groups > 0 ? `${groups} ${groups === 1 ? 'set' : 'sets'} of near-duplicates` : '',
          feeds.length > 0 ? `${feeds.length} ${feeds.length === 1 ? 'feed' : 'feeds'}${failing > 0 ? ` (${failing} failing)` : ''}` : '',
        ].filter(Boolean).join(' · ') + '. Click a [n] to see the quoted sentence.';
      } catch (err) {
        summary.textContent = '';
        const problem = element('p', 'notice notice-error', `The stories could not be loaded (${err.message}). Reload the page to try again.`);
        problem.setAttribute('role', 'alert');
        list.replaceChildren(problem);
      }
    },

    /**
     * Open the story at the quoted sentence, marked. A story past the listed page is fetched first; resolves
     * to false when the server no longer has it (the stories were reloaded).
     */
    async open(storyId, sentenceId) {
      if (!cards.has(storyId) && !(await fetchStory(storyId))) return false;
      const entry = cards.get(storyId);
      if (!entry) return false;
      const index = entry.sentences.findIndex((s) => s.dataset.sentenceId === sentenceId);
      const sentence = entry.sentences[index];
      if (sentence) showSentences(entry, index - EXCERPT_CONTEXT, index + EXCERPT_CONTEXT);
      else showSentences(entry);
      setExpanded(entry, true);
      highlighted?.classList.remove('is-highlighted');
      for (const other of cards.values()) other.card.classList.toggle('is-cited', other === entry);
      sentence?.classList.add('is-highlighted');
      highlighted = sentence;
      const target = sentence ?? entry.toggle;
      scrollToShow(entry.card, target);
      target.focus({ preventScroll: true });
      return true;
    },
  };
}
