import { describe, expect, it } from 'vitest';
import { pickPerson } from '../../src/core/answer-spans.ts';
import { analyseQuestion } from '../../src/core/question-analysis.ts';

describe('pickPerson', () => {
  it('does not take a capitalised word that describes the noun after it for a person ("the western Greek city")', () => {
    const sentence = 'Firefighters battled a blaze above the western Greek city of Patras, and police held Nikos Papadakis on Tuesday.';
    expect(pickPerson(analyseQuestion('who was held over the patras fire?'), sentence)).toBe('Nikos Papadakis');
  });

  it('does not take the number word opening a quotation for a person', () => {
    const sentence = '"One ship has stopped a whole region for five days," Aagaard said.';
    expect(pickPerson(analyseQuestion('whose ship is blocking the canal?'), sentence)).toBe('Aagaard');
  });

  it('takes a one-word name followed by what it did ("Castellano resigned")', () => {
    expect(pickPerson(analyseQuestion('who resigned over the jailbreak?'), 'The prison director, Castellano resigned on Thursday.')).toBe('Castellano');
  });
});

describe('the name of a role', () => {
  it('is the name written beside the role', () => {
    const sentence = 'Both sides agreed to put the dispute to the arbitrator, Jane Moss, a retired judge.';
    expect(pickPerson(analyseQuestion("what's the name of the arbitrator handling the dispute?"), sentence)).toBe('Jane Moss');
  });

  it('is no other name in the sentence, and none at all when the role is unnamed ("a Brightmoor Systems engineer")', () => {
    const court = 'A High Court hearing was abandoned after both sides agreed to put the dispute to an independent arbitrator.';
    expect(pickPerson(analyseQuestion("what's the name of the arbitrator handling the dispute?"), court)).toBeUndefined();
    const engineer = 'The intruders logged in using the password of a Brightmoor Systems engineer.';
    expect(pickPerson(analyseQuestion("what's the name of the brightmoor engineer whose password got phished"), engineer)).toBeUndefined();
  });
});
