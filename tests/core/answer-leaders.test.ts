// "Who heads X": the leader's sentence seldom names what they lead again; its report does.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { answerFromStories } from '../../src/core/answer.ts';
import { parseStoryBytes } from '../../src/core/story-reading.ts';
import { buildLibrary, fixtureStoriesMentioning, libraryOf } from '../support/library.ts';

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

  const festival = libraryOf({
    'festival.txt': [
      'Festival card readers charged fans twice',
      'Published: Tuesday 4 August 2026',
      '',
      'Thousands of fans at the Clonrath festival were charged twice for food and drink after a fault in the card readers.',
      '',
      "Kinetap's chief executive, Rory Gilsenan, said his engineers were checking every transaction made over the weekend.",
      '',
      'Jess Moravec, director of the traders association, said stallholders had been blamed unfairly.',
    ].join('\n'),
  });

  it('is not the leader of another company the sentence names ("Kinetap\'s chief executive" for who runs the festival)', () => {
    expect(answerFromStories('whos running the clonrath festival', festival).kind).toBe('abstained');
  });

  it('is not the leader of another body written in lower case ("director of the traders association")', () => {
    expect(answerFromStories('whos in charge of the clonrath festival', festival).kind).toBe('abstained');
  });

  it('is the leader whose role names the asked body by its initials ("RGO chief executive")', () => {
    const grants = libraryOf({
      'grants.txt': 'Grants office suspects false claims\nPublished: Monday 2 March 2026\n\nThe Rural Grants Office has stopped payments to 40 farms.\n\nRGO chief executive Dr Anna Whitcombe said some farmers had claimed for more land than they owned.',
    });
    expect(answerFromStories('who heads the rural grants office', grants).text).toMatch(/^Dr Anna Whitcombe — |^Anna Whitcombe — /);
  });
});

describe('a leader named with one of the question’s names, the report holding the others', () => {
  it('answers who the boss of Kildegaard Mejeri is from a quotation that names only "Kildegaard"', () => {
    // r53s3_b: "… at Kildegaard. I am deeply sorry …," said managing director Mette Kjærsgaard; "Kildegaard Mejeri" is in the report.
    const dairy = libraryOf(
      Object.fromEntries(['r53s3_a.txt', 'r53s3_b.txt', 'r53s3_c.txt'].map((f) => [f, readFileSync(`tests/fixtures/fresh/round53/dev/stories/${f}`, 'utf8')])),
    );
    expect(answerFromStories('who is the boss of kildegaard mejeri', dairy).text).toMatch(/^Mette Kjærsgaard — /);
  });
});

describe('the leader asked for in other words', () => {
  const mine = libraryOf({
    'mine.txt': [
      'Salt mine evacuates visitors after ceiling fall',
      'Published: Tuesday 6 October 2026',
      '',
      'WIELOSOL — Part of a chamber ceiling fell in the Wielosol salt mine on Tuesday, and 237 visitors were brought to the surface.',
      '',
      '"Nobody panicked. The guides knew exactly what to do," said Agnieszka Wroblewska, president of the management board of Kopalnia Soli Wielosol S.A., which runs the mine.',
    ].join('\n'),
  });

  it('takes a company named with its legal form ("… S.A.") as "the company that operates" what is asked', () => {
    expect(answerFromStories('Who heads the company that operates the Wielosol mine?', mine).text).toMatch(/^Agnieszka Wroblewska — /);
  });

  it('reads "which official is in charge of …" as asking for a leader', () => {
    const water = libraryOf({
      'water.txt': [
        'Fiji lifts water rationing',
        'Published: 3 March 1998',
        '',
        'SUVA — Water rationing in Fiji\'s Western Division ended on Tuesday after heavy rain refilled the reservoir.',
        '',
        "The 45 trucks that had been carrying water were being stood down, said Josaia Naivalu, head of the department's water supply section in the Western Division.",
      ].join('\n'),
    });
    expect(answerFromStories("Which official is in charge of water supply for Fiji's Western Division?", water).text).toMatch(/^Josaia Naivalu — /);
  });
});

describe('a leader asked for as a senior official or a spokesman', () => {
  it('answers "who is the senior UNHCR official at Gueckedou" with the head of its office there', () => {
    const camps = fixtureStoriesMentioning('tests/fixtures/fresh/round84/wire/stories', 'Gueckedou');
    const answer = answerFromStories('Who is the senior UNHCR official at Gueckedou?', camps);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^Anders Holmqvist — /);
  });

  it('answers "who spoke for the pilots as head of their committee" with the committee’s chairman', () => {
    const pilots = fixtureStoriesMentioning('tests/fixtures/fresh/round83/wire/stories', 'Kanaf');
    const answer = answerFromStories('Who spoke for the Kanaf pilots as head of their committee?', pilots);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/Ronen Ashkenazi — /);
  });

  it('finds the body led named whole in the leader’s report ("the ministry’s crop protection department")', () => {
    const locusts = fixtureStoriesMentioning('tests/fixtures/fresh/round83/wire/stories', 'locust');
    const answer = answerFromStories("Who leads the crop protection department at Ethiopia's agriculture ministry?", locusts);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^Tesfaye Gebremariam — /);
  });
});

describe('a leader of something else', () => {
  it('is not a director of a field the question does not ask about ("technology director" for the district’s top boss)', () => {
    const district = fixtureStoriesMentioning('tests/fixtures/fresh/round40/dev/stories', 'Shale Run');
    expect(answerFromStories('whos the top boss of the shale run school district', district).text).not.toMatch(/^Troy Mackey/);
  });

  it('is not the chair of another body named beside them (", who chairs the Market Traders\' Association")', () => {
    const market = fixtureStoriesMentioning('tests/fixtures/fresh/round37/dev/stories', 'Aberdulas');
    expect(answerFromStories('who runs the farmers market in aberdulas', market).text).not.toMatch(/^Gethin Rowlands/);
  });
});

