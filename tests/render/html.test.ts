// render/html.ts: every reply kind as escaped markup for the playground; story text is untrusted.
import { describe, expect, it } from 'vitest';
import { createBriefing } from '../../src/core/briefing.ts';
import { parseStoryBytes } from '../../src/core/story-reading.ts';
import { buildLibrary } from '../support/library.ts';
import type { Citation, Digest } from '../../src/core/types.ts';
import type { Reply } from '../../src/chat/types.ts';
import { createOfflineEngine } from '../../src/engines/offline.ts';
import { renderReplyHtml } from '../../src/render/html.ts';

const HOSTILE_STORY = [
  'Prisoners <img src=x onerror=alert(1)> swapped',
  '',
  'The ministry said 77 prisoners <script>alert("x")</script> were exchanged on Monday in Geneva. Officials in Geneva confirmed the exchange of prisoners later that day.',
].join('\n');

const citation: Citation = {
  n: 1,
  file: 'evil.txt',
  storyId: 'evil.txt#1',
  title: 'A "title" & more',
  outlet: '<b>Outlet</b>',
  date: '2025-05-23',
  quote: 'It said <script>alert(1)</script> 390 people returned.',
  sentenceId: 'evil.txt#1:0',
};

const digest: Digest = {
  text: 'Today’s brief <script>x</script>: 1 story',
  stories: [{ headline: '<script>h</script>', storyIds: ['evil.txt#1'], bullets: [{ text: '<script>b</script>', marks: [1] }], disagreements: [], independentSources: 1 }],
  citations: [citation],
  engine: 'offline',
  generatedAt: '2026-01-05T05:30:00.000Z',
};

describe('renderReplyHtml', () => {
  it('escapes a <script> in a story sentence quoted by a real answer', async () => {
    const stories = parseStoryBytes('evil.txt', new TextEncoder().encode(HOSTILE_STORY)).stories;
    const briefing = createBriefing({ library: buildLibrary(stories), engine: createOfflineEngine(), now: () => new Date() });
    const answer = await briefing.ask('how many prisoners were exchanged?');
    expect(answer.citations[0]?.quote).toContain('<script>alert("x")</script>');

    const html = renderReplyHtml({ kind: 'answer', answer });
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('77 prisoners &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; were');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it.each<[string, Reply]>([
    ['a digest', { kind: 'digest', digest, heading: '<script>heading</script>' }],
    ['a notice', { kind: 'notice', tone: 'error', text: '<script>n</script>\nsecond line' }],
    ['help', { kind: 'help', intro: '<script>i</script>', entries: [{ usage: '<script>u</script>', description: '<script>d</script>' }], examples: ['"><script>e</script>'] }],
    ['an abstention', { kind: 'answer', answer: { kind: 'abstained', question: 'q', text: '<script>a</script> [1]', citations: [citation], engine: 'offline', independentSources: 0, hasConflict: false } }],
  ])('escapes every text of %s', (_name, reply) => {
    const html = renderReplyHtml(reply);
    expect(html).not.toMatch(/<script|<b>/i);
    expect(html).toMatch(/&lt;script&gt;/);
  });

  it('turns each [n] into a button carrying the citation’s story and sentence, and leaves unknown marks as text', () => {
    const html = renderReplyHtml({
      kind: 'answer',
      answer: { kind: 'answered', question: 'how many?', text: '390 — It said 390 people returned. [1][9]', citations: [citation], engine: 'offline', independentSources: 1, hasConflict: false },
    });
    const buttons = html.match(/<button type="button" class="cite"[^>]*>1<\/button>/g) ?? [];
    expect(buttons).toHaveLength(2); // the mark in the text and the one beside the quote
    expect(buttons[0]).toContain('data-citation="1" data-story="evil.txt#1" data-sentence="evil.txt#1:0"');
    expect(html).toContain('[9]');
    expect(html).toContain('<strong class="figure">390</strong> — ');
    expect(html).toContain('<blockquote class="quote"><p>It said &lt;script&gt;alert(1)&lt;/script&gt; 390 people returned.</p></blockquote>');
    expect(html).toContain('<span class="outlet">&lt;b&gt;Outlet&lt;/b&gt;</span>');
    expect(html).toContain('<time datetime="2025-05-23">23 May 2025</time>');
  });

  it('renders a digest with its heading, numbered stories and cited bullets', () => {
    const html = renderReplyHtml({ kind: 'digest', digest: { ...digest, text: 'Today’s brief (Mon, 5 Jan 2026): 1 story' }, heading: 'Morning brief' });
    expect(html).toContain('<h3 class="digest-title">Morning brief</h3><p class="digest-subtitle">Today’s brief (Mon, 5 Jan 2026): 1 story</p>');
    expect(html).toContain('<h4><span class="story-number">1.</span> &lt;script&gt;h&lt;/script&gt;</h4>');
    expect(html).toMatch(/<li>&lt;script&gt;b&lt;\/script&gt; <span class="marks"><button type="button" class="cite" data-citation="1"/);
  });
});
