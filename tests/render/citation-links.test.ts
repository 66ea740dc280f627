// A feed story's citation links to its url on every platform; a url that could break the markup or run
// script is encoded or dropped.
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/chat/types.ts';
import type { Citation } from '../../src/core/types.ts';
import { renderSlackMessages } from '../../src/render/blocks.ts';
import { renderDiscordMessages } from '../../src/render/embeds.ts';
import { renderReplyHtml } from '../../src/render/html.ts';
import { citationLink } from '../../src/render/text.ts';

const URL_OF_STORY = 'https://news.example/world/convoy?id=42';

function citation(url: string | undefined): Citation {
  return { n: 1, file: 'news.example/world/convoy', storyId: 'feed-1#1', title: 'Aid convoy reaches Kharkiv', outlet: 'Standin News', date: '2025-05-24', quote: 'A convoy of 42 trucks reached Kharkiv.', sentenceId: 'feed-1#1:0', url };
}

function answer(url: string | undefined): Reply {
  return { kind: 'answer', answer: { kind: 'answered', question: 'q?', text: '42 trucks [1]', citations: [citation(url)], engine: 'offline', independentSources: 1, hasConflict: false } };
}

describe('citation links', () => {
  it('links the source line of a Slack answer to the story', () => {
    expect(JSON.stringify(renderSlackMessages(answer(URL_OF_STORY)))).toContain(`[1] <${URL_OF_STORY}|Standin News — Aid convoy reaches Kharkiv>`);
  });

  it('links the headline in a Discord answer’s quote field to the story', () => {
    expect(JSON.stringify(renderDiscordMessages(answer(URL_OF_STORY)))).toContain(`— [Aid convoy reaches Kharkiv](${URL_OF_STORY}), 2025-05-24`);
  });

  it('links the cited title in the playground to the story, opening in a new tab', () => {
    expect(renderReplyHtml(answer(URL_OF_STORY))).toContain(`<cite><a href="${URL_OF_STORY}" target="_blank" rel="noopener noreferrer nofollow">Aid convoy reaches Kharkiv</a></cite>`);
  });

  it('shows a story file’s citation without a link', () => {
    expect(renderReplyHtml(answer(undefined))).toContain('<cite>Aid convoy reaches Kharkiv</cite>');
  });

  it.each([
    ['javascript:alert(1)', undefined],
    ['https://evil.example/a|b>c', 'https://evil.example/a%7Cb%3Ec'],
    ['https://evil.example/x)[y](z', 'https://evil.example/x%29%5By%5D%28z'],
  ])('makes %j safe for every markup', (url, expected) => {
    expect(citationLink({ url })).toBe(expected);
  });
});