describe('the body a leader question names', () => {
  it('is the one led, not another word of the question ("Railway director-general" does not head the union behind the railway strike)', () => {
    const strike = fixtureStoriesMentioning('tests/fixtures/fresh/round87/wire/stories', 'Moldova');
    expect(answerFromStories('Who heads the union behind the Moldovan railway strike?', strike).text).not.toMatch(/^Mihai Rusnac/);
  });
});

describe('a union’s secretary general', () => {
  it('leads it ("Union secretary general Celestin Gbalou")', () => {
    const strike = fixtureStoriesMentioning('tests/fixtures/fresh/round88/wire/stories', 'Abidjan');
    const answer = answerFromStories('Who leads the union that called the Abidjan stoppage?', strike);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^Celestin Gbalou — /);
  });
});

describe('a body asked for by its kind', () => {
  it('is led by the leader of a body of that kind, whatever else describes it ("leader of the Independent Union of Chrome Miners")', () => {
    const miners = fixtureStoriesMentioning('tests/fixtures/fresh/round91/wire/stories', 'Shkalla');
    const answer = answerFromStories('Who leads the union that represents the Shkalla miners?', miners);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^Fatmir Dervishaj — /);
  });
});

describe('the body led, asked with more than its leader’s role says', () => {
  it('answers the head of the organising committee "for the Vrhlipa event" from "head of the organising committee"', () => {
    const games = fixtureStoriesMentioning('tests/fixtures/fresh/round62/dev/stories');
    const answer = answerFromStories('who heads up the organising committee for the vrhlipa event', games);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^Tjaša Kumelj — /);
  });

  it('answers the head of a "group" from the chairman of its association', () => {
    const rice = fixtureStoriesMentioning('tests/fixtures/fresh/round44/wire/stories', 'Rice Merchants');
    const answer = answerFromStories('whos the head of myanmars rice merchants group', rice);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^U Kyaw Soe Lin — /);
  });
});

describe('a role named in the sentence, the place in its report', () => {
  it('answers who the headteacher of a school is from "The headteacher, Mirjana Šestak, …" in a report naming the school', () => {
    const school = fixtureStoriesMentioning('tests/fixtures/fresh/round108/dev/stories', 'Krešimirovo');
    const answer = answerFromStories('Who is the headteacher of Krešimirovo Primary School?', school);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^Mirjana Šestak — /);
  });
});

describe('leaders named in other shapes', () => {
  it('answers the head of a family firm who shares its name ("Annelies Delbeke, chief executive of Glacerie Delbeke")', () => {
    const ices = fixtureStoriesMentioning('tests/fixtures/fresh/round58/dev/stories', 'Glacerie Delbeke');
    const answer = answerFromStories('who heads up glacerie delbeke', ices);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^Annelies Delbeke — /);
  });

  it('still refuses a name the question gives as someone else ("Mayor Tallis" for who leads the campaign against Tallis)', () => {
    const town = libraryOf({
      'town.txt': 'Campaign against mayor grows\nPublished: Monday 2 March 2026\n\nMayor Tallis, who leads the council, said the campaign against him was unfair.',
    });
    expect(answerFromStories("who's leading the campaign against Tallis", town).kind).toBe('abstained');
  });

  it('answers who leads a project from "Dr Marisa Quarmby of the … Institute in Hobart, who leads the Snowgum Dome project"', () => {
    const ice = fixtureStoriesMentioning('tests/fixtures/fresh/round89/dev/stories', 'Snowgum');
    const answer = answerFromStories('Who leads the Snowgum Dome ice core project?', ice);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^Dr Marisa Quarmby — /);
  });

  it('answers the head of a department from "The head of radiology, Dr Javier Olmedilla, said …"', () => {
    const hospital = fixtureStoriesMentioning('tests/fixtures/fresh/round81/dev/stories', 'Castrovierna');
    const answer = answerFromStories('Who heads the radiology department at Castrovierna?', hospital);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^Dr Javier Olmedilla — /);
  });
});

describe('whose thing is asked', () => {
  it('is an owner told as one, never whoever the sentence names speaking ("Whose name had been left off the ballot?")', () => {
    const vote = fixtureStoriesMentioning('tests/fixtures/fresh/round127/dev/stories');
    expect(answerFromStories('Whose name had been left off the council ballot paper in the unit?', vote).text).not.toMatch(/^Tiskarna Sotelj/);
  });

  it('is answered from "X\'s flock" or "the flock of X"', () => {
    const farm = libraryOf({ 'farm.txt': 'Bluetongue confirmed near Llanfair\nPublished: Monday 2 March 2026\n\nThe first flock confirmed as infected was the flock of Dafydd Rees at Pant-y-Gaer, the vet said on Friday.' });
    expect(answerFromStories('Whose flock was the first to be confirmed as infected?', farm).text).toMatch(/^Dafydd Rees — /);
  });
});

describe('an office named with "chief"', () => {
  it('is held by whoever the sentence names beside it ("The Chief Registrar, Ms Goitseone Ramokwena, apologises")', () => {
    const registry = libraryOf({
      'registry.txt': [
        'Court registry apologises for wrong hearing dates',
        '',
        'PALAPYE — The Chief Registrar, Ms Goitseone Ramokwena, apologises to all court users for notices of hearing printed with the wrong dates.',
        '',
        'The registry will send corrected notices by Friday.',
      ].join('\n'),
    });
    expect(answerFromStories('Who is the Chief Registrar who apologised to court users?', registry).text).toMatch(/^Ms Goitseone Ramokwena — /);
  });
});
