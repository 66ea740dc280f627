// How news copy states a cause, and how a developing story's last word on it is found.
import { describe, expect, it } from 'vitest';
import { blamedCause, causeStrength, correctsCause, retellsEarlierCause, statesCause, tellsCauseAsFirstSeen } from '../../src/core/causes.ts';
import { answerFromStories, weighAnswer } from '../../src/core/answer.ts';
import { fixtureStoriesMentioning, libraryOf } from '../support/library.ts';
import { analyseQuestion } from '../../src/core/question-analysis.ts';

describe('reading a cause in a sentence', () => {
  it.each([
    'An anti-fraud check in a new payroll system, switched on by mistake in August, was behind last month’s missed pension payments, a review found.',
    'A date written the American way caused Fairmart’s tills to ignore its promotions for two days.',
    'The trust now accepts that the fault lay in how clinic templates were moved onto its new system.',
    'Border guards blamed heavy snow, which fell across eastern Poland over the weekend.',
    'Investigators said a gas cylinder stored in a corridor exploded, starting the fire.',
    'The outage was caused by an upgrade to the bank’s core software.',
    // What was thought at first: a suspicion under investigation.
    'The operator said it was investigating a suspected cyberattack on its booking systems.',
    'Investigators believed a section of rail had broken under the weight of the loaded wagons.',
    'The bank said the duplicate numbers appeared to have been caused by a fault in the numbering software.',
  ])('finds a cause in %j', (sentence) => {
    expect(statesCause(sentence)).toBe(true);
  });

  it.each([
    'The escaped salmon had been due to be harvested in January.',
    'A new truck terminal near the crossing is due to open next year.',
    'About 340 passengers had to be led to safety along the track.',
    'The damage is far worse than first thought, and it wasn’t the weekend storm that caused it.',
    'What went wrong?',
    'Plainsway no longer blames the fiber cut.',
    'Not because of the glen.',
    'HRONSKÉ DUBOVCE - No illegal discharge of solvents caused the failure of the treatment plant in July, the inspectorate said.',
  ])('finds no cause in %j', (sentence) => {
    expect(statesCause(sentence)).toBe(false);
  });

  it('reads "X, not Y, caused it" and "rather than" as a correction, the firmest way to give a cause', () => {
    const correction = 'A faulty software update sent to the core routers, not a power failure, caused the outage.';
    expect(correctsCause(correction)).toBe(true);
    expect(correctsCause('The error lies in the national tax computer rather than in a regional office.')).toBe(true);
    expect(correctsCause('The duplicate numbers were caused by a manual error at the printing works, not a software fault, the works said.')).toBe(true);
    expect(causeStrength(correction)).toBeGreaterThan(causeStrength('The outage was caused by a power failure.'));
    expect(causeStrength('The outage was caused by a power failure.')).toBeGreaterThan(causeStrength('Trains were cancelled because of the snow.'));
  });

  it.each([
    "The fire detection system failed because its detectors were damaged during the tunnel's autumn wash, not because of a power spike from the grid.",
    "Daugava Savings Bank said its own staff caused last week's collapse of its cash machine network, and not a failure of leased data lines as it first said.",
  ])('reads "because X, not because Y" and "not Y as it first said" as a correction: %s', (sentence) => {
    expect(statesCause(sentence)).toBe(true);
    expect(correctsCause(sentence)).toBe(true);
  });

  it('tells a cause retold as the one first blamed from the report’s own finding', () => {
    expect(retellsEarlierCause('The company had blamed the delay on a gearbox fault found during sea trials.')).toBe(true);
    expect(retellsEarlierCause('It now says the gearbox warning was caused by a faulty sensor.')).toBe(false);
  });

  it.each([
    '"We blamed our own track crews in public before we had the facts, and I apologise to them," the spokesman said.',
    '"We were wrong to blame the storm," the airport manager said.',
    'The contractor was wrongly blamed for the outage.',
    '"We told the community it was lightning," she said.',
  ])('reads an apology for the cause first given as a retelling: %s', (sentence) => {
    expect(retellsEarlierCause(sentence)).toBe(true);
  });

  it('reads "done by X, not by Y" as the cause found, correcting the one first given', () => {
    const sentence = 'The stage roof was dragged out of line by a hoist that kept running when it should have stopped, not blown over by the wind, an engineer found.';
    expect(statesCause(sentence)).toBe(true);
    expect(correctsCause(sentence)).toBe(true);
  });

  it('reads "the problem is also larger than first reported" as no cause given, "the problem is payment guarantees" as one', () => {
    expect(statesCause('The problem is also larger than first reported.')).toBe(false);
    expect(statesCause('"The traders want to sell to us. The problem is payment guarantees, not rice," he said.')).toBe(true);
  });

  it.each(['"We blamed the roof before we understood our own machine," the manager said.', 'Asked why students were blamed at first, he said the staff had jumped to the easy answer.'])(
    'reads another apology for the cause first given as a retelling: %s',
    (sentence) => {
      expect(retellsEarlierCause(sentence)).toBe(true);
    },
  );

  it('reads "the fault lay in a valve" as a cause, "the town lies in the highlands" as a place', () => {
    expect(statesCause('The inspectors said the fault lay in a pressure valve fitted in March.')).toBe(true);
    expect(statesCause('Responsibility for the collapse lies with the contractor, the report said.')).toBe(true);
    expect(statesCause('Ambohimiarina lies in the Vakinankaratra highlands, about 150 kilometres south of the capital.')).toBe(false);
  });

  it('reads "they are not the main reason" as no cause given', () => {
    expect(statesCause('Our data shows they are not the main reason.')).toBe(false);
  });

  it('weighs a quotation below the report’s own finding', () => {
    expect(causeStrength('"The problem lies in the data, not in anyone breaking in," she said.')).toBeLessThan(causeStrength('The problem was caused by a sorted spreadsheet.'));
    expect(causeStrength('The chief executive said: "Nobody should miss care because of a letter we sent."')).toBeLessThan(causeStrength('Trains were cancelled because of the snow.'));
  });
});

