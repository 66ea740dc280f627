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

  it('does not take the outlet someone spoke to ("told Reuters") for who acted', () => {
    const sentence = 'Mansour told Reuters the tomb of the priest Khufu-hotep was one of the finds of the decade.';
    expect(pickPerson(analyseQuestion('who found the tomb?'), sentence)).not.toBe('Reuters');
  });

  it('answers who drove with a person, not the train ("the Krakow-Gdansk express")', () => {
    const sentence = 'Six carriages derailed when the Krakow-Gdansk express came off the line; its driver, Tadeusz Wrona, was hurt.';
    expect(pickPerson(analyseQuestion('who was driving the express that derailed?'), sentence)).toBe('Tadeusz Wrona');
  });

  it('answers "which company" with no council, and no person speaking for one ("chief executive, Ingrid Solheim")', () => {
    expect(pickPerson(analyseQuestion('which company will run the banking hubs?'), 'Councillor Eluned Parry, of Teme Valley County Council, said the hubs were welcome.')).toBeUndefined();
    expect(pickPerson(analyseQuestion('which insurance company covered the satellites?'), "Orbisca's chief executive, Ingrid Solheim, said the satellites were insured.")).toBeUndefined();
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
