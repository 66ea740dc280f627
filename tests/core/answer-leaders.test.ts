// "Who heads X": the leader's sentence seldom names what they lead again; its report does.
import { describe, expect, it } from 'vitest';
import { answerFromStories } from '../../src/core/answer.ts';
import { parseStoryBytes } from '../../src/core/story-reading.ts';
import { buildLibrary } from '../support/library.ts';

const refunds = buildLibrary(
  parseStoryBytes(
    'refunds.txt',
    new TextEncoder().encode(
      [
        'Norway tax office pays too-large refunds to 38,000',
        'Published: 15 June 1998',
        '',
        'About 38,000 taxpayers in western Norway have been paid bigger tax refunds than they were owed because of a computer error, the Directorate of Taxes said on Monday.',
        '',
        'The refunds were paid into bank accounts on Friday.',
        '',
        'Director General Halvard Mo said letters to all those affected would be mailed by Friday.',
      ].join('\n'),
    ),
  ).stories,
);

describe('answering who leads something', () => {
  it('finds the leader in a report of the asked body though their sentence names it not', () => {
    const answer = answerFromStories("who heads norway's tax directorate", refunds);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^Halvard Mo — /);
  });

  it('does not name a leader of something else the report never names', () => {
    expect(answerFromStories('who heads the danish customs agency', refunds).kind).toBe('abstained');
  });
});
