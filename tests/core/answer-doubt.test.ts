// How sure an answer is, taken whole: the gates each ask one thing of the answering sentence; doubt weighs them together.
import { describe, expect, it } from 'vitest';
import { doubtOf, doubtTermNames, doubtTerms, type DoubtSigns } from '../../src/core/answer-doubt.ts';
import { answerFromStories, weighAnswer } from '../../src/core/answer.ts';
import { DOUBT, WEIGHTS } from '../../src/core/answer-weights.ts';
import { libraryOf } from '../support/library.ts';

const FIRM: DoubtSigns = {
  type: 'count',
  asksFirst: false,
  relation: 1,
  coverage: 1,
  literal: 0.8,
  retrieval: 1,
  notClosest: false,
  relationBehindClosest: 0,
  fitted: true,
  singledOut: true,
  undated: false,
  names: 1,
  asksSource: false,
  asOf: true,
  firstReported: false,
  corroborated: true,
  disputed: false,
  sameElsewhere: 1,
  rivals: false,
  closeRival: false,
};

describe('the doubt of an answer', () => {
  it('is low for a figure the best-ranked sentence of a dated report states, another outlet repeating it', () => {
    expect(doubtOf(FIRM)).toBeLessThan(WEIGHTS.maxDoubt);
  });

  it('is high for a whole sentence from an undated page, found weakly, with a rival scored alike', () => {
    const loose: DoubtSigns = { ...FIRM, type: 'other', relation: 0.5, coverage: 0.45, literal: 0.2, retrieval: 0.1, notClosest: true, fitted: false, singledOut: false, undated: true, asOf: false, corroborated: false, sameElsewhere: 0, rivals: true, closeRival: true };
    expect(doubtOf(loose)).toBeGreaterThan(WEIGHTS.maxDoubt);
  });

  it('grows with each sign against the answer', () => {
    expect(doubtOf({ ...FIRM, undated: true })).toBeGreaterThan(doubtOf(FIRM));
    expect(doubtOf({ ...FIRM, closeRival: true, rivals: true })).toBeGreaterThan(doubtOf(FIRM));
    expect(doubtOf({ ...FIRM, corroborated: false })).toBeGreaterThan(doubtOf(FIRM));
  });

  it('weighs every sign it reads: each term has its weight in DOUBT', () => {
    const named = new Set(doubtTermNames());
    for (const type of Object.keys(DOUBT.type)) {
      for (const term of Object.keys(doubtTerms({ ...FIRM, type }))) expect(named).toContain(term);
    }
  });
});

describe('a doubted answer', () => {
  // "18.5 million items were now held up" answers how many letters and parcels are held up, from a sentence that
  // holds a quarter of the question's words, in a report the search ranked below the older one.
  const post = libraryOf({
    'saturday.txt': ['Italy post backlog grows', 'Published: 19 December 1998', '', 'About 21 million letters and parcels are held up in Italy’s postal system, the postal company said on Saturday.'].join('\n'),
    'wednesday.txt': ['Italy post backlog eases', 'Published: 23 December 1998', '', 'Poste Italiane said 18.5 million items were now held up at its sorting centres in Milan, Turin and Rome.'].join('\n'),
  });

  it('is given as the closest passage instead', () => {
    const weighed = weighAnswer('how many letters and parcels are held up in italy now', post);
    expect(weighed.answer.text).toMatch(/^18\.5 million\b/);
    expect(weighed.doubt).toBeGreaterThan(WEIGHTS.maxDoubt);
    const answer = answerFromStories('how many letters and parcels are held up in italy now', post);
    expect(answer.kind).toBe('abstained');
    expect(answer.text).toMatch(/The closest they come: “/);
  });

  it('is not the older figure either: doubt withdraws an answer, it never picks another', () => {
    expect(answerFromStories('how many letters and parcels are held up in italy now', post).text).not.toMatch(/^About 21 million/);
  });
});

describe('an answer the gates let through with little doubt', () => {
  it('stands', () => {
    const weighed = weighAnswer('how many letters and parcels were held up in italy on saturday', libraryOf({ 'saturday.txt': ['Italy post backlog grows', 'Published: 19 December 1998', '', 'About 21 million letters and parcels are held up in Italy’s postal system, the postal company said on Saturday.'].join('\n') }));
    expect(weighed.answer.text).toMatch(/^About 21 million\b/);
    expect(weighed.doubt).toBeLessThan(WEIGHTS.maxDoubt);
  });
});
