import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/chat/types.ts';
import type { Answer, Citation, Digest } from '../../src/core/types.ts';
import { renderReplyText } from '../../src/render/text.ts';

function citation(n: number, quote: string, outlet = 'Reuters', title = 'Swap begins'): Citation {
  return { n, file: `00${n}.txt`, storyId: `00${n}.txt#1`, title, outlet, date: '2025-05-23', quote, sentenceId: `00${n}.txt#1:0` };
}

function answer(fields: Partial<Answer>): Reply {
  return {
    kind: 'answer',
    answer: { kind: 'answered', question: 'q?', text: '', citations: [], engine: 'offline', independentSources: 1, hasConflict: false, ...fields },
  };
}

const digest: Digest = {
  text: 'Today’s brief: 1 story\n\n1. Swap begins\n• 390 freed & more due. [1]',
  stories: [],
  citations: [],
  engine: 'offline',
  generatedAt: '2025-05-24T07:00:00.000Z',
};

describe('renderReplyText', () => {
  it('puts the answer first, then each quote numbered with its outlet and title', () => {
    const reply = answer({
      text: '390 — Ukraine took in 390 people. [1][2]',
      citations: [citation(1, 'Ukraine took in 390 people.', 'Bloomberg', 'Exchange begins'), citation(2, 'Each side freed 390.')],
    });
    expect(renderReplyText(reply)).toBe(
      '390 — Ukraine took in 390 people. [1][2]\n\n' +
        '[1] “Ukraine took in 390 people.” (Bloomberg — Exchange begins)\n' +
        '[2] “Each side freed 390.” (Reuters — Swap begins)',
    );
  });

  it('says plainly that the stories do not answer, then shows the closest passage', () => {
    const reply = answer({ kind: 'abstained', text: 'The stories don’t say.', citations: [citation(1, 'Talks continue.')] });
    expect(renderReplyText(reply)).toBe('Not in today’s stories. The stories don’t say.\n\nClosest passage:\n[1] “Talks continue.” (Reuters — Swap begins)');
  });

  it('abstains in one line when there is no close passage', () => {
    expect(renderReplyText(answer({ kind: 'abstained', text: 'The stories don’t say anything about “Australia”.' }))).toBe(
      'Not in today’s stories. The stories don’t say anything about “Australia”.',
    );
  });

  it('gives only the problem for a question it could not read', () => {
    expect(renderReplyText(answer({ kind: 'invalid', text: 'Ask a question, like /ask how many were freed?' }))).toBe(
      'Ask a question, like /ask how many were freed?',
    );
  });

  it('gives the digest text as written, under its heading when there is one', () => {
    expect(renderReplyText({ kind: 'digest', digest })).toBe(digest.text);
    expect(renderReplyText({ kind: 'digest', digest, heading: 'Morning brief' })).toBe(`Morning brief\n\n${digest.text}`);
  });

  it('keeps &, < and > as typed: plain text carries no platform escaping', () => {
    expect(renderReplyText({ kind: 'notice', tone: 'error', text: 'Use <HH:MM> & a zone' })).toBe('Use <HH:MM> & a zone');
  });

  it('lists help as intro, one line per command, then examples', () => {
    const reply: Reply = {
      kind: 'help',
      intro: 'I answer from the day’s stories.',
      entries: [{ usage: '/brief', description: 'Today’s brief' }, { usage: '/ask <question>', description: 'Ask' }],
      examples: ['/ask how many were freed?'],
    };
    expect(renderReplyText(reply)).toBe(
      'I answer from the day’s stories.\n\n/brief — Today’s brief\n/ask <question> — Ask\n\nExamples:\n  /ask how many were freed?',
    );
  });
});