/** Three reports of a network outage: the cause first blamed is cleared by the last, which names the event differently. */
const outage = libraryOf({
  'first.txt': [
    'Plainsway outage cuts phones across Nebraska',
    'Published: 12 February 2026',
    '',
    'A network outage at Plainsway Communications cut phone and internet service to about 131,000 customers in central Nebraska on Wednesday.',
    '',
    'The company said the outage was caused by a power failure at its main network center in Grand Island.',
  ].join('\n'),
  'second.txt': [
    'Plainsway restores service after network outage',
    'Published: 14 February 2026',
    '',
    'Plainsway Communications said on Friday that service had been restored to all 131,000 customers hit by the network outage.',
    '',
    'The company said backup generators at its Grand Island network center had failed to start, and that the power failure caused the outage.',
  ].join('\n'),
  'third.txt': [
    'Router update, not generator, behind Plainsway outage',
    'Published: 26 February 2026',
    '',
    'A faulty software update sent to Plainsway Communications’ core routers, not a power failure, caused the February 11 outage, the company told regulators on Thursday.',
    '',
    'The update was pushed from the Grand Island center minutes before service failed, Plainsway said.',
  ].join('\n'),
});

describe('a cause told as the first account’s', () => {
  it('reads the clause after "According to the first statement from …," as the cause first given', () => {
    expect(tellsCauseAsFirstSeen('According to the first statement from the office of the wali, the cabin was overloaded.')).toBe(true);
    expect(tellsCauseAsFirstSeen('According to the first statement, the road will reopen on Friday.')).toBe(false);
    expect(tellsCauseAsFirstSeen('The head of the city health office said the first suspicion was food poisoning from chicken porridge.')).toBe(true);
  });

  it('answers what officials first said caused the fall', () => {
    const lift = fixtureStoriesMentioning('tests/fixtures/fresh/round499/dev/stories');
    expect(answerFromStories('What did officials first say caused the lift to fall?', lift).text).toMatch(/^The cabin was overloaded — /);
  });
});

describe('answering what caused a developing story’s event', () => {
  it('gives the newest report’s cause when asked what actually did it', () => {
    // (What the gates pick; the product then doubts a cause its search never ranked: see answer-doubt.test.ts.)
    const answer = weighAnswer('so what really took the network down in the end', outage).answer;
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^A faulty software update/);
  });

  it('gives the first report’s cause when asked what was blamed at first', () => {
    const answer = answerFromStories('what did plainsway blame the outage on at first', outage);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^The company said the outage was caused by a power failure/);
  });
});

