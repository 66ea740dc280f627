import { describe, expect, it } from 'vitest';
import { answerFromStories } from '../../src/core/answer.ts';
import { describedTerms } from '../../src/core/name-descriptions.ts';
import { termOf } from '../../src/core/terms.ts';
import { fixtureStoriesMentioning, libraryOf } from '../support/library.ts';

const cards = libraryOf({
  'mon.txt': [
    'Fuel cards refused at the pumps',
    'Published: Monday 2 April 2068',
    '',
    'The fault follows an update of the card software installed overnight by the service provider, SénéPay Systèmes SARL.',
  ].join('\n'),
  'fri.txt': [
    'Audit settles fuel card count',
    'Published: Friday 13 April 2068',
    '',
    'The ministry will recover part of the cost from SénéPay Systèmes, which has been ordered to pay a penalty of 18 million CFA francs.',
    '',
    'Frigo Kayar Pêche SA, a fish cold store on the edge of the town, was fined too.',
  ].join('\n'),
});
const reports = ['mon.txt#1', 'fri.txt#1'].map((id) => cards.storyById(id)!);

describe('what the reports call a body they name', () => {
  it('stands beside the name in any report the search reached ("the service provider, SénéPay Systèmes SARL")', () => {
    const terms = describedTerms(reports, 'The ministry will recover part of the cost from SénéPay Systèmes, which has been ordered to pay a penalty.');
    expect(terms.has(termOf('provider'))).toBe(true);
  });

  it('is read from an apposition after the name ("Frigo Kayar Pêche SA, a fish cold store on …")', () => {
    const terms = describedTerms(reports, 'Frigo Kayar Pêche has raised the sum set aside for residents.');
    expect([...terms]).toEqual(expect.arrayContaining([termOf('fish'), termOf('store')]));
  });

  it('is never the object of a clause before the name ("The company that owned the van, Sentinel Cash Services, said")', () => {
    const van = libraryOf({ 'van.txt': 'Van robbed\n\nPublished: Tuesday 6 October 1998\n\nThe company that owned the van, Sentinel Cash Services, said the gang had taken 6.8 million rand.' });
    expect(describedTerms([van.storyById('van.txt#1')!], 'Sentinel Cash Services offered a reward.').has(termOf('van'))).toBe(false);
  });

  it('is never a phrase that runs through a preposition ("the cost from SénéPay Systèmes")', () => {
    expect(describedTerms(reports, 'SénéPay Systèmes rolled the update back.').has(termOf('cost'))).toBe(false);
  });

  it('lets a question name the body by what it is ("the software supplier") and be answered by a sentence naming it', () => {
    const contract = fixtureStoriesMentioning('tests/fixtures/fresh/round352/dev/stories');
    expect(answerFromStories('How much will the software supplier hand over to the municipality under its contract?', contract).text).toMatch(/^45 million colones — /);
  });
});