describe('a cause a later report withdraws', () => {
  it('is not the last word ("Our statement of 15 April blamed a signal fault; that was wrong, and we apologise.")', () => {
    const collision = fixtureStoriesMentioning('tests/fixtures/fresh/round209/dev/stories');
    expect(answerFromStories('What caused the collision, according to the most recent account?', collision).text).not.toMatch(/^Our statement of 15 April blamed a signal fault/);
  });
});

describe('why something came later, sooner, smaller or larger than first said', () => {
  it('answers with the sentence that tells the difference and its cause ("a week sooner", "because")', () => {
    // Round 70's jammed stage lift: "Because the replacement part could be found so quickly, we were able to open a week sooner, tonight."
    const theatre = fixtureStoriesMentioning('tests/fixtures/fresh/round70/dev/stories', 'Lipnov');
    expect(answerFromStories('Why was the theatre able to open the production sooner than the new date it had first given?', theatre).text).toMatch(/^Because the replacement part could be found so quickly/);
  });

  it('answers why a final figure came out lower than the first', () => {
    // Round 73's hail: "The final loss of grapes is 55 per cent …, less than the 65 per cent estimated in July, because dry and sunny weather …"
    const hail = fixtureStoriesMentioning('tests/fixtures/fresh/round73/dev/stories', 'Jesenova');
    const answer = answerFromStories('Why did the final loss come out smaller than the figure given in July?', hail);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/less than the 65 per cent estimated in July, because/);
  });

  it('reads "how was service restored sooner than forecast" as asking why, and which way it went', () => {
    const analysis = analyseQuestion('How was full service restored sooner than the consortium had forecast?');
    expect(analysis.type).toBe('why');
    expect(analysis.comparison).toBe('earlier');
  });
});

describe('a cause said to be unknown', () => {
  it.each(['He said the cause was not yet known and that the company hoped to restore gas supplies within a week.', 'The reason remains unclear, the ministry said.', 'The cause is still under investigation.'])('is no cause: %s', (sentence) => {
    expect(statesCause(sentence)).toBe(false);
  });
});

describe('why something came later than planned, told with a time', () => {
  it('takes the sentence that says why, not one that says "two weeks later than first planned, after a handover at sea"', () => {
    // Round 79's fishermen held by the Bangladesh navy.
    const crews = fixtureStoriesMentioning('tests/fixtures/fresh/round79/wire/stories');
    expect(answerFromStories('Why were the Indian fishing crews returned later than the date first announced?', crews).text).toMatch(/^The handover had been set for October 2 but was put back because/);
  });
});

describe('a reason told with "over"', () => {
  it('answers why power was cut from "… cut off the power to the resort\'s lifts … over unpaid bills of about €380,000"', () => {
    const resort = fixtureStoriesMentioning('tests/fixtures/fresh/round131/dev/stories');
    const answer = answerFromStories('Why did the electricity distributor cut off the power to the lifts?', resort);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/over unpaid bills/);
  });
});

describe('the cause first blamed', () => {
  it.each([
    ['The company first blamed the monthly product data file supplied by PharmaDaten Austria.', 'the monthly product data file supplied by PharmaDaten Austria', true],
    ['The leak was first blamed on a sewer contractor’s digger.', 'a sewer contractor’s digger', true],
    ['Scottish Water told the committee that its first statement, blaming the strength of the storm, was wrong.', 'the strength of the storm', true],
    ['The escalator accident was caused by a broken step chain, not a brake failure as the operator first said, the authority said.', 'a brake failure', true],
    ['Members were told that the scanner first blamed had worked normally.', 'the scanner', true],
    ['Earlier in the week the operator had blamed driver sickness for the cancellations.', 'driver sickness', true],
    ['"We blamed the welders too soon," the mine director said.', 'the welders', true],
    ["The outbreak was traced to water delivered by a private bowser while the school's borehole pump was broken, after the borehole itself had first been blamed.", 'the borehole', true],
    ['Gordon Szczepanik, general manager of Kessington Transit, blamed the weight of the snow.', 'the weight of the snow', false],
  ])('reads %j as blaming %j (told as the first: %s)', (sentence, cause, isRetold) => {
    expect(blamedCause(sentence)).toEqual({ cause, isRetold });
  });

  it.each(['Nobody will be blamed for reporting.', 'Remember that next time somebody blames the weather.', 'Asked why students were blamed at first, he said the staff had jumped to the easy answer.'])(
    'reads no cause blamed in %j',
    (sentence) => {
      expect(blamedCause(sentence)).toBeUndefined();
    },
  );
});

describe('answering what was blamed at first', () => {
  const escalator = libraryOf({
    'escalator-a.txt': [
      'Escalator accident: station closed',
      'Published Wednesday 4 March 2066',
      '',
      'PRAGUE - Nineteen people were hurt on Tuesday evening when an escalator at Vltavínová metro station ran backwards.',
      '',
      'The station will stay closed while the escalators are checked.',
    ].join('\n'),
    'escalator-c.txt': [
      'Step chain, not brake, behind escalator accident',
      'Published Friday 13 March 2066',
      '',
      'PRAGUE - The escalator accident at Vltavínová metro station was caused by a broken step chain, not a brake failure as the operator first said, the Rail Authority said on Friday.',
      '',
      'The station reopened on Thursday.',
    ].join('\n'),
  });

  it('leads with the cause a later report says was given first ("not a brake failure as the operator first said")', () => {
    expect(answerFromStories('What did the operator initially blame for the escalator accident?', escalator).text).toMatch(/^A brake failure — /);
  });

  it('takes a cause retold as blamed first ("first blamed …") though its sentence does not name the event', () => {
    const doses = fixtureStoriesMentioning('tests/fixtures/fresh/round138/dev/stories', 'PharmaDaten');
    expect(answerFromStories('What did the software company at first blame for the wrong doses?', doses).text).toMatch(/^The monthly product data file/);
  });
});

describe('a first explanation retold', () => {
  it.each([
    ["The roof fall was caused by crushed rock, the geologist said, contradicting the builder's first explanation that heavy rain was to blame.", 'heavy rain'],
    ['The park has withdrawn its first explanation, that clostridia in a water trough were to blame.', 'clostridia in a water trough'],
  ])('reads %j as the cause first given: %j', (sentence, cause) => {
    expect(blamedCause(sentence)).toEqual({ cause, isRetold: true });
  });
});

describe('a cause as first seen', () => {
  it.each([
    ['"Our first assessment is that the sand truck was heavily overloaded," said the executive engineer.', 'the sand truck was heavily overloaded'],
    ['Our initial findings point to an overheated motor on extrusion line 3, which was running at full load.', 'an overheated motor on extrusion line 3'],
    ['The preliminary finding of our engineers is that the transformers were overloaded by record demand, the company said.', 'the transformers were overloaded by record demand'],
    ['He said the first evidence pointed to a gas explosion in a ground-floor flat.', 'a gas explosion in a ground-floor flat'],
  ])('reads %j as the cause first given: %j', (sentence, cause) => {
    expect(statesCause(sentence)).toBe(true);
    expect(blamedCause(sentence)).toEqual({ cause, isRetold: true });
  });

  it.each(['"Our first thought is with the families of our colleagues," the director said.', '"Our first assessment is that the road can be cleared and reopened by Friday."'])('is not read in %j', (sentence) => {
    expect(tellsCauseAsFirstSeen(sentence)).toBe(false);
    expect(blamedCause(sentence)).toBeUndefined();
  });

  it('answers what was blamed at first ("Our initial findings point to an overheated motor")', () => {
    const fire = fixtureStoriesMentioning('tests/fixtures/fresh/round323/dev/stories', 'Kordex');
    expect(answerFromStories('What did Kordex initially blame for the fire?', fire).text).toMatch(/^An overheated motor on extrusion line 3\b/);
  });

  it('does not answer what was found in the end ("Early indications are that overheated brakes …")', () => {
    const lorry = fixtureStoriesMentioning('tests/fixtures/fresh/round170/dev/stories');
    expect(answerFromStories('What did the fire investigation find had actually started the lorry fire?', lorry).text).not.toMatch(/overheated brakes set the tyres alight/);
  });
});

describe('the cause first blamed, asked as what was blamed', () => {
  it('answers "what was initially blamed" with the first report’s cause', () => {
    const round = fixtureStoriesMentioning('tests/fixtures/fresh/round260/dev/stories');
    expect(answerFromStories('What was initially blamed for the vaccine becoming unusable?', round).text).toMatch(/power cut at the district cold room/);
  });
});
