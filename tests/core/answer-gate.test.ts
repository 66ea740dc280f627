// Precision first: an answer only from a sentence that states the asked relation, with a figure that counts what was asked.
import { describe, expect, it } from 'vitest';
import { answerFromStories, weighAnswer } from '../../src/core/answer.ts';
import { fixtureStoriesMentioning, libraryOf, loadLibrary } from '../support/library.ts';
import { tellsPaymentTheOtherWay, tellsPaymentToOthers } from '../../src/core/answer-gate.ts';


const breach = libraryOf({
  'breach.txt': [
    'Telecom says hackers stole data of 3.4 million customers',
    ' date 2025-04-14 By Aoife Brennan Celtic Business News',
    '',
    'Vantel Mobile said hackers had stolen personal data belonging to 3.4 million current and former customers, more than doubling its first estimate.',
    '',
    'The company said it had received more than 11,000 calls to a dedicated helpline since the breach was announced.',
    '',
    'The Data Protection Commission said it had opened an investigation into whether Vantel kept the data securely.',
    '',
    'Two engineers who had warned about the old billing database left the company last year.',
  ].join('\n'),
});

describe('the answer gate', () => {
  it('does not answer who owns a thing with the thing\'s own name ("The Cinema Le Palmier")', () => {
    const cinema = fixtureStoriesMentioning('tests/fixtures/fresh/round141/wire/stories');
    expect(answerFromStories('Who owns the cinema whose balcony collapsed?', cinema).text).not.toMatch(/^The Cinema Le Palmier/);
  });

  it('answers a count whose figure counts what was asked', () => {
    expect(answerFromStories('How many people had their data stolen in the Vantel breach?', breach).text).toMatch(/^3\.4 million/);
  });

  it('abstains when the sentence with the noun does not state the asked action', () => {
    const answer = answerFromStories('How many Vantel customers have switched to another operator?', breach);
    expect(answer.kind).toBe('abstained');
    expect(answer.text).toMatch(/^The stories don’t/);
  });

  it('abstains rather than answer "how much money" with a head count', () => {
    expect(answerFromStories('How much compensation will the two engineers receive?', breach).kind).toBe('abstained');
  });

  it('does not answer a count of people with a count of calls', () => {
    expect(answerFromStories('How many customers left Vantel after the breach?', breach).kind).toBe('abstained');
  });

  it('finds the answer through a synonym the question uses ("probe" for "investigation")', () => {
    const answer = answerFromStories('Which regulator has launched a probe into Vantel?', breach);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^(The )?Data Protection Commission/);
  });

  it('abstains on "which regulator" when no sentence names one', () => {
    const quiet = libraryOf({ 'q.txt': 'Vantel breach\n\nVantel Mobile said hackers had stolen the personal data of 3.4 million customers.\n\nThe company said an investigation was under way.' });
    expect(answerFromStories('Which regulator has launched a probe into Vantel?', quiet).kind).toBe('abstained');
  });
});

describe('measure questions', () => {
  const mine = libraryOf({
    'mine.txt': [
      'Miners trapped after rockfall',
      '',
      '12 March 2025',
      '',
      'Eighteen miners were trapped when part of a tunnel roof collapsed at a depth of about 1,100 metres, the company said.',
      '',
      'Rescue teams brought five workers to the surface overnight with minor injuries.',
      '',
      'The mine employs 2,600 people and has operated since the 1980s, the company said.',
      '',
      'Families gathered at the gate on Wednesday morning waiting for news.',
    ].join('\n'),
  });

  it('answers how strong the gusts were with their speed, unit whole ("up to 126 km/h")', () => {
    const storm = fixtureStoriesMentioning('tests/fixtures/fresh/round114/dev/stories', 'gusts');
    expect(answerFromStories('How strong were the strongest gusts measured at the port during the storm?', storm).text).toMatch(/^Up to 126 km\/h — /);
  });

  it('does not answer how much rain fell with a temperature ("rose above 20 degrees")', () => {
    const surazo = loadLibrary('tests/fixtures/fresh/round235/dev/stories');
    expect(answerFromStories('How much rain fell in San Lorenzo de Moxitania during the surazo?', surazo).kind).toBe('abstained');
  });

  it('does not answer how much a plant generates with a distance that places it ("300 metres above the hamlet")', () => {
    const plant = loadLibrary('tests/fixtures/fresh/round357/dev/stories');
    expect(answerFromStories('How much electricity can the Trà Nhiên 2 hydropower plant generate?', plant).kind).toBe('abstained');
  });

  it('does not answer a measure asked in hectares with a bare count ("not 17" ponds)', () => {
    const farm = fixtureStoriesMentioning('tests/fixtures/fresh/round111/dev/stories', 'Rybnowola');
    expect(answerFromStories("What is the total surface of the Rybnowola farm's ponds in hectares?", farm).kind).toBe('abstained');
  });

  it('does not answer a volume with a length ("the jam had stretched for about four kilometres")', () => {
    const jam = fixtureStoriesMentioning('tests/fixtures/fresh/round118/dev/stories', 'jam');
    expect(answerFromStories('What volume of ice had piled up in the jam?', jam).kind).toBe('abstained');
  });

  it('does not answer a weight asked "by weight" with a length ("the two km of cable")', () => {
    const cable = fixtureStoriesMentioning('tests/fixtures/fresh/round122/wire/stories', 'cable');
    expect(answerFromStories('How much copper, by weight, did the thieves carry away?', cable).kind).toBe('abstained');
  });

  it('answers "how much milk" with a volume in litres ("about 410,000 litres in all")', () => {
    const milk = fixtureStoriesMentioning('tests/fixtures/fresh/round134/dev/stories');
    expect(answerFromStories('How much milk did the affected farms have to throw away altogether?', milk).text).toMatch(/^About 410,000 litres — /);
  });

  it('does not answer "how much did it weigh" with a length ("a limb about eleven metres long")', () => {
    const elm = fixtureStoriesMentioning('tests/fixtures/fresh/round143/dev/stories', 'limb');
    expect(answerFromStories('How much did the limb that fell from the elm weigh?', elm).kind).toBe('abstained');
  });

  it('answers "how much did it weigh" with a weight', () => {
    const bell = libraryOf({
      'bell.txt': 'The bell that fell from the tower of St Anne\'s church on Sunday weighed about 1.2 tonnes, the parish said. It fell 18 metres onto the square.',
    });
    expect(answerFromStories('How much did the bell that fell from the church tower weigh?', bell).text).toMatch(/^(about )?1\.2 tonnes/i);
  });

  it('does not answer "the total weight of the cargo" with a model number ("the Ilyushin-76 cargo plane")', () => {
    const crash = fixtureStoriesMentioning('tests/fixtures/fresh/round142/wire/stories');
    expect(answerFromStories('What was the total weight of the cargo on board the freighter?', crash).kind).toBe('abstained');
  });

  it('does not count people with a measure told beside them ("150 tonnes that members later sent")', () => {
    const cherries = fixtureStoriesMentioning('tests/fixtures/fresh/round142/dev/stories');
    expect(answerFromStories('How many members does the Cerezas Maule association have?', cherries).kind).toBe('abstained');
    expect(answerFromStories("How many tonnes had Andesur's figure left out?", cherries).text).toMatch(/^170 tonnes/);
  });

  it('answers "what share of" with a share, told with its sign ("55 per cent of the expected harvest")', () => {
    const vines = fixtureStoriesMentioning('tests/fixtures/fresh/round73/dev/stories');
    expect(answerFromStories("What share of the valley's expected grape harvest was finally judged to have been lost?", vines).text).toMatch(/^55 per cent — /);
  });

  it('answers "from which country" with the place a thing came from ("a specialist team from Poland")', () => {
    const mine = fixtureStoriesMentioning('tests/fixtures/fresh/round143/wire/stories');
    expect(answerFromStories('From which country did the team that grouted the crack come?', mine).text).toMatch(/^Poland — /);
  });

  it('answers "within what distance" with a distance ("every eucalyptus within twenty metres of the island")', () => {
    const zoo = fixtureStoriesMentioning('tests/fixtures/fresh/round163/dev/stories');
    expect(answerFromStories('Within what distance of the island were the eucalyptus trees to be trimmed?', zoo).text).toMatch(/^Twenty metres — /);
  });

  it('answers "how far below" with a distance', () => {
    expect(answerFromStories('How far below the surface were the miners trapped?', mine).text).toMatch(/^(about )?1,100 metres/i);
  });

  const dam = libraryOf({
    'dam.txt': [
      'Second crack found in Sotoalbar dam',
      '',
      '14 November 2026',
      '',
      'The level of the Sotoalbar reservoir has been lowered by 11 metres in all, on the instructions of the basin authority.',
      '',
      'A survey found the crack ran about 30 metres along the crest of the dam.',
      '',
      'The nearest homes stand 800 metres below the dam wall.',
    ].join('\n'),
  });

  it('abstains on "how tall" when no figure is told as a height ("lowered by 11 metres" is none)', () => {
    expect(answerFromStories('How tall is the Sotoalbar dam?', dam).kind).toBe('abstained');
  });

  it('answers "how long was the crack" with the figure told as its length, not a distance from it', () => {
    const answer = answerFromStories('How long was the crack in the Sotoalbar dam?', dam);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^(About )?30 metres — /);
  });

  it('answers "how long was the blade" with "each blade is 68 metres long", not "within 10 km of the park"', () => {
    const granlid = fixtureStoriesMentioning('tests/fixtures/fresh/round13/dev/stories', 'Granlid');
    const answer = answerFromStories('how long was the blade that snapped off at granlid', granlid);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^68 metres — /);
  });

  it('answers a question asked with a phrasal verb from a sentence telling it by its synonym ("called off" / "cancelled", "calling back" / "recall")', () => {
    const hall = fixtureStoriesMentioning('tests/fixtures/fresh/round92/dev/stories');
    expect(answerFromStories('Altogether, how many performances at the Vītolkrasts hall were called off or moved because of the water?', hall).text).toMatch(/^14 concerts — /);
    const batteries = fixtureStoriesMentioning('tests/fixtures/fresh/round4/dev/stories');
    expect(answerFromStories('How many battery packs is Trekvast calling back?', batteries).text).toMatch(/^112,000 packs — /);
  });

  it('abstains on how long someone worked when the sentence tells only how often something happened ("once a week")', () => {
    const station = libraryOf({
      'station.txt': [
        'Signal fault blamed for Kachighata collision',
        ' date 2068-03-02 By Rafiq Ahmed Eastern Rail News',
        '',
        'The assistant station master at Kachighata was on duty when the two trains collided on Tuesday night.',
        '',
        'Passenger groups said the assistant station master worked the signals by hand at least once a week at Kachighata because of load-shedding.',
      ].join('\n'),
    });
    expect(answerFromStories('How long had the assistant station master worked at Kachighata?', station).kind).toBe('abstained');
  });

  it('abstains on a whole length when the stories give only the length of a part ("2.8 kilometres of cable were damaged")', () => {
    const cable = fixtureStoriesMentioning('tests/fixtures/fresh/round84/dev/stories', 'cable');
    expect(answerFromStories('How long is the Namele cable from one end to the other?', cable).kind).toBe('abstained');
  });

  it('abstains on what a store can hold when no figure is told as a capacity ("Berths 3 and 4", "43 wells")', () => {
    const silo = libraryOf({
      'silo.txt': 'Grain loading resumes\n\n13 August 2026\n\nGrain loading at Ostrovița Grain Terminal resumed on Thursday at Berths 3 and 4, after the silo fire.\n\nWorkers have started checking all 43 bins at the site.',
    });
    expect(answerFromStories('How much grain can the Ostrovița silo store?', silo).kind).toBe('abstained');
  });

  it('answers what a boat can carry from "with room for 18 cars"', () => {
    const ferry = fixtureStoriesMentioning('tests/fixtures/fresh/round20/dev/stories', 'Morven Lass');
    const answer = answerFromStories('how many cars can the relief boat take', ferry);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^18 cars — /);
  });

  it('never answers a count with a difference between two counts ("65 more damaged pipes than its specialists had counted")', () => {
    const organ = libraryOf({
      'organ.txt': 'Organ repairs finished\n\n3 May 2026\n\nWhen the workshop checked every pipe, it found 65 more damaged pipes than its specialists had counted in the hall.',
    });
    expect(answerFromStories('How many damaged pipes did the workshop find?', organ).text).not.toMatch(/^65\b/);
  });

  it('abstains on "how old" when no figure is an age', () => {
    expect(answerFromStories('How old was the mine?', mine).kind).toBe('abstained');
  });
});

describe('sums, shares and years', () => {
  const mine = libraryOf({
    'mine.txt': [
      'Flooded gold mine to stay shut for six weeks',
      ' date 2025-03-10 By Ruth Hale Mining Desk',
      '',
      'Ironbark Resources said 23 people were working underground at its Carrabeen mine, 65 kilometres west of Wendal Creek, when water broke through at about 10.40pm on Saturday.',
      '',
      'Ironbark puts the cost of lost output at about A$55m.',
      '',
      'Members of the union voted by 78% to 22% to accept a rise of 5.5% this year.',
      '',
      'The council expects to spend about £412m next year.',
    ].join('\n'),
  });

  it('reads a sum told in a currency written with accents ("1.8 billion guaraníes") or one WordNet lacks ("140 million drams")', () => {
    const smoke = fixtureStoriesMentioning('tests/fixtures/fresh/round243/dev/stories');
    expect(answerFromStories('How much did the mayor initially release from the municipal contingency fund?', smoke).text).toMatch(/^1\.8 billion guaraníes — /);
    expect(answerFromStories('What did the rescue operation cost in the end?', smoke).text).toMatch(/^265 million drams — /);
  });

  it('reads a sum in a currency newer than WordNet, singular or plural ("610 million somoni", "4 million vatu", "12 million denars")', () => {
    const fund = libraryOf({
      'fund.txt': ['Relief for the Sangzor centre', 'Published: Monday 3 March 2068', '', 'The government has set aside 610 million somoni for the new centre in Sangzor.', '', 'Nakamal Digital Ltd will contribute 4 million vatu towards the audit.', '', 'The Government set up an emergency aid fund of 12 million denars for the families.'].join('\n'),
    });
    expect(answerFromStories('How much money has been set aside for the Sangzor centre?', fund).text).toMatch(/^610 million somoni — /);
    expect(answerFromStories('How much will Nakamal Digital contribute towards the audit?', fund).text).toMatch(/^4 million vatu — /);
    expect(answerFromStories('How large was the emergency aid fund?', fund).text).toMatch(/^12 million denars — /);
  });

  it('reads a currency named after a word that says which ("71.5 crore rupees"), but not "per cent" nor a figure before "at"', () => {
    const claims = libraryOf({
      'claims.txt': ['Insurer pays soybean farmers', 'Published: Monday 3 March 2068', '', 'The insurer has agreed to pay 71.5 crore rupees to soybean farmers for last season’s rain damage.', '', 'Norrbacka Metall will lay off 310 people at the flooded mine.'].join('\n'),
    });
    expect(answerFromStories('How much has the insurer agreed to pay the soybean farmers?', claims).text).toMatch(/^71\.5 crore rupees — /);
    expect(answerFromStories('How large a fine did the inspectorate impose on Norrbacka Metall?', claims).kind).toBe('abstained');
  });

  it('reads a sum told with its zone’s letters before the unit ("1.48 billion CFA francs")', () => {
    const niger = fixtureStoriesMentioning('tests/fixtures/fresh/round56/wire/stories', 'meningitis');
    expect(answerFromStories('what did the meningitis jabs campaign end up costing niger', niger).text).toMatch(/^1\.48 billion CFA francs — /);
  });

  it('reads a sum by any currency’s sign, the guaraní’s too: "₲180 million" counts no health posts', () => {
    const vaccine = libraryOf({
      'alert.txt': [
        'Suspect vaccine lot recalled',
        'Published: 12 October 2057',
        '',
        'Replacing the doses and the extra work at health posts will cost ₲240 million, more than our first estimate of ₲180 million.',
      ].join('\n'),
    });
    expect(answerFromStories('To how many health posts had doses from the suspect lot been delivered?', vaccine).kind).toBe('abstained');
    expect(answerFromStories('What will replacing the doses cost?', vaccine).text).toMatch(/^₲240 million — /);
  });

  it('answers "what will it cost" with the sum, read with its country letters and "m"', () => {
    expect(answerFromStories('What will the flooding cost Ironbark in lost output?', mine).text).toMatch(/^About A\$55m — /);
  });

  it('answers "what %" with a share, not with a head count', () => {
    expect(answerFromStories('wat % of the union voted to accept?', mine).text).toMatch(/^78% — /);
  });

  it('does not take a distance that says where a place is for an amount of anything', () => {
    expect(answerFromStories('How much water got into the Carrabeen mine?', mine).kind).toBe('abstained');
  });

  it('does not answer a question about this year with a figure for next year', () => {
    expect(answerFromStories('How much is the council spending this year?', mine).kind).toBe('abstained');
  });
});

describe('the things a question names', () => {
  const raids = libraryOf({
    'cash.txt': ['Police recover cash from van robbery', ' date 1998-10-08 By Staff Wire', '', 'Police have recovered about 1.3 million rand, including 400,000 rand found during a raid in Tembisa township on Tuesday.'].join('\n'),
    'museum.txt': ['Stolen Dutch paintings still missing', ' date 1998-10-08 By Staff Wire', '', 'Thieves took four paintings from the Hoorneveld museum, the museum said Wednesday.'].join('\n'),
  });

  it('abstains when the answering sentence is about another thing ("where was the recovered painting found" → where cash was found)', () => {
    expect(answerFromStories('where was the recovered painting found', raids).kind).toBe('abstained');
  });

  it('answers when the thing is in the sentence, a neighbour or the title', () => {
    expect(answerFromStories('where was the recovered cash found?', raids).text).toMatch(/Tembisa/);
  });

  it('does not ask for the things of the question’s premise ("if the pump wasn’t the problem, …")', () => {
    const pool = fixtureStoriesMentioning('tests/fixtures/fresh/round46/dev/stories');
    const answer = answerFromStories('so if the pump wasnt the problem where did the gas come from', pool);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^A chemical delivery that went into the wrong tank — /);
  });
});

describe('who is asked for', () => {
  it('does not answer "who was running X" with X itself', () => {
    const bank = libraryOf({ 'bank.txt': ['Bank taken over', ' date 1998-03-05 By Staff Wire', '', 'The Bank of Thailand took control of Siam Pacific Bank on Tuesday after it ran short of cash.'].join('\n') });
    expect(answerFromStories('who took over siam pacific?', bank).text).toMatch(/^The Bank of Thailand — /);
  });
});

describe('who did something', () => {
  it('is not whom the report is attributed to at its end ("…, deputy police chief Sok Vuthy told reporters")', () => {
    const boat = fixtureStoriesMentioning('tests/fixtures/fresh/round420/wire/stories', 'Tonle Sap');
    expect(answerFromStories('Who was steering the boat when it overturned?', boat).text).not.toMatch(/^Sok Vuthy\b/);
  });

  it('is not a lake named before its kind ("Cambodia\'s Tonle Sap lake")', () => {
    const boat = fixtureStoriesMentioning('tests/fixtures/fresh/round420/wire/stories', 'Tonle Sap');
    expect(answerFromStories('Who was steering the boat when it overturned?', boat).text).not.toMatch(/^Tonle Sap\b/);
  });

  it('is whom a report is attributed to when the question asks who holds his post', () => {
    const locusts = libraryOf({ 'locusts.txt': ['Locusts', ' date 1998-03-05 By Staff Wire', '', 'About 60,000 hectares had been counted twice, said Hery Rakotomalala, director of the national locust centre.'].join('\n') });
    expect(answerFromStories('Who runs the national locust centre?', locusts).text).toMatch(/^Hery Rakotomalala\b/);
  });
});

describe('what an action took', () => {
  it('leads with what the asked verb takes: "what did the operator offer?" → "4 percent"', () => {
    const strike = libraryOf({
      'strike.txt': [
        'Tram drivers walk out in pay dispute',
        ' date 2025-03-03 By Ruth Hale City Desk',
        '',
        'The drivers are demanding a 9 percent pay rise, while the operator, Metrolink, has offered 4 percent, the union said.',
      ].join('\n'),
    });
    expect(answerFromStories('What did Metrolink offer the drivers?', strike).text).toMatch(/^4 percent — /);
  });
});

describe('names of the asked kind', () => {
  const avalanche = libraryOf({
    'avalanche.txt': [
      'Avalanche buries hotel in Alpine valley',
      ' date 1998-02-10 By Staff Alpine Wire',
      '',
      'Many of the guests were tourists from Belgium who had been in their rooms when the avalanche hit the Hotel Edelweiss in Valtenau.',
      '',
      'A Danish skier was pulled alive from the snow near Mount Kessler by rescuers late on Tuesday.',
    ].join('\n'),
  });

  it('does not answer "where" with where people came from ("tourists from Belgium")', () => {
    expect(answerFromStories('Where did the avalanche hit the hotel?', avalanche).text).not.toMatch(/^Belgium\b/);
  });

  it('does not answer "who" with a nationality or a mountain', () => {
    const text = answerFromStories('Who was pulled alive from the snow?', avalanche).text;
    expect(text).not.toMatch(/^(Danish|Mount Kessler)\b/);
  });
});

describe('when', () => {
  it('does not answer "when" with the day something was said', () => {
    const bridge = libraryOf({
      'bridge.txt': ['Old bridge back in use', ' date 2025-05-08 By Staff Valley Courier', '', 'The county council said on Wednesday that the Mill Lane bridge had reopened to traffic after repairs.'].join('\n'),
    });
    expect(answerFromStories('When did the Mill Lane bridge reopen?', bridge).text).not.toMatch(/^Wednesday\b/);
  });
});

describe('bare figures', () => {
  const recall = libraryOf({
    'recall.txt': [
      'Scooter maker widens battery recall',
      ' date 2025-06-06 By Piet Smit Lowlands Business',
      '',
      'Voltrek widened its recall of scooter batteries on Friday after the number of fires rose to 17, the company said.',
      '',
      'Owners of the recalled batteries should stop charging them at once.',
    ].join('\n'),
  });

  it('counts what the nearest "number of …" before them names, not the question’s noun further back', () => {
    expect(answerFromStories('How many batteries has Voltrek recalled?', recall).text).not.toMatch(/^17\b/);
  });

  it('count the noun after "number of" though it reads like a participle ("the number of accused held … at 34")', () => {
    const court = fixtureStoriesMentioning('tests/fixtures/fresh/round319/dev/stories', 'Onamutai');
    expect(answerFromStories('How many accused were finally found to have been held beyond their remand dates?', court).text).toMatch(/^34 — /);
  });
});

describe('a count of the dead named by their fate ("the number of dead")', () => {
  it('counts the people asked about ("The commission has settled the number of dead at seven")', () => {
    const plant = fixtureStoriesMentioning('tests/fixtures/fresh/round370/dev/stories', 'Zarafshon');
    expect(answerFromStories('How many people were killed in the Zarafshon Kimyo explosion, by the final count?', plant).text).toMatch(/^Seven — The commission has settled the number of dead at seven\./);
  });
});

describe('a limit asked with its verb ("allowed to hold")', () => {
  it('is told without the verb ("The club’s occupancy permit allowed 180 people")', () => {
    const club = fixtureStoriesMentioning('tests/fixtures/fresh/round506/dev/stories', 'Marahuyo');
    expect(answerFromStories('How many people was Club Marahuyo allowed to hold?', club).text).toMatch(/^180 people — /);
  });
});

describe('a count named by a compound after "number of"', () => {
  it('counts the compound’s last noun, past a possessive ("the number of fishermen’s fuel subsidy cards refused … at 2,450")', () => {
    const cards = fixtureStoriesMentioning('tests/fixtures/fresh/round496/dev/stories', 'SénéPay');
    expect(answerFromStories('How many fuel subsidy cards were finally found to have been affected by the faulty update?', cards).text).toMatch(/^2,450 — /);
  });
});

describe('a part counted out of a whole written with a thousands comma', () => {
  it('counts what the whole counts ("97,000 of the 112,000 recalled jars")', () => {
    const jars = fixtureStoriesMentioning('tests/fixtures/fresh/round250/wire/stories');
    expect(answerFromStories('How many of the recalled jars had been handed back or destroyed by March 18?', jars).text).toMatch(/^97,000 — /);
  });
});

describe('a rate', () => {
  it('is no total for a question that asks none ("6 million euros a day" for the latest estimate of the losses)', () => {
    const strike = fixtureStoriesMentioning('tests/fixtures/fresh/round334/dev/stories');
    expect(answerFromStories("What is the exporters' latest estimate of the losses caused by the strike?", strike).text).not.toMatch(/^6 million euros/);
  });
});

describe('a limit set for something', () => {
  it('is what it was built for, not what it now holds ("built for 600 inmates, now holds more than 1,900")', () => {
    const court = fixtureStoriesMentioning('tests/fixtures/fresh/round339/dev/stories');
    expect(answerFromStories('How many inmates is Lira Government Prison designed to hold?', court).text).toMatch(/^600 inmates — /);
  });

  it('is the licensed limit, not the count aboard ("206 on board, including 199 passengers, … its licensed limit of 180 passengers")', () => {
    const ferry = fixtureStoriesMentioning('tests/fixtures/fresh/round342/wire/stories');
    expect(answerFromStories('How many passengers was the ferry permitted to carry?', ferry).text).toMatch(/^180 passengers — /);
  });

  it('is what a club was allowed to let in, not how many were inside ("about 650 people were inside a club permitted to hold 400")', () => {
    const club = fixtureStoriesMentioning('tests/fixtures/fresh/round455/dev/stories', 'Zéphyr');
    expect(answerFromStories('How many people was the Zéphyr Club legally allowed to let in?', club).text).toMatch(/^400 people — /);
  });

  it('is what a dormitory was built to sleep, not who else is named ("built for 80", not "skin-graft operations for four girls")', () => {
    const dormitory = fixtureStoriesMentioning('tests/fixtures/fresh/round490/dev/stories');
    expect(answerFromStories('How many girls was the burned dormitory designed to sleep?', dormitory).text).toMatch(/^80\b/);
  });

  it('is what a warehouse was permitted to store, not how much it held ("some 85,000 bags … had been in the warehouse")', () => {
    const fertiliser = fixtureStoriesMentioning('tests/fixtures/fresh/round481/wire/stories');
    expect(answerFromStories('How many bags was the warehouse permitted to store?', fertiliser).text).not.toMatch(/85,000/);
  });
});

describe('the thing a count asks for', () => {
  it('may be told by a rarer sense’s name ("how many homes" of "3,000 households")', () => {
    const water = fixtureStoriesMentioning('tests/fixtures/fresh/round321/wire/stories', 'Malbagon');
    expect(answerFromStories('How many homes lost their piped water when the utility shut the supply off?', water).text).toMatch(/^About 3,000 households — /);
  });
});

describe('figures inside compounds', () => {
  const canal = libraryOf({
    'canal.txt': [
      'Container ship blocks the Aldersund Canal',
      ' date 2025-06-09 By Lena Holm Harbour Business Daily',
      '',
      'The 334-metre ship has been stuck across the Aldersund Canal since Sunday morning after a steering failure.',
      '',
      'A 12-member salvage team from Rotterdam arrived on Monday to try to refloat the vessel.',
    ].join('\n'),
  });

  it('does not count the noun after a compound with a figure in it ("the 334-metre ship" is one ship)', () => {
    expect(answerFromStories('How many ships are stuck in the Aldersund Canal?', canal).kind).toBe('abstained');
  });

  it('counts the compound’s own noun ("a 12-member team" has 12 members)', () => {
    expect(answerFromStories('How many members does the salvage team from Rotterdam have?', canal).text).toMatch(/^12\b/);
  });
});

describe('differences between counts', () => {
  const ward = libraryOf({
    'measles.txt': [
      'Measles outbreak spreads to a fifth Kelderby school',
      ' date 2025-03-17 By Ruth Adair Kelderby Chronicle',
      '',
      'Nine children with measles are being treated in hospital, two more than on Thursday, public health officials said on Monday.',
    ].join('\n'),
  });

  it('does not give "two more than on Thursday" as the count asked for', () => {
    expect(answerFromStories('As of Monday, how many children with measles were being treated in hospital?', ward).text).toMatch(/^Nine\b/);
  });

  it('gives the difference when the question asks for one', () => {
    expect(answerFromStories('How many more children with measles are being treated in hospital than on Thursday?', ward).text).toMatch(/^Two\b/i);
  });
});

describe('a measure compared with another', () => {
  it('does not give "70 kilometres longer" as how long something is', () => {
    const tunnel = fixtureStoriesMentioning('tests/fixtures/fresh/round421/dev/stories', 'Sabzikamar');
    // r421s3: "Traffic has been sent over the old road across the Sabzikamar pass, which is 70 kilometres longer …"
    expect(answerFromStories('How long is the Sabzikamar tunnel?', tunnel).kind).toBe('abstained');
  });

  it('gives the difference when the question asks how much longer', () => {
    const detour = libraryOf({ 'detour.txt': ['Pass road reopens', ' date 2068-09-20 By Staff Wire', '', 'Lorries must take the old road across the pass, which is 70 kilometres longer than the tunnel route.'].join('\n') });
    expect(answerFromStories('How much longer is the old road across the pass than the tunnel route?', detour).text).toMatch(/^70 kilometres\b/);
  });
});

describe('an average', () => {
  it('is not answered by a total ("the total paid in excess is settled at 2,600 million guaraníes")', () => {
    const pensions = fixtureStoriesMentioning('tests/fixtures/fresh/round420/dev/stories');
    expect(answerFromStories('What is the average monthly pension paid by the fund?', pensions).kind).toBe('abstained');
  });

  it('is answered by a figure told as one', () => {
    const pensions = libraryOf({ 'fund.txt': ['Port pension fund', ' date 2068-08-02 By Staff Wire', '', 'The fund pays 1,875 pensioners an average of 2.1 million guaraníes a month.'].join('\n') });
    expect(answerFromStories('What is the average monthly pension paid by the fund?', pensions).text).toMatch(/^2\.1 million guaraníes\b/);
  });
});

describe('an age that picks out whom a count is of', () => {
  it('is not the count ("pensioners aged over eighty, about 310 of the 1,875")', () => {
    const pensions = fixtureStoriesMentioning('tests/fixtures/fresh/round420/dev/stories', 'guaraníes');
    expect(answerFromStories('How many of the overpaid pensioners have been let off repaying because of their age?', pensions).text).toMatch(/^About 310\b/);
  });
});

describe('what is left of a count', () => {
  const prison = libraryOf({
    'prison.txt': [
      'Guards return to work after prison tunnel escape',
      ' date 1998-09-11 By Staff Reporter Asuncion Wire',
      '',
      'The other five guards who were suspended after the breakout have returned to work, the interior ministry said.',
    ].join('\n'),
  });

  it('does not count all the suspended guards with "the other five"', () => {
    expect(answerFromStories('How many guards were suspended after the breakout?', prison).kind).toBe('abstained');
  });
});

describe('times that qualify a noun', () => {
  const battery = libraryOf({
    'battery.txt': [
      'Carmaker recalls 90,000 cars over battery fires',
      ' date 2025-10-16 By Daniel Hurst The Northern Ledger',
      '',
      'Owners will get a replacement battery, the carmaker said, and analysts said the recall would wipe out most of this year’s expected profit.',
    ].join('\n'),
  });

  it('does not answer "when" with "this year’s" in "this year’s expected profit"', () => {
    expect(answerFromStories('When will owners get a replacement battery?', battery).kind).toBe('abstained');
  });
});

describe('people', () => {
  it('does not name a day as the person asked about', () => {
    const girl = libraryOf({ 'girl.txt': 'Gondola riders rescued\n\nThe 9-year-old girl taken to hospital in Inverness was discharged on Monday.' });
    expect(answerFromStories('whats the name of the girl who was taken to hospital in Inverness', girl).kind).toBe('abstained');
  });
});

describe('how much', () => {
  it('is never answered with a head count when it names no thing to measure', () => {
    // Held-out round 7's art-theft reports: the gallery "receives some 60,000 visitors a year".
    const theft = fixtureStoriesMentioning('tests/fixtures/fresh/round7/wire/stories', 'Amadei');
    expect(answerFromStories('how much were the stolen paintings insured for?', theft).kind).toBe('abstained');
  });
});

describe('share questions', () => {
  const war = libraryOf({
    'war.txt': [
      'Front line barely moves in winter',
      ' date 2025-02-03 By Olga Marchenko Eastern Desk',
      '',
      'In total, the army has recovered almost 9,000 bodies of its soldiers from territory the enemy controls, officials said.',
      '',
      'Analysts said the front line had barely moved since November.',
    ].join('\n'),
  });

  it('does not answer "how much of the territory" with a head count', () => {
    expect(answerFromStories('How much of the territory does the enemy control?', war).kind).toBe('abstained');
  });
});

describe('cause questions', () => {
  const bridge = libraryOf({
    'bridge.txt': [
      'Footbridge falls into the Arun',
      ' date 2025-09-02 By Tom Hale Sussex Courier',
      '',
      'Part of the Mill Lane footbridge in Arundel fell into the river on Monday morning, minutes after the last walkers had crossed, the council said.',
      '',
      'Engineers said the failure was caused by corroded steel cables that had not been inspected since 2019.',
      '',
      'The council said the bridge would stay closed until a replacement was built.',
    ].join('\n'),
  });

  it('answers with the sentence giving the cause, though it names the event in other words', () => {
    const answer = answerFromStories('What caused the Mill Lane footbridge to fall into the river?', bridge);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/corroded steel cables/);
  });

  it('reads "died of" as a stated cause of death', () => {
    const storm = libraryOf({
      'storm.txt': [
        'Ice storm leaves thousands without heat',
        ' date 2025-01-12 By Ann Rowe Valley Courier',
        '',
        'The ice storm brought down power lines across the valley on Friday, and crews were still working on Sunday, the utility said.',
        '',
        'Police said they were investigating whether a crash on Route 9 on Friday was linked to the storm.',
        '',
        'Three people have died of hypothermia in unheated homes since the storm, the county said.',
      ].join('\n'),
    });
    expect(answerFromStories('What killed the three people who died after the ice storm?', storm).text).toMatch(/hypothermia/);
  });

  it('does not give a cause the report does not state', () => {
    expect(answerFromStories('What caused the Mill Lane footbridge to be closed?', bridge).text).not.toMatch(/corroded/);
  });
});

describe('which one', () => {
  it('abstains on "what make of car" when no sentence names one, rather than quote one about the thieves’ car', () => {
    const raid = fixtureStoriesMentioning('tests/fixtures/fresh/round5/wire/stories', 'museum');
    expect(answerFromStories('what make of car were the museum thieves driving?', raid).kind).toBe('abstained');
  });
});

describe('a sum of money in any currency', () => {
  const stake = libraryOf({
    'stake.txt': [
      'Auditors value ferry stake above sale price',
      'Published: Thursday 23 April 1998',
      '',
      'The State Audit Office said the government’s 34 percent stake in the ferry line had been worth about 720 million kroons when it was sold.',
      '',
      'The stake was sold in March to a Cypriot company.',
    ].join('\n'),
  });

  it('answers "what is it worth" with the kroons, a currency WordNet knows and no list here names', () => {
    expect(answerFromStories('what was the ferry stake worth according to the auditors?', stake).text).toMatch(/^About 720 million kroons — /);
  });

  it('does not take the share for the sum', () => {
    expect(answerFromStories('what was the ferry stake worth according to the auditors?', stake).text).not.toMatch(/^34\b/);
  });

  it.each([
    ['7.1 million U.S. dollars', /^About 7\.1 million/],
    ['3.2 million Swiss francs', /^About 3\.2 million Swiss francs/],
    ['40 million Hong Kong dollars', /^About 40 million Hong Kong dollars/],
  ])('reads "%s", a currency with its country before it, as a sum', (sum, expected) => {
    const outage = libraryOf({ 'o.txt': `Dam shutdown cost put at ${sum}\nPublished: Monday 10 August 1998\n\nThe shutdown cost the state power company about ${sum} in lost sales, the ministry said.` });
    expect(answerFromStories('what did the shutdown cost the power company', outage).text).toMatch(expected);
  });
});

describe('what a sum of money was', () => {
  const bakery = libraryOf({
    'bakery.txt': [
      'Bakery chain counts cost of outbreak',
      'Published: Tuesday 17 February 2026',
      '',
      'Hartley’s Bakehouse founder Tony Hartley said the salmonella outbreak had cost Hartley’s Bakehouse about A$1.2 million in lost sales and wasted stock.',
    ].join('\n'),
  });

  it('is not a fine when the sentence says what something cost', () => {
    expect(answerFromStories('How much has Hartley’s Bakehouse been fined over the salmonella outbreak?', bakery).kind).toBe('abstained');
  });

  it('is what the outbreak cost, asked as a cost', () => {
    expect(answerFromStories('How much has the salmonella outbreak cost Hartley’s Bakehouse?', bakery).text).toMatch(/^About A\$1\.2 million — /);
  });

  it('may be a penalty when the question asks what someone has to pay, and is never the share it was cut by ("by 10% to €19.8 million")', () => {
    // r14s3_c: "… which cut its penalty by 10% to €19.8 million".
    const cartel = fixtureStoriesMentioning('tests/fixtures/fresh/round14/dev/stories', 'cement');
    expect(answerFromStories('how much does cimentos do mondego have to pay', cartel).text).toMatch(/^€19\.8 million — /);
  });

  it('is the sum as reported, not its conversion in brackets ("5 million guaranies (about $1,800)")', () => {
    const reward = libraryOf({
      'reward.txt': ['Paraguay offers reward for escaped inmates', 'Published: Friday 26 June 1998', '', 'The government offered a reward of 5 million guaranies (about $1,800) for information leading to the capture of any of the fugitives.'].join('\n'),
    });
    expect(answerFromStories('what reward has the government offered for information on the fugitives?', reward).text).toMatch(/^5 million guaranies — /);
  });

  it('is no reward when the question asks what something was insured for', () => {
    const art = fixtureStoriesMentioning('tests/fixtures/fresh/round7/wire/stories', 'Verona');
    expect(answerFromStories('how much were the stolen paintings insured for?', art).kind).toBe('abstained');
  });

  it('is what a contract is worth when the sum is written before it ("a $2.1 million no-bid contract")', () => {
    const recall = fixtureStoriesMentioning('tests/fixtures/fresh/round14/dev/stories', 'ParkSure');
    expect(answerFromStories('in the first report how much was the parksure parking contract worth', recall).text).toMatch(/^\$2\.1 million/);
  });
});

describe('a cause', () => {
  const tram = libraryOf({
    'tram.txt': [
      'Overhead wire comes down on new tram line',
      'Published: Tuesday 11 March 2025',
      '',
      'Services on the Redmarsh tram extension were suspended on Monday evening after a section of overhead wire fell near the Hollin Bank stop.',
      '',
      'Engineers said the overhead wire fell because a clamp holding it had been fitted the wrong way round.',
    ].join('\n'),
  });

  it('is not what the asked event itself caused ("suspended after a section of overhead wire fell")', () => {
    expect(answerFromStories('what made the overhead wire fall down on the redmarsh tram?', tram).text).not.toMatch(/^Services on the Redmarsh tram extension were suspended/);
  });

  it('is the sentence that gives one for the asked event', () => {
    expect(answerFromStories('why did the overhead wire fall?', tram).text).toMatch(/because a clamp holding it had been fitted the wrong way round/);
  });
});

describe('what something sold for', () => {
  it('is a price: a sentence saying only when it was sold is no answer', () => {
    const recall = libraryOf({ 'recall.txt': ['Battery recall widened', 'Published: Friday 6 June 2025', '', 'The recall covers the PowerPack 540 battery sold between March 2023 and January 2025 in the Netherlands.'].join('\n') });
    expect(answerFromStories('What did a PowerPack 540 battery sell for?', recall).kind).toBe('abstained');
  });
});

describe('which one', () => {
  it('is named by the sentence beside the kind asked ("the Lykia Garden Hotel"), not by a nationality or a governor', () => {
    const fire = fixtureStoriesMentioning('tests/fixtures/fresh/round11/wire/stories', 'Kemer');
    // (What the gates pick; in these three reports alone the answer is doubted: see answer-doubt.test.ts.)
    expect(weighAnswer('which hotel burned in kemer', fire).answer.text).toMatch(/Lykia Garden Hotel/);
  });

  it('is not answered by a sentence whose only names are days ("what make of car fell into the sinkhole?")', () => {
    const sinkhole = fixtureStoriesMentioning('tests/fixtures/fresh/round6/dev/stories', 'sinkhole');
    expect(answerFromStories('what make of car fell into the sinkhole?', sinkhole).kind).toBe('abstained');
  });

  it('asked as "name of the …" wants a name: a sentence naming nobody is no answer', () => {
    const jail = fixtureStoriesMentioning('tests/fixtures/fresh/round6/wire/stories', 'inmates');
    expect(answerFromStories('name of the inmate killed in the shootout?', jail).kind).toBe('abstained');
  });
});

describe('a name asked without its accents', () => {
  it('is the name the stories write with them, and a figure a correction withdrew is not its answer', () => {
    // r14s3_b: "… lowered the fine it imposed on Betão Atlântico … to €17.1 million"; r14s3_c's correction note withdraws €19.6 million.
    const cartel = fixtureStoriesMentioning('tests/fixtures/fresh/round14/dev/stories', 'cement');
    expect(answerFromStories('How much was Betao Atlantico fined?', cartel).text).toMatch(/^€17\.1 million — /);
  });
});

describe('who holds an office', () => {
  it('is not the initials of what the question names ("TCR" for Thames & Cotswold Railway)', () => {
    const rail = fixtureStoriesMentioning('tests/fixtures/fresh/round15/dev/stories', 'Cotswold');
    expect(answerFromStories("who's the md of thames & cotswold railway", rail).text).not.toMatch(/^TCR\b/);
  });
});

describe('what did not happen', () => {
  const fund = libraryOf({
    'fund.txt': [
      'Pension fund misses payday',
      'Published: Saturday 26 September 2026',
      '',
      'The Calderside fund pays 41,300 pensioners who once worked for 38 councils.',
      '',
      'Its administrator said the September payments had been sent late.',
    ].join('\n'),
  });

  it('is not answered by a count of what did happen ("the fund pays 41,300 pensioners" for who didn\'t get paid)', () => {
    expect(answerFromStories('how many pensioners didnt get paid by calderside', fund).kind).toBe('abstained');
  });

  it('is answered by a sentence that says so ("did not receive", "left unpaid")', () => {
    const unpaid = libraryOf({ 'unpaid.txt': 'Pensioners left unpaid\n\nPublished: Monday 28 September 2026\n\nThe Calderside fund said 7,900 pensioners were left unpaid on payday.' });
    expect(answerFromStories('how many pensioners didnt get paid by calderside', unpaid).text).toMatch(/^7,900 pensioners — /);
  });
});

describe('who leads something', () => {
  const firm = libraryOf({
    'firm.txt': [
      'Fund blames administrator for missed payday',
      'Published: Tuesday 29 September 2026',
      '',
      'About 2,600 pensioners were not paid, the Calderside fund said, after its administrator Trellis missed a deadline at Torran Bay.',
      '',
      'Trellis managing director Graeme Passmore said the firm would meet the cost.',
    ].join('\n'),
  });

  it('is the person given a leader’s role beside the name ("Trellis managing director Graeme Passmore")', () => {
    expect(answerFromStories("who's the boss at trellis", firm).text).toMatch(/^Graeme Passmore — /);
  });

  it('is never a place or a firm the sentence names without a leader’s role', () => {
    expect(answerFromStories('who runs calderside', firm).kind).toBe('abstained');
  });

  it('is not the leader of something else the role names ("chair of the River Brennan fishery board" for who runs Kelvaig)', () => {
    const loch = libraryOf({ 'loch.txt': 'Salmon escape from Kelvaig farm\n\nPublished: Tuesday 10 November 2026\n\nAbout 68,000 salmon escaped from the Kelvaig farm, said Fiona Mackinlay, chair of the River Brennan Fishery Board.' });
    expect(answerFromStories('who runs kelvaig', loch).kind).toBe('abstained');
  });

  it('is never the person the question names ("where the fight over Mayor Tallis is heading")', () => {
    const recall = libraryOf({ 'recall.txt': 'Recall heads to voters\n\nPublished: Thursday 2 April 2026\n\nThe fight over Mayor Gregory Tallis is heading to the voters after the recall campaign won in court.' });
    expect(answerFromStories("who's leading the recall campaign against tallis", recall).kind).toBe('abstained');
  });
});

describe('when something happens', () => {
  it('is not the day a sentence gives for something else ("announced a hosepipe ban on Tuesday" for when it kicks in)', () => {
    const ban = libraryOf({ 'ban.txt': 'Hosepipe ban announced\n\nPublished: Wednesday 20 August 2025\n\nWessendale Water announced a hosepipe ban on Tuesday as levels at Ashcombe Reservoir fell.' });
    expect(answerFromStories('when does the ashcombe hosepipe ban kick in', ban).kind).toBe('abstained');
  });

  it('is the day the sentence gives for the asked event ("will not reopen until June 26")', () => {
    const bridge = libraryOf({ 'bridge.txt': 'Bridge stays shut\n\nPublished: Tuesday 12 May 2026\n\nCity engineers now say the Water Street bridge will not reopen until June 26.' });
    expect(answerFromStories('when is the water street bridge reopening', bridge).text).toMatch(/June 26/);
  });

  const road = libraryOf({
    'road.txt': 'Mountain road shut by wreck\n\nPublished: Tuesday 10 March 2026\n\nThe provincial engineer said the Carhuaz road should reopen to traffic by Monday, March 16, once the wreck has been lifted.',
  });

  it('is never a forecast day when the question asks when it happened ("should reopen by Monday" for "when did the road open again")', () => {
    expect(answerFromStories('when did the carhuaz road open to traffic again', road).kind).toBe('abstained');
  });

  it('is the forecast day when the question asks about the forecast', () => {
    expect(answerFromStories('when is the carhuaz road expected to reopen to traffic', road).text).toMatch(/March 16/);
  });

  it('is a year when the question asks "what year", never a weekday', () => {
    const ward = libraryOf({
      'ward.txt': 'Ward closed\n\nPublished: Saturday 3 October 2026\n\nThe children’s ward at Port Lewin Hospital closed to new admissions on Friday, October 2. The hospital opened in 1974.',
    });
    expect(answerFromStories('what year did port lewin hospital open', ward).text).toMatch(/^1974\b/);
    expect(answerFromStories('what year did the port lewin ward close', ward).kind).toBe('abstained');
  });
});

describe('a price per thing, a volume, a yes or no', () => {
  const cartel = libraryOf({
    'cartel.txt': [
      'Cement makers fined €41.6 million for fixing prices',
      'Published: Monday 16 November 2026',
      '',
      'The competition authority fined two cement producers a total of €41.6 million for fixing prices for six years.',
      '',
      'One of them has also set aside €6 million to settle damages claims from municipalities.',
    ].join('\n'),
  });

  it('does not answer what a tonne costs with a sum the story gives for something else', () => {
    expect(answerFromStories('what does a tonne of cement cost in portugal now', cartel).kind).toBe('abstained');
  });

  it('answers a price per tonne with the sum the story gives a tonne', () => {
    const priced = libraryOf({ 'p.txt': 'Cement prices rise\nPublished: Monday 16 November 2026\n\nCement now costs builders about €92 a tonne, up from €80 in the spring.\n\nThe cartel fine was €41.6 million.' });
    expect(answerFromStories('what does a tonne of cement cost now', priced).text).toMatch(/^(?:About )?€92 — /);
  });

  const rockfall = libraryOf({
    'r.txt': [
      'Rockfall shuts mountain road',
      'Published: Tuesday 8 September 1998',
      '',
      'A geologist found fresh cracks in the cliff about 200 metres above the road.',
      '',
      'The road will stay closed while crews clear the rock.',
    ].join('\n'),
  });

  it('does not answer "how many cubic metres" with a height in metres', () => {
    expect(answerFromStories('how many cubic metres of rock came down on the road', rockfall).kind).toBe('abstained');
  });

  it('gives no "yes" from a sentence that states only part of what was asked', () => {
    const barge = libraryOf({
      'b.txt': [
        'Barge refloated on the Danube',
        'Published: Friday 18 September 1998',
        '',
        'Officials said a shifted buoy had led the ore barge out of the Danube fairway near Gonyu.',
        '',
        'Salvage crews refloated the barge on Thursday.',
      ].join('\n'),
    });
    expect(answerFromStories('did any fuel leak into the danube from the barge', barge).kind).toBe('abstained');
  });

  it('reads a sum in a currency written with its country letters ("EC$95,000")', () => {
    const regrade = libraryOf({ 'e.txt': 'Exam council counts cost of regrade\nPublished: Thursday 27 August 2026\n\nThe Council estimates the cost of the re-check at about EC$95,000.' });
    expect(answerFromStories('how much is the regrade costing the exam council', regrade).text).toMatch(/^(?:About )?EC\$95,000 — /);
  });
});

describe('who someone is, and when something happens', () => {
  const loan = libraryOf({
    'l.txt': [
      'Gallery says damaged painting will take months to restore',
      'Published: Tuesday 14 July 2026',
      '',
      'Museum Oudehaven, which lent the painting, holds the largest collection of the artist’s work.',
      '',
      'Gallery director Niamh Tierney said paintings conservator Dr Clare Mulvihill would restore the canvas in Dublin.',
    ].join('\n'),
  });

  it('answers "who’s the restorer working on …" with a person, never a museum', () => {
    const answer = answerFromStories('who is the restorer working on the painting', loan);
    expect(answer.text).not.toMatch(/^Museum Oudehaven/);
  });

  const festival = libraryOf({
    'f.txt': [
      'Festival moves its washed-out final day',
      'Published: Friday 24 July 2026',
      '',
      'Wyndle Sunday Returns will no longer happen on 23 August, the organisers said.',
      '',
      'Ticket holders will be told the new date next week.',
    ].join('\n'),
  });

  it('does not give a day the sentence says it will not happen on, nor a day that is part of a name', () => {
    expect(answerFromStories('when is the rearranged wyndle sunday happening now', festival).kind).toBe('abstained');
  });

  it('keeps "not before" as the earliest day', () => {
    const backlog = libraryOf({ 'b.txt': 'Postal backlog to last into January\nPublished: Wednesday 30 December 1998\n\nThe backlog of Christmas mail will not be cleared before Jan. 11, the postal company said.' });
    expect(answerFromStories('when will the christmas mail backlog be cleared', backlog).text).toMatch(/Jan\. 11/);
  });
});

describe('a cause of the asked event, not what the event caused', () => {
  const rebooked = [
    'Clinic rebooks patients after reminder text mix-up',
    'Published: Thursday 12 November 2026',
    '',
    'Every patient who missed an appointment because of wrong reminder texts from Harlow Clinic has been offered a new one.',
    '',
    'The clinic said about 900 appointments were missed.',
  ].join('\n');
  const reminders = libraryOf({ 'a.txt': rebooked });

  it('does not give "Eight people died as a result of the fire" as what started the fire', () => {
    const hospital = fixtureStoriesMentioning('tests/fixtures/fresh/round421/dev/stories', 'Ak-Tash-Sai');
    expect(answerFromStories('What was first blamed for starting the hospital fire?', hospital).text).not.toMatch(/as a result of the fire/);
  });

  it('abstains rather than give the sentence whose cause is the asked event itself', () => {
    expect(answerFromStories('so why were the reminder texts an hour out, really', reminders).kind).toBe('abstained');
  });

  it('gives the cause once a sentence states it', () => {
    const found = libraryOf({
      'a.txt': rebooked,
      'b.txt': [
        'Reminder texts were wrong because of a clock change in Ireland',
        'Published: Friday 20 November 2026',
        '',
        'The reminder texts from Harlow Clinic gave the wrong times because of a clock change in Ireland, where the texting firm runs its servers.',
      ].join('\n'),
    });
    expect(answerFromStories('so why were the reminder texts an hour out, really', found).text).toMatch(/clock change in Ireland/);
  });
});

describe('a figure asked for each one of something', () => {
  const plasma = libraryOf({
    'plasma.txt': [
      'Plasma firm checks its centres',
      'Published: 12 March 2039',
      '',
      'HemaVia Plazma collects about 190,000 litres of plasma a year at its eleven centres, the company said.',
      '',
      'Its newest centre, in Kolín, collects about 9,000 litres a year.',
    ].join('\n'),
  });

  it('is not the total of all of them ("HemaVia Plazma collects about 190,000 litres of plasma a year at its eleven centres")', () => {
    expect(answerFromStories('How many litres of plasma does each HemaVia centre collect in a year?', plasma).text).not.toMatch(/^(?:about )?190,000/i);
  });

  it('is told for one of them ("Its newest centre, in Kolín, collects about 9,000 litres a year")', () => {
    expect(answerFromStories('How many litres of plasma does the newest centre collect each year?', plasma).text).toMatch(/^(?:about )?9,000 litres/i);
  });
});

describe('the cause of a delay', () => {
  it('is no answer to why the event happened ("work would not begin before March 2 because the swells were still too strong")', () => {
    const port = fixtureStoriesMentioning('tests/fixtures/fresh/round155/wire/stories');
    expect(answerFromStories('According to the ministry engineer, why did the breakwater give way?', port).text).not.toMatch(/would not begin before March 2/);
  });
});

describe('the cause of a revised figure', () => {
  it('is no answer to why the event happened ("the cost … at 3.4 billion leva, up from an earlier estimate of 2.6 billion, because of the larger area")', () => {
    const moths = fixtureStoriesMentioning('tests/fixtures/fresh/round155/wire/stories');
    expect(answerFromStories('Why was the spraying able to start before the date the committee had set?', moths).text).not.toMatch(/up from an earlier estimate/);
  });
});

describe('a yes or no on the asked action', () => {
  const shipping = libraryOf({
    's.txt': [
      'Freighter loses containers in storm',
      'Published: Tuesday 8 December 1998',
      '',
      'The freighter Baltic Tern lost 40 containers in the North Sea on Sunday after their lashings gave way, the owner said.',
      '',
      'The containers held furniture and car parts.',
    ].join('\n'),
  });

  it('abstains when no sentence states the action asked about', () => {
    expect(answerFromStories('was the cargo on the baltic tern insured', shipping).kind).toBe('abstained');
  });

  it('answers when the sentence states it', () => {
    expect(answerFromStories('did the baltic tern lose any containers', shipping).text).toMatch(/^Yes/);
  });
});

describe('money asked as "money"', () => {
  it('answers "how much money" with the sum, though no story writes the word', () => {
    const grants = libraryOf({ 'a.txt': 'Flood grants doubled\nPublished: Monday 2 March 2026\n\nThe regional government is paying £2,000 to each flooded household in Aberfal.' });
    expect(answerFromStories('How much money is the regional government paying each flooded household in Aberfal?', grants).text).toMatch(/^£2,000/);
  });
});

describe('a cause the asker sets aside', () => {
  const trees = libraryOf({
    'a.txt': [
      'Storms blamed for lost street trees',
      'Published: Monday 2 June 2025',
      '',
      'The council said 1,900 street trees were lost in Carnholt because of the storms of the last two winters.',
    ].join('\n'),
  });

  it('does not give the cause the question rules out', () => {
    expect(answerFromStories('why were so many trees lost in carnholt if it wasnt the storms', trees).kind).toBe('abstained');
  });

  it('gives it when the question does not rule it out', () => {
    expect(answerFromStories('why were so many trees lost in carnholt', trees).text).toMatch(/^The council said 1,900 street trees were lost in Carnholt because of the storms/);
  });
});


describe('when something returns', () => {
  const airport = libraryOf({
    'a.txt': [
      'Cargo plane overruns runway, airport shut',
      'Published: Thursday 17 September 1998',
      '',
      "Kampot's airport was closed on Wednesday after a cargo plane overran the runway while landing in heavy rain.",
    ].join('\n'),
  });

  it('does not give the day it stopped for the day it started again', () => {
    expect(answerFromStories('when did kampot airport get planes landing again', airport).kind).toBe('abstained');
  });

  it('gives the day a report tells the return', () => {
    const reopened = libraryOf({
      'a.txt': ['Kampot airport reopens', 'Published: Monday 21 September 1998', '', "Planes were landing again at Kampot's airport on Sunday after the wrecked cargo plane was towed off the runway."].join('\n'),
    });
    expect(answerFromStories('when did kampot airport get planes landing again', reopened).text).toMatch(/^Sunday/);
  });
});

describe('who holds an office, as chat shortens it', () => {
  const warehouse = libraryOf({
    'a.txt': [
      'Freezer failure spoils vaccine',
      'Published: Monday 2 November 2026',
      '',
      'Neil Rennick, general manager of Prairie Crest Pharmacy Distribution, said the warehouse never lost power that weekend.',
    ].join('\n'),
  });

  it('reads "gm" as general manager and answers with the holder, not the company the office is of', () => {
    expect(answerFromStories("who's the gm at prairie crest", warehouse).text).toMatch(/^Neil Rennick — /);
  });
});

describe('measures and prices as chat asks them', () => {
  const stage = libraryOf({
    's.txt': [
      'Stage roof falls during set-up',
      'Published: Friday 12 June 2026',
      '',
      'The wind gauge on the stage recorded no more than 19 km/h at the time, the promoter said.',
      '',
      'Tickets for the Arena Lungomare show cost €65 each, and 18,000 were sold.',
    ].join('\n'),
  });

  it('does not give a speed ("19 km/h") for a height', () => {
    const gauge = libraryOf({ 'g.txt': 'Stage roof falls during set-up\nPublished: Friday 12 June 2026\n\nThe wind gauge on the stage that collapsed recorded no more than 19 km/h at the time.' });
    expect(answerFromStories('how tall was the stage that collapsed', gauge).kind).toBe('abstained');
  });

  it('answers "how much were tickets" with the price, not how many were sold', () => {
    expect(answerFromStories('how much were tickets for the arena lungomare show', stage).text).toMatch(/^€65/);
  });
});

describe('a cause the question sets aside', () => {
  it('does not rule out the sentence that clears it before giving the cause ("the steering was working normally, and the ship hit the rocks because …")', () => {
    const ferry = libraryOf({
      'ferry.txt':
        'Wrong course put ferry on rocks\nPublished: Wednesday 19 August 1998\n\nThe ministry said the steering of the ferry Thalassini was working normally, and that the ship hit the rocks because the wrong course had been entered into its navigation system.',
    });
    expect(answerFromStories('how did the ferry end up on the rocks if the steering was ok', ferry).text).toMatch(/wrong course/);
  });
});

describe('a weight', () => {
  const tiger = libraryOf({
    'tiger.txt': 'Circus tiger still loose\nPublished: Monday 7 September 1998\n\nThe tiger, Sultao, was still at large on Monday. Sultao weighs about 190 kg, police said.',
  });

  it('is answered with a figure in a unit of weight', () => {
    expect(answerFromStories('how heavy is sultao the tiger', tiger).text).toMatch(/^About 190 kg\b|^190 kg\b/i);
  });

  it('is never a sentence without one', () => {
    const loose = libraryOf({ 'tiger.txt': 'Circus tiger still loose\nPublished: Monday 7 September 1998\n\nThe tiger, Sultao, was still at large on Monday.' });
    expect(answerFromStories('how heavy is sultao the tiger', loose).kind).toBe('abstained');
  });
});

describe('the day first given', () => {
  it('is the day first planned, never the day it was put back to', () => {
    // Held-out round 25: "the opening of the market, planned for Thursday, Nov. 26, would be put back to Tuesday, Dec. 1".
    const market = fixtureStoriesMentioning('tests/fixtures/fresh/round25/wire/stories', 'market');
    expect(answerFromStories('when was the christmas market first meant to open', market).text).toMatch(/^Thursday, Nov(?:ember|\.) 26 — /);
  });

  it('is not the day an operator admitted something ("the metro operator admitted on Wednesday")', () => {
    const metro = fixtureStoriesMentioning('tests/fixtures/fresh/round58/dev/stories', 'Wielogr');
    expect(answerFromStories('what date did the metro give in its very first update for every escalator to be fixed', metro).text).not.toMatch(/^Wednesday\b/);
  });
});

describe('the first plan, not the one that replaced it', () => {
  it('does not answer "when did they originally promise" from the sentence that moved the date', () => {
    const points = libraryOf({
      'p.txt': 'Points restore delayed\nPublished: Monday 9 November 2026\n\nBalances will now not be restored before Monday 23 November, more than two weeks later than promised, the supermarket said.',
    });
    expect(answerFromStories('when did the supermarket originally promise balances would be restored', points).kind).toBe('abstained');
  });

  it('is never the day the thing did happen ("first expect to be loading again" is not "loading resumed on Thursday 13 August")', () => {
    const terminal = fixtureStoriesMentioning('tests/fixtures/fresh/round80/dev/stories', 'Ostrovița');
    expect(answerFromStories('When did the Ostrovița terminal first expect to be loading vessels again?', terminal).text).not.toMatch(/^Thursday 13 August/);
    expect(answerFromStories('On what date had the terminal first planned to load ships again?', terminal).text).not.toMatch(/^Thursday 13 August/);
  });
});

describe('who did something, not the thing asked about', () => {
  it('does not answer "which company sends the granger falls texts" with Granger Falls’ own hospital', () => {
    const texts = fixtureStoriesMentioning('tests/fixtures/fresh/round39/dev/stories', 'Granger Falls');
    expect(answerFromStories('which company actually fires off the granger falls appointment texts', texts).text).toMatch(/^Carrow Messaging — /);
  });

  it('does not answer with the body the question names, in other words ("The City of Merriton" for "who did merriton blame")', () => {
    const app = libraryOf({
      'app.txt': 'Parking app charged twice\n\nPublished: Monday 7 December 2026\n\nThe City of Merriton blamed the double charges on its card processor, Harborline Payments.',
    });
    expect(answerFromStories('who did merriton blame for the double charges', app).text).toMatch(/^Harborline Payments — /);
  });

  it('does not answer which country a cargo came from with a city ("Basra")', () => {
    const acid = loadLibrary('tests/fixtures/fresh/round419/dev/stories');
    expect(answerFromStories('Which country was the leaking acid shipped from?', acid).text).not.toMatch(/^Basra/);
  });

  it('does not answer who steered a craft with the craft’s name', () => {
    const tug = fixtureStoriesMentioning('tests/fixtures/fresh/round42/wire/stories', 'Kiliya');
    expect(answerFromStories('who was skippering the ukrainian tug', tug).text).toMatch(/^Oleksandr Bondar — /);
  });
});

describe('the cause as last told', () => {
  it('is never a report looking back on the cause first blamed', () => {
    const ballot = libraryOf({
      'a.txt': 'Union ballot miscounted\nPublished: Monday 2 March 2026\n\nThe miscount at Brennock was caused by a scanner reading some papers twice, the union said.',
      'b.txt': 'Union ballot: members demand rerun\nPublished: Friday 13 March 2026\n\nMembers at Brennock want a rerun of the ballot. The union had earlier blamed the scanner for the miscount at Brennock.',
    });
    expect(answerFromStories('so what actually caused the miscount at brennock', ballot).text).not.toMatch(/had earlier blamed/);
  });
});

describe('a newer report that names its subject only in its masthead', () => {
  it('gives the final figure of a bulletin whose dated line names the airline', () => {
    const flights = fixtureStoriesMentioning('tests/fixtures/fresh/round45/dev/stories', 'Wrenfield');
    expect(answerFromStories('how many wrenfield flights were cancelled in the end', flights).text).toMatch(/^1,795 — /);
  });
});


describe('an earlier figure beside the answer', () => {
  it('is never a rate ("900 flights a day") beside a count of what happened', () => {
    const flights = fixtureStoriesMentioning('tests/fixtures/fresh/round45/dev/stories', 'Wrenfield');
    expect(answerFromStories('how many wrenfield flights got scrapped in the end', flights).text).not.toMatch(/900 flights/);
  });
});

describe('a figure for every day or week', () => {
  const strike = libraryOf({
    's.txt': 'Sugar strike ends\nPublished: Thursday 12 March 1998\n\nThe Belle Vale factory resumed grinding on Thursday, and the strike cost the company 82 million Jamaican dollars.',
  });

  it('is not answered with a total', () => {
    expect(answerFromStories('how much does a cane cutter at belle vale make a day', strike).kind).toBe('abstained');
  });

  it('is answered with a rate', () => {
    const wages = libraryOf({ 'w.txt': 'Cane cutters’ pay\nPublished: Thursday 12 March 1998\n\nA cane cutter at Belle Vale makes about 1,400 Jamaican dollars a day, the union said.' });
    expect(answerFromStories('how much does a cane cutter at belle vale make a day', wages).text).toMatch(/^About 1,400 Jamaican dollars/);
  });
});

describe('a sum written with its currency code', () => {
  const funicular = libraryOf({
    'cable.txt': [
      'Worn haul cable keeps Hohflue funicular shut',
      'Published: Friday 29 May 2026',
      '',
      'The haul cable of the Hohflue funicular must be replaced before the line can reopen, the railway said on Friday.',
      '',
      'The company now puts the cost at CHF 1.45 million, up from CHF 380,000, because the whole cable must be replaced.',
    ].join('\n'),
  });

  it('answers what it costs with the sum and its code ("CHF 1.45 million")', () => {
    expect(answerFromStories('How much is the Hohflue cable costing the company now?', funicular).text).toMatch(/^CHF 1\.45 million — /);
  });
});

describe('how many people, counted as the kind of people they were', () => {
  const cave = libraryOf({
    'cave.txt': ['Ice cave tours called off for the season', 'Published: Monday 2 March 2026', '', 'In total, 741 guests lost their ice cave tour at Sveipjökull, the operator said on Monday.'].join('\n'),
  });

  it('answers with a count of guests, whom WordNet files under persons', () => {
    expect(answerFromStories('How many people lost their ice cave tour at Sveipjökull?', cave).text).toMatch(/^741 guests — /);
  });
});

describe('an estimate asked for as a forecast', () => {
  const airport = libraryOf({
    'airport.txt': ['Airport closed to departures after fuel contamination', 'Published: Monday 14 September 2026', '', 'Loon Narrows Regional Airport remains closed to all departures, the airport authority said on Monday.', '', "The authority's first estimate of the cost of the closure, including fuel disposal, cleaning and lost fees, is $450,000."].join('\n'),
  });

  it('answers "what did they estimate it would cost" with the estimate', () => {
    expect(answerFromStories('What did the Loon Narrows airport authority first estimate the closure would cost?', airport).text).toMatch(/^\$450,000 — /);
  });
});

describe('how high, not how far away', () => {
  const volcano = libraryOf({
    'volcano.txt': ['Volcano erupts on New Britain', 'Agence France-Presse -- 2 March 1998', '', 'KIMBE, Papua New Guinea, March 2 (AFP) - The volcano, about 40 km (25 miles) east of the provincial capital Kimbe, began throwing out ash and rocks shortly after 4 a.m.'].join('\n'),
  });

  it('does not answer how high the ash rose with how far the volcano is from a town, its conversion in brackets between', () => {
    expect(answerFromStories('How high did the column of ash from the volcano rise?', volcano).kind).toBe('abstained');
  });
});

describe('a kind of the thing asked about', () => {
  // s2_b: "Portugal's civil aviation authority, ANAC, said its investigation would examine both the cause of the failure and the airline's treatment of passengers."
  const outage = fixtureStoriesMentioning('tests/fixtures/dev/stories', 'Aurelia');

  it('answers "how the airline treated travellers" from a sentence about passengers, and takes a body’s initials for its name', () => {
    expect(answerFromStories('Which watchdog is looking into how the airline treated travellers?', outage).text).toMatch(/^ANAC — /);
  });
});

describe('a count of a kind of the thing asked about', () => {
  const flood = libraryOf({
    'flood.txt': ['Glacial lake flood report', 'Published: Friday 4 September 2026', '', 'A final report by the Home Ministry said the flood from the glacial lake destroyed 196 houses in the valley.'].join('\n'),
  });

  it('answers "how many homes" with a count of houses', () => {
    expect(answerFromStories('How many homes did the glacial lake flood destroy?', flood).text).toMatch(/^196 houses — /);
  });
});

describe('a cause of something else in the report of the asked event', () => {
  // Round 70's sheep ship: "most of the deaths were caused by heat stress while the ship lay at anchor" is in the
  // report of the ship turned away, and names none of what was asked.
  const ship = fixtureStoriesMentioning('tests/fixtures/fresh/round70/wire/stories', 'Corriedale Star');

  it('is no answer to why the ship was turned away', () => {
    expect(answerFromStories('Why did the Gulf state refuse to let the livestock off the ship?', ship).kind).toBe('abstained');
  });
});

describe('a figure of something else than the one asked about', () => {
  it('does not answer "how many visitors in a normal year" with this week\'s bookings', () => {
    const mine = libraryOf({
      'mine.txt': 'Salt mine shuts visitor route\nPublished: Tuesday 6 October 2026\n\nWIELOSOL — The Wielosol salt mine has closed its visitor route after part of a chamber ceiling fell.\n\nAbout 3,600 people had booked tours of the Wielosol mine for the rest of this week, and the mine is offering them refunds.',
    });
    expect(answerFromStories('Roughly how many people tour the Wielosol salt mine in a normal year?', mine).kind).toBe('abstained');
  });

  it('does not answer how high a volcano is with how high its ash was thrown', () => {
    const volcano = libraryOf({
      'volcano.txt': 'Volcano erupts south of capital\nPublished: 2 June 1998\n\nThe Chiquimay volcano began erupting late on Sunday, throwing a column of ash about four kilometres into the sky and showering hot stones on the villages below.',
    });
    expect(answerFromStories('How high is the Chiquimay volcano?', volcano).kind).toBe('abstained');
  });
});

describe('what an asked verb takes', () => {
  it('is never a clause ("centre will end at 6 a") read off a noun that is also a verb', () => {
    // Round 75's stories (the controllers' strike: "… the strike at the Lussanges control centre will end at 6 a.m. on Friday …")
    const strike = fixtureStoriesMentioning('tests/fixtures/fresh/round75/dev/stories', '');
    expect(answerFromStories('What were the Lussanges controllers protesting against?', strike).text).not.toMatch(/^Centre will end/);
  });
});

describe('a level of pay asked for', () => {
  it('is not answered by a share the rate was cut by ("how much are they paid for each tonne they cut")', () => {
    const cane = libraryOf({
      'cane.txt': 'Fiji cane cutters end strike\nPublished: 10 July 1998\n\nLABASA — The deal, signed in Labasa on July 9, cuts the rate for each tonne of cane cut and loaded by 5 percent instead of 15 percent.',
    });
    expect(answerFromStories('How much are the Labasa cane cutters paid for each tonne they cut?', cane).text).not.toMatch(/^5 percent/);
  });
});

describe('a number that names something', () => {
  it('counts nothing ("Grade 12 students" are not 12 students)', () => {
    const exam = libraryOf({
      'exam.txt': 'Printing error mars maths exam\nPublished: Monday 15 June 2026\n\nGrade 12 students found pages missing from their mathematics examination booklets on Thursday, the board said.',
    });
    expect(answerFromStories('How many students found pages missing from their mathematics examination booklets?', exam).text).not.toMatch(/^12 students/);
  });
});

describe('a place asked by its adjective', () => {
  it('is found as the place the stories name ("which Chilean region" of stories that say "Chile" or name the region)', () => {
    const salmon = fixtureStoriesMentioning('tests/fixtures/fresh/round83/dev/stories', 'Colhuel');
    const answer = answerFromStories('In which Chilean region are the Colhuel salmon farms?', salmon);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/Aysén/);
  });

  it('quotes the question back as it was asked', () => {
    const locusts = fixtureStoriesMentioning('tests/fixtures/fresh/round83/wire/stories', 'locust');
    const answer = answerFromStories('How many Ethiopian farmers lost their sorghum?', locusts);
    expect(answer.question).toBe('How many Ethiopian farmers lost their sorghum?');
  });
});

describe('a thing asked by its kind', () => {
  it('is counted by a kind of it ("how many stranded vehicles" of stories that count lorries)', () => {
    const strike = fixtureStoriesMentioning('tests/fixtures/fresh/round82/wire/stories', 'Klaipeda');
    const answer = answerFromStories("How many stranded vehicles did the road hauliers' association count?", strike);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^1,600\b/);
  });
});

describe('a figure with its compound noun', () => {
  it('is shown with the whole noun ("58 examination centres", not "58 examination")', () => {
    const leak = fixtureStoriesMentioning('tests/fixtures/fresh/round82/dev/stories', 'centres');
    const answer = answerFromStories('In the end, at how many examination centres had candidates seen the chemistry questions before the original sitting?', leak);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^58 examination centres — /);
  });
});

describe('the first day of an event', () => {
  it('is answered by the first report ("on the first day of the walkout" → the 300 lorries waiting by midday)', () => {
    const strike = fixtureStoriesMentioning('tests/fixtures/fresh/round82/wire/stories', 'Klaipeda');
    const answer = answerFromStories('On the first day of the walkout, roughly how many lorries were waiting at the Klaipeda terminal?', strike);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^About 300 lorries/);
  });
});

describe('a figure told of the opposite', () => {
  it('does not answer how many stayed open with a count of those closed, nor private schools with public ones', () => {
    const strike = fixtureStoriesMentioning('tests/fixtures/fresh/round85/wire/stories', 'Nicaragua');
    expect(answerFromStories("How many private schools stayed open during the teachers' strike?", strike).kind).toBe('abstained');
  });

  it('still answers what did not happen with its opposite ("not getting paid" → "left unpaid")', () => {
    const pay = libraryOf({ 'pay.txt': 'Teachers unpaid\nPublished: 3 March 1998\n\nKAMPALA — An inquiry found that 22,400 teachers were wrongly left unpaid, the ministry said.' });
    expect(answerFromStories('how many teachers ended up not getting paid', pay).text).toMatch(/^22,400 teachers — /);
  });
});

describe('a return told as a state since a day', () => {
  it('answers when trams ran again with the day they have been running since', () => {
    const trams = fixtureStoriesMentioning('tests/fixtures/fresh/round83/dev/stories', 'Lipovín');
    const answer = answerFromStories('On what date did trams run through the damaged Lipovín junction again?', trams);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^Saturday 11 September — /);
  });
});

describe('a total told with its parts', () => {
  const milk = libraryOf({
    'milk.txt': 'Dairy co-operative report\nPublished: Friday 23 October 2026\n\nMilk from 436 supplier farms was disposed of: 412 farms whose milk was in Silos 3 and 4, and 24 farms on the second tanker run.',
  });

  it('answers with the total, not a part, when no part is asked for', () => {
    expect(answerFromStories('Altogether, how many farms had their milk discarded?', milk).text).toMatch(/^436 supplier farms — /);
  });

  it('answers with the part the question asks for', () => {
    expect(answerFromStories('How many farms on the second tanker run had their milk discarded?', milk).text).toMatch(/^24 farms — /);
  });
});

describe('a measure restated', () => {
  it('is never a count that happens to be near it ("one cable is no cable" restates no length)', () => {
    const cable = fixtureStoriesMentioning('tests/fixtures/fresh/round84/dev/stories', 'cable');
    expect(answerFromStories('How long is the Namele cable from one end to the other?', cable).text).not.toMatch(/^One cable/);
  });
});

describe('the best answer that tells of what is asked', () => {
  it('is taken when a better-scored one is from a report that never names it ("which firm took over baggage handling …")', () => {
    const bags = fixtureStoriesMentioning('tests/fixtures/fresh/round89/dev/stories', 'Scaldis');
    const answer = answerFromStories('Which firm took over baggage handling for Scaldis flights at Brussels?', bags);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^Hangaard Aviation Services — /);
  });
});

describe('who was blamed', () => {
  const vaccine = libraryOf({
    'niger.txt': 'Meningitis campaign slow\nPublished: 3 March 1998\n\nNIAMEY — Health Minister Saidou Hamani had blamed villagers for refusing the vaccine, but an inquiry found the teams had run out of fuel.',
  });

  it('is whoever the sentence blames, not whoever else it names', () => {
    expect(answerFromStories('who did the health minister blame at the start for the slow vaccinations', vaccine).text).toMatch(/^Villagers — /);
  });

  it('is the one named beside what was blamed ("had blamed the cabin attendant, Gilles Perrier, for braking too late")', () => {
    const crash = fixtureStoriesMentioning('tests/fixtures/fresh/round51/wire/stories', 'Valmorin');
    expect(answerFromStories('who got the blame for the cable car smash at first', crash).text).toMatch(/^Gilles Perrier — /);
  });

  it('is the cause a correction sets aside when nobody is said to have blamed it ("…, not a stoppage organised by bus owners, caused …")', () => {
    const lima = fixtureStoriesMentioning('tests/fixtures/fresh/round57/wire/stories', 'Lima');
    expect(answerFromStories('who did the peruvian govt blame the bus strike on at first', lima).text).toMatch(/^A stoppage organised by bus owners — /);
  });
});

describe('a count told as "the number of X … to N"', () => {
  it('counts the last noun of a compound ("the number of unit holders affected … to 22,650" counts holders)', () => {
    const fund = libraryOf({
      'fund.txt': [
        'Fund update',
        'Published 10 January 2028',
        '',
        'There are 4,250 of them, not the 4,600 estimated by the Association, which brings the number of unit holders affected by the suspension to 22,650.',
        '',
        'The fund paid €126 million to unit holders who had asked to redeem.',
      ].join('\n'),
    });
    const answer = answerFromStories('How many unit holders were affected by the suspension of the fund?', fund);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^22,650 — /);
  });
});

describe('a thing the reports name by its kind', () => {
  it('is found by the name they give it ("a second mass of sargassum" for seaweed, as they call it "sargassum seaweed")', () => {
    const tobago = libraryOf({
      'a.txt': 'Beach closed\nPublished 7 June 2027\n\nThe Division has closed Brigand Bay after heavy mats of sargassum seaweed came ashore on the windward coast.',
      'b.txt': 'Second wave\nPublished 17 June 2027\n\nA second and larger mass of sargassum reached the windward coast on Tuesday 15 June, undoing a week of clearing.',
    });
    const answer = answerFromStories('On which day did the second, larger mass of seaweed reach the windward coast?', tobago);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^Tuesday 15 June — /);
  });
});

describe('a source’s figure in a paragraph about a disputed count', () => {
  it('counts what the paragraph says is disputed ("The number of people made ill … is in dispute. … The Council says 52 people have needed help")', () => {
    const gas = fixtureStoriesMentioning('tests/fixtures/fresh/round94/dev/stories', 'Brigand');
    const answer = answerFromStories('How many residents sickened by the gas did the Brigand Point village council count?', gas);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^52 people — /);
  });
});

describe('who was held responsible', () => {
  it('is who a relative clause blames ("apologised to the valve maker, Válvulas Serra Azul, which it had blamed")', () => {
    const cookers = libraryOf({
      'cookers.txt': [
        'Lid fault, not valves, behind cooker accidents',
        'Published 28 June 2027',
        '',
        'Tests by the national standards institute found that the lids had been milled too shallow.',
        '',
        'Utilar has apologised to the valve maker, Válvulas Serra Azul, which it had blamed for the accidents.',
      ].join('\n'),
    });
    const answer = answerFromStories('Which firm did Utilar wrongly hold responsible for the accidents?', cookers);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^Válvulas Serra Azul — /);
  });
});


describe('what happened to those counted', () => {
  const outbreak = fixtureStoriesMentioning('tests/fixtures/fresh/round95/wire/stories', 'Paraguay');

  it('must be told of them: cattle vaccinated are no answer to how many were destroyed', () => {
    expect(answerFromStories('In the end, how many cattle were destroyed because of the Paraguayan outbreak?', outbreak).text).not.toMatch(/^310,000/);
  });

  it('must be told in the figure’s own clause ("…, but the ministry spared the herds on four neighbouring ranches")', () => {
    const answer = answerFromStories('How many ranches were ultimately found to be infected in northern Paraguay?', outbreak);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^14 infected ranches — /);
  });
});

describe('what a plant held and how far a storm went', () => {
  const survey = libraryOf({
    'leak.txt': [
      'Ammonia leak at fish plant',
      'Published 3 March 1998',
      '',
      'The plant manager said a valve burst while the refrigeration system was being defrosted, and about four tonnes of ammonia escaped.',
      '',
      'A single tornado touched down 1.2 km south-west of Olšová Lhota and crossed the southern part of Tešnice.',
    ].join('\n'),
  });

  it('abstains on how much a system held when only what escaped is told', () => {
    expect(answerFromStories('How much ammonia did the plant’s refrigeration system hold before the leak?', survey).kind).toBe('abstained');
  });

  it('never answers how far a tornado travelled with where it touched down ("1.2 km south-west of Olšová Lhota")', () => {
    const tornado = fixtureStoriesMentioning('tests/fixtures/fresh/round96/dev/stories', 'Tešnice');
    expect(answerFromStories('How far did the tornado travel along the ground, according to the meteorologists’ survey?', tornado).text).not.toMatch(/^1\.2 km/);
  });
});

describe('a figure under a factsheet’s label', () => {
  it('counts what the label names ("Homes damaged: 455"), and "the final inspection" is no source to find', () => {
    const survey = fixtureStoriesMentioning('tests/fixtures/fresh/round96/dev/stories', 'Tešnice');
    const answer = answerFromStories('How many homes did the final inspection find had been damaged by the tornado?', survey);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^455 — /);
  });

  it('counts what a bulleted label names ("• Total supply points cut off: 47,850"), as of its page\'s date', () => {
    const meters = fixtureStoriesMentioning('tests/fixtures/fresh/round119/dev/stories', 'supply points');
    expect(answerFromStories('What is the final count of supply points that the smart meters cut off?', meters).text).toMatch(/^47,850 — /);
  });

  it('counts nothing the label does not name ("Properties held: 26" is no count of unit holders)', () => {
    const fund = libraryOf({ 'fund.txt': 'Fund factsheet\nPublished 10 January 2028\n\nProperties held: 26.\n\nThe fund paid €126 million to unit holders who had asked to redeem.' });
    expect(answerFromStories('How many unit holders does the fund have?', fund).text).not.toMatch(/^26\b/);
  });
});


describe('a name joined of two places ("the Kars-Erzurum highway")', () => {
  it('is named by a report that writes the places apart ("the highway between Kars and Erzurum")', () => {
    const blizzard = fixtureStoriesMentioning('tests/fixtures/fresh/round195/wire/stories', 'Erzurum');
    expect(answerFromStories('On what date did the Kars-Erzurum highway reopen?', blizzard).text).toMatch(/^Wednesday, Feb 11 — /);
  });
});

describe('a thing named by a code ("car park P3", "its A321neo fleet")', () => {
  it('is not answered by a sentence naming another code of its letters ("a temporary car park, P7 East, with 1,200 spaces")', () => {
    const airport = fixtureStoriesMentioning('tests/fixtures/fresh/round122/dev/stories', 'car park');
    expect(answerFromStories('How many parking spaces will the rebuilt car park P3 offer?', airport).kind).toBe('abstained');
  });

  it('is found though the index reads it as letters and a number', () => {
    const airline = fixtureStoriesMentioning('tests/fixtures/fresh/round101/dev/stories', 'A321neo');
    expect(answerFromStories('By what date did Rimba Air originally expect to finish checking the wiring across its A321neo fleet?', airline).kind).toBe('answered');
  });

  it('that no story writes is said to be missing', () => {
    const airport = fixtureStoriesMentioning('tests/fixtures/fresh/round122/dev/stories', 'car park');
    expect(answerFromStories('How many spaces does car park P9 have?', airport).text).toMatch(/don’t say anything about “P9”/);
  });
});

describe('a figure beside another in its sentence', () => {
  it('counts what its own clause after "and" tells ("At least 11 gold panners were killed and about 50 are feared trapped")', () => {
    const mine = fixtureStoriesMentioning('tests/fixtures/fresh/round125/wire/stories');
    expect(answerFromStories('When the collapse was first reported, about how many gold panners were feared trapped?', mine).text).toMatch(/^About 50 — /);
  });

  it('is not part of a figure a register left out ("its register left out 21 men of a crew from Mali")', () => {
    const mine = fixtureStoriesMentioning('tests/fixtures/fresh/round125/wire/stories');
    expect(answerFromStories("According to the gold diggers' own association, how many men were underground?", mine).text).toMatch(/^110 men — /);
  });
});

describe('a part asked of a whole ("how many of the X were Y")', () => {
  it('is not answered by the count of the whole ("arrested nine people" for how many of them were sent back to prison)', () => {
    const tags = fixtureStoriesMentioning('tests/fixtures/fresh/round124/dev/stories');
    expect(answerFromStories('How many of the people arrested for breaches were sent back to prison?', tags).kind).toBe('abstained');
  });

  it('reads the part without how it came to be known ("eventually found to be too tall for the new doors")', () => {
    const station = fixtureStoriesMentioning('tests/fixtures/fresh/round128/dev/stories');
    expect(answerFromStories("How many of the brigade's vehicles were eventually found to be too tall for the new doors?", station).text).toMatch(/^Two vehicles — /);
  });

  it('reads the part without the count it is asked by ("to be demolished, by the final count")', () => {
    const coast = fixtureStoriesMentioning('tests/fixtures/fresh/round133/dev/stories');
    expect(answerFromStories('How many of the homes on Marram Road are to be demolished, by the final count?', coast).text).toMatch(/^Nine — /);
  });

  it('takes the part, not the whole named first ("Of the 37 scales taken away in May, 34 had been tampered with")', () => {
    const market = fixtureStoriesMentioning('tests/fixtures/fresh/round117/dev/stories');
    expect(answerFromStories("How many of the market's scales were ultimately confirmed as having been tampered with?", market).text).toMatch(/^34 — /);
  });

  it('is answered by a clause that tells the part', () => {
    const fire = libraryOf({ 'fire.txt': 'Car park fire\nPublished: Monday 2 March 2026\n\nThe fire destroyed 140 cars, and 12 of the destroyed cars were electric, the fire service said on Monday.' });
    expect(answerFromStories('How many of the cars destroyed in the car park fire were electric?', fire).text).toMatch(/^12\b/);
  });
});

describe('what a count missed', () => {
  it('is no count of its own ("The council had missed 11 businesses that closed without asking it for help")', () => {
    const island = fixtureStoriesMentioning('tests/fixtures/fresh/round128/dev/stories');
    expect(answerFromStories("According to the island's business chamber, how many businesses had been forced to shut?", island).text).not.toMatch(/^11 businesses/);
  });
});

describe('a sum and its conversion', () => {
  it('answers with the sum as reported, never the conversion in brackets ("58 million lempiras (4.4 million dollars)")', () => {
    const fire = fixtureStoriesMentioning('tests/fixtures/fresh/round137/wire/stories');
    expect(answerFromStories("What was the government's final estimate of the losses, in lempiras?", fire).text).toMatch(/^58 million lempiras — /);
  });

  it('knows a currency by a plural WordNet lacks, so its conversion after ", or" does not answer ("5.9 million reais, or about 5.2 million dollars")', () => {
    const bridge = fixtureStoriesMentioning('tests/fixtures/fresh/round138/wire/stories');
    expect(answerFromStories('What did the repairs to the bridge finally cost?', bridge).text).toMatch(/^5\.9 million reais — /);
  });

  it('answers with the sum as reported, never its conversion after a comma and "about" ("5,000 gourdes, about $300, to each bereaved family")', () => {
    const ferry = libraryOf({
      'ferry.txt': ['Ferry toll rises', 'Published: 10 September 1998', '', 'The government has promised 5,000 gourdes, about $300, to each bereaved family.'].join('\n'),
    });
    expect(answerFromStories('How much has the government promised each bereaved family?', ferry).text).toMatch(/^5,000 gourdes — /);
  });
});

describe('a part a count included, told far from the count', () => {
  it('is no count of its own ("The count of 251 kept by the … Offer Holders group included eight students counted twice")', () => {
    const school = fixtureStoriesMentioning('tests/fixtures/fresh/round139/dev/stories');
    expect(answerFromStories("According to the parents' group, how many students had secured places?", school).text).not.toMatch(/^Eight students/);
  });
});

describe('what a count "had counted" beside another count\'s fault', () => {
  it('is that count\'s fault, not its figure ("the group had left out 42 day-case procedures, and the union had counted 36 operations postponed for other reasons")', () => {
    const laundry = fixtureStoriesMentioning('tests/fixtures/fresh/round148/dev/stories');
    expect(answerFromStories("According to the nurses' union, how many surgical procedures had been put off by late September?", laundry).text).not.toMatch(/^36 /);
  });
});

describe('what a figure "counted twice"', () => {
  it('is the figure\'s fault, with or without "had" ("The regional hospital\'s figure of 29 counted five people twice")', () => {
    const spill = loadLibrary('tests/fixtures/fresh/round486/dev/stories');
    expect(answerFromStories('In the end, how many people needed medical help because of the spill?', spill).text).not.toMatch(/^Five people/);
  });
});

describe('a part a figure "includes"', () => {
  it('is no count of its own ("This includes 45 tickets cancelled at the counter, which the supervision service had counted")', () => {
    const lottery = fixtureStoriesMentioning('tests/fixtures/fresh/round166/dev/stories');
    expect(answerFromStories("According to the Tax Administration's lottery supervision service, how many tickets were sold after sales should have stopped?", lottery).text).not.toMatch(/^45 /);
  });
});

describe('the earlier figure a revision starts from', () => {
  it('counts what the revised figure counts ("11,000 head of cattle have died, up from 4,500 a week ago" counts no people)', () => {
    const drought = fixtureStoriesMentioning('tests/fixtures/fresh/round166/wire/stories');
    expect(answerFromStories('How many people have died of hunger in Gaza province during the drought?', drought).kind).toBe('abstained');
  });
});

describe('what a count "had counted" beside another\'s "had not counted"', () => {
  it('is that count\'s fault ("the navy … had not counted six crewmen …; the federation, which had said 44, had counted seven men who had reached the shore")', () => {
    const storm = fixtureStoriesMentioning('tests/fixtures/fresh/round168/wire/stories');
    expect(answerFromStories("According to the fishermen's federation, how many men were lost in the storm?", storm).text).not.toMatch(/^Seven /);
  });
});

describe('those a sentence says were counted twice', () => {
  it('are counted when that is asked ("How many farmers\' names turned out to have been registered at two depots?")', () => {
    const grain = fixtureStoriesMentioning('tests/fixtures/fresh/round180/dev/stories');
    expect(answerFromStories("How many farmers' names turned out to have been registered at two depots?", grain).text).toMatch(/^750 names — /);
  });

  it('are no count of their own ("Nine people had been counted twice, she said")', () => {
    const leak = fixtureStoriesMentioning('tests/fixtures/fresh/round160/wire/stories');
    expect(answerFromStories('According to the city health office, how many people needed treatment after breathing in the gas?', leak).text).not.toMatch(/^Nine /);
  });
});

describe('a number after the thing it names ("cabin 41")', () => {
  it('counts nothing ("the stoppage was triggered by the grip of cabin 41")', () => {
    const cableCar = fixtureStoriesMentioning('tests/fixtures/fresh/round219/dev/stories', 'cabin');
    expect(answerFromStories("On how many cabins were the grips found to be worn past the manufacturer's limit?", cableCar).text).not.toMatch(/^41\b/);
  });
});

describe('a figure whose clause leaves out its verb', () => {
  it('is done what the clause before says, for what its own clause names ("has treated nine people for hypothermia and 23 for injuries from falls on ice")', () => {
    const ice = fixtureStoriesMentioning('tests/fixtures/fresh/round213/dev/stories', 'hypothermia');
    expect(answerFromStories('How many people did the health centre treat for injuries from slipping on ice?', ice).text).toMatch(/^23 — /);
  });
});

describe('a sum paid to "each family that lost a miner"', () => {
  it('is asked as a payment, not as a sum lost ("raised its payment to each bereaved family to 50,000 rand from 20,000 rand")', () => {
    const mine = fixtureStoriesMentioning('tests/fixtures/fresh/round111/wire/stories', 'Witvaal');
    expect(answerFromStories('How much will the mine owner now pay to each family that lost a miner?', mine).text).toMatch(/^50,000 rand — /);
  });
});

describe('those a count has taken off its list', () => {
  it('are no count of their own ("One woman who had been counted among the hurt … has been taken off the list")', () => {
    const crane = fixtureStoriesMentioning('tests/fixtures/fresh/round206/dev/stories');
    expect(answerFromStories('How many people are now counted as injured in the collapse?', crane).text).not.toMatch(/^One /);
  });
});

describe('a figure told with what it wrongly counted', () => {
  it('is not the latest ("The council\'s estimate of 700 tonnes had counted a patch of oil that came from an old wreck")', () => {
    const tanker = fixtureStoriesMentioning('tests/fixtures/fresh/round206/wire/stories', 'tanker');
    expect(answerFromStories('How much oil is now believed to have leaked from the tanker?', tanker).text).not.toMatch(/^700 /);
  });
});

describe('a sum in a currency told by its code or word', () => {
  it('measures "how much" as well as one with a sign or a decimal ("TND 950,000 has been paid …, out of TND 1.1 million set aside")', () => {
    const cattle = fixtureStoriesMentioning('tests/fixtures/fresh/round198/dev/stories', 'TND');
    expect(answerFromStories('How much compensation has actually been paid to farmers so far?', cattle).text).toMatch(/^TND 950,000 — /);
  });
});

describe('a bare figure after a count of its own noun', () => {
  it('counts what the count before it counts, and is done what its own clause says ("Four people died and 196 were taken ill")', () => {
    const feast = fixtureStoriesMentioning('tests/fixtures/fresh/round189/wire/stories', 'Osh');
    expect(answerFromStories('How many people in total fell ill, according to the agreed final count?', feast).text).toMatch(/^196 — /);
  });
});

describe('a bare figure its clause names as "the number of" something', () => {
  it('is no count of residents when it names another count ("lowered the number of people treated in hospital … to 141")', () => {
    const baku = fixtureStoriesMentioning('tests/fixtures/fresh/round100/wire/stories', 'Baku');
    expect(answerFromStories("According to Baku's health department, how many residents had lost their running water?", baku).text).toMatch(/^About 900,000 people — /);
  });
});

describe('those a sentence says were counted in two places', () => {
  it('are no count of their own ("lowered from 214 after 18 people who had been counted in both Osh and Jalal-Abad were removed")', () => {
    const feast = fixtureStoriesMentioning('tests/fixtures/fresh/round189/wire/stories', 'Osh');
    expect(answerFromStories('How many people in total fell ill, according to the agreed final count?', feast).text).not.toMatch(/^18 /);
  });
});

describe('what a count was told to have dropped', () => {
  it('is no count of its own, told actively ("after the joint survey removed four houses from the municipality\'s list")', () => {
    const quarry = fixtureStoriesMentioning('tests/fixtures/fresh/round251/dev/stories');
    expect(answerFromStories('How many houses were finally confirmed as damaged by the blast?', quarry).text).not.toMatch(/^Four houses/);
  });
});

describe('a yearly figure', () => {
  it('is no count of the event asked about ("rockfalls during the monsoon kill dozens of people … each year")', () => {
    const sikkim = fixtureStoriesMentioning('tests/fixtures/fresh/round271/wire/stories');
    expect(answerFromStories('What was the final death toll from the rockfall?', sikkim).text).toMatch(/^13 — /);
  });
});

describe('one registered at two places', () => {
  it('is no count of its own ("because one miner had been registered at two hospitals")', () => {
    const shaft = fixtureStoriesMentioning('tests/fixtures/fresh/round270/wire/stories');
    expect(answerFromStories('How many miners are now known to have died in the cage fall?', shaft).text).not.toMatch(/^One miner/);
  });
});

describe('a person’s age between commas', () => {
  it('counts nothing ("The man, 58, had a long-standing liver illness")', () => {
    const outbreak = fixtureStoriesMentioning('tests/fixtures/fresh/round267/dev/stories');
    expect(answerFromStories('How many people have died in the hepatitis E outbreak?', outbreak).text).not.toMatch(/^58\b/);
  });

  it('counts nothing told as "a boy of 12" either', () => {
    const stand = fixtureStoriesMentioning('tests/fixtures/fresh/round330/wire/stories', 'Gonaives');
    expect(answerFromStories('How many deaths did police report in their initial account of the collapse?', stand).text).not.toMatch(/^12\b/);
  });
});

describe('a speed', () => {
  it('is no length ("gusts of up to 122 kilometres per hour" for "how many kilometres of power line")', () => {
    const storm = fixtureStoriesMentioning('tests/fixtures/fresh/round257/wire/stories');
    expect(answerFromStories('How many kilometres of power line were brought down by the storm?', storm).text).not.toMatch(/122/);
  });
});

describe('a change asked "by how much"', () => {
  it('is not answered by the level it came to ("struck water at 140 metres" against "has fallen by eleven metres")', () => {
    const wells = fixtureStoriesMentioning('tests/fixtures/fresh/round242/dev/stories');
    expect(answerFromStories('By how much has the water table under the village dropped over the past year?', wells).text).toMatch(/^Eleven metres — /);
  });
});

describe('a house number after its street', () => {
  it('counts nothing ("the Edifício Gaivota, Rua dos Pescadores 17, on Saturday evening")', () => {
    const balcony = fixtureStoriesMentioning('tests/fixtures/fresh/round258/dev/stories');
    expect(answerFromStories('How many people were standing on the balcony when it gave way, according to the municipal engineer?', balcony).text).not.toMatch(/^17\b/);
  });
});

describe('what a count wrongly held', () => {
  const town = libraryOf({
    'health.txt': [
      'Leptospirosis toll revised',
      'Published: 28 August 2057',
      '',
      'SAN CELESTINO — One patient first listed as a leptospirosis death was found by laboratory tests to have died of dengue.',
      '',
      'The town has opened two more rehydration points.',
    ].join('\n'),
  });

  it('is no count of its own ("One patient first listed as a leptospirosis death was found … to have died of dengue")', () => {
    expect(answerFromStories('How many people died of leptospirosis in San Celestino, according to the final count?', town).kind).toBe('abstained');
  });

  it('answers when the mistake is asked', () => {
    expect(answerFromStories('How many patients were wrongly listed as leptospirosis deaths in San Celestino?', town).text).toMatch(/^One patient — /);
  });
});

describe('what a count counted twice', () => {
  it('is no count of its own ("the company\'s figure of 9,500 had counted 1,700 miners who ride twice a day as two people")', () => {
    const cable = fixtureStoriesMentioning('tests/fixtures/fresh/round132/wire/stories');
    expect(answerFromStories("By the mining company's reckoning, how many people depended on the cable cars every day?", cable).text).not.toMatch(/^1,700/);
  });
});

describe('what a count wrongly included', () => {
  it('is no count of its own ("the union had included about 150 bakeries that had already closed before the strike")', () => {
    const strike = fixtureStoriesMentioning('tests/fixtures/fresh/round130/wire/stories');
    expect(answerFromStories('How many bakeries were finally agreed to have closed during the strike?', strike).text).not.toMatch(/^About 150 bakeries/);
  });
});

describe('a place of the asked kind', () => {
  it('is no country when a province is asked ("In which province is the Kalgonde gold site?" is not "Burkina Faso")', () => {
    const mine = fixtureStoriesMentioning('tests/fixtures/fresh/round125/wire/stories');
    expect(answerFromStories('In which province is the Kalgonde gold site?', mine).text).not.toMatch(/^Burkina Faso/);
  });
});

describe('a figure told with what it wrongly held or missed', () => {
  it('is not the final count ("the fire brigade\'s figure of 1,400 included 137 cars that escaped with soot")', () => {
    const fire = fixtureStoriesMentioning('tests/fixtures/fresh/round122/dev/stories', 'car park');
    expect(answerFromStories('What is the final count of vehicles wrecked or damaged in the car park fire?', fire).text).toMatch(/^1,263 vehicles — /);
  });

  it('nor is one a "but" clause faults ("had counted 6,800 people evacuated, but it left out 1,320 islanders")', () => {
    const flood = fixtureStoriesMentioning('tests/fixtures/fresh/round126/wire/stories');
    expect(answerFromStories('How many people were ultimately counted as evacuated from Puerto Irupe?', flood).text).not.toMatch(/^6,800/);
  });

  it('nor one that "had not included five passengers"', () => {
    const collision = fixtureStoriesMentioning('tests/fixtures/fresh/round98/wire/stories');
    expect(answerFromStories('According to the Red Cross, how many people lost their lives in the Cilanggeng collision?', collision).text).toMatch(/^52 — /);
  });

  it('and a part a bare figure "included" is no count of its own ("the residents\' association\'s 210 included 46 buildings")', () => {
    const tram = fixtureStoriesMentioning('tests/fixtures/fresh/round126/dev/stories');
    expect(answerFromStories('How many buildings along the tram line were finally found to have been damaged?', tram).text).not.toMatch(/^46 buildings/);
  });

  it('is still the figure of the source asked for ("according to the taxpayers\' association" → its 19,000)', () => {
    const tax = fixtureStoriesMentioning('tests/fixtures/fresh/round120/dev/stories', 'taxpayers');
    expect(answerFromStories("According to the taxpayers' association, how many payments went astray?", tax).text).toMatch(/^19,000 — /);
  });
});

describe('a part picked out by a clause', () => {
  it('is never the count of those the clause names ("two of the four villagers who died at home had been poisoned")', () => {
    const poisoning = fixtureStoriesMentioning('tests/fixtures/fresh/round97/wire/stories', 'Samar');
    expect(answerFromStories('What was the final death toll from the shellfish poisoning in Eastern Samar?', poisoning).text).not.toMatch(/^Two\b/);
  });

  it('nor is a death toll counted in anything but people ("… from two bays")', () => {
    const poisoning = fixtureStoriesMentioning('tests/fixtures/fresh/round97/wire/stories', 'Samar');
    expect(answerFromStories('What was the final death toll from the shellfish poisoning in Eastern Samar?', poisoning).text).toMatch(/^Nine people — /);
  });

  it('nor when the clause names them without "who" ("four of the children the hospital had counted turned out to have a chest infection")', () => {
    const cough = fixtureStoriesMentioning('tests/fixtures/fresh/round481/dev/stories');
    expect(answerFromStories('What is the final number of whooping cough cases in the outbreak?', cough).text).not.toMatch(/^Four\b/);
  });
});

describe('a figure said to be part of another', () => {
  const baku = fixtureStoriesMentioning('tests/fixtures/fresh/round100/wire/stories', 'Baku');

  it('is not the count: "the figure of 900,000 included about 150,000 people who never lost their supply"', () => {
    const answer = answerFromStories('According to the figure finally agreed, how many people in the Baku area went without tap water?', baku);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^About 750,000 people — /);
  });

  it('is not the count when a newer report gives it: "the count of 2,100 did not include 760 claims"', () => {
    const insurer = fixtureStoriesMentioning('tests/fixtures/fresh/round103/dev/stories', 'Vejbro');
    const answer = answerFromStories("How many of Vejbro's claims were still open when it went bankrupt, according to the final count?", insurer);
    expect(answer.text).not.toMatch(/^760 /);
  });
});

describe('a depth asked as "the total depth of"', () => {
  it('is not answered by the level a part fell from ("near the 350-metre level")', () => {
    const mine = fixtureStoriesMentioning('tests/fixtures/fresh/round101/dev/stories', 'Birchmere');
    expect(answerFromStories('What is the total depth of the No. 2 shaft at the Birchmere Mine?', mine).kind).toBe('abstained');
  });
});

describe('the whole a part is counted out of', () => {
  it('is not the count of those the sentence tells of ("on 140 of the 412 rafts")', () => {
    const mussels = fixtureStoriesMentioning('tests/fixtures/fresh/round103/dev/stories', 'rafts');
    const answer = answerFromStories('When the Xunta first announced aid for the farmers, on how many rafts had dead mussels been found?', mussels);
    expect(answer.text).not.toMatch(/^412 /);
  });

  it('is not the count of those the sentence tells of when told "out of" it ("counted 96 operators on strike out of 118")', () => {
    const cranes = fixtureStoriesMentioning('tests/fixtures/fresh/round247/dev/stories');
    expect(answerFromStories('What is the accepted figure for the number of crane operators who went on strike?', cranes).text).not.toMatch(/^118\b/);
  });

  it('is the part when the question asks for it ("twelve of the 31 reports")', () => {
    const drones = fixtureStoriesMentioning('tests/fixtures/fresh/round96/dev/stories', 'Sundsholm');
    const answer = answerFromStories('How many of the reports made to the police did investigators judge to be genuine drone sightings?', drones);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^Twelve — /);
  });
});

describe('the whole a part is counted out of, past an owner', () => {
  it('is not the count ("confirmed in 14 of the farm\'s 31 ponds")', () => {
    const carp = fixtureStoriesMentioning('tests/fixtures/fresh/round111/dev/stories', 'Rybnowola');
    const answer = answerFromStories("In the end, in how many of the farm's ponds was the disease actually confirmed?", carp);
    expect(answer.text).not.toMatch(/^31 /);
  });
});

describe('a number that names a grade, a silo or a unit', () => {
  const arrears = libraryOf({
    'arrears.txt': [
      'Unpaid teachers: lessons lost before exams',
      'Published 14 July 2067',
      '',
      'MOHALE\'S HOEK — Teachers in two districts have not been paid since May, their union said on Monday.',
      '',
      'Father Lehlohonolo Phakoe said Standard 7 learners had lost almost two weeks of lessons before their national examinations.',
    ].join('\n'),
  });

  it('counts nothing after a capitalised word ("Standard 7 learners" is a class, not seven learners)', () => {
    expect(answerFromStories('How many learners sat the Standard 7 national examinations in the two districts?', arrears).kind).toBe('abstained');
  });

  it('still reads a body\'s figure told with its verb left out ("and the Red Crescent 22")', () => {
    const storm = libraryOf({
      'storm.txt': ['Sandstorm toll disputed', 'KHARTOUM, May 3 (Reuters) - Police had counted 15 dead in the sandstorm and the Red Crescent 22.'].join('\n'),
    });
    expect(answerFromStories('According to the Red Crescent, how many people died in the sandstorm?', storm).text).toMatch(/^22 — /);
  });
});

describe('cases of an illness', () => {
  it('count the people who have it ("how many people had caught dengue" → "about 760 cases")', () => {
    const dengue = fixtureStoriesMentioning('tests/fixtures/fresh/round277/wire/stories', 'dengue');
    expect(answerFromStories("According to the doctors' professional body, how many people had caught dengue in and around the town?", dengue).text).toMatch(/^About 760 cases — /);
  });
});

describe('a sum asked for each one', () => {
  it('is not answered by a total ("how much aid will each evacuated family receive" → not "aid … set at 2.6 million hryvnias")', () => {
    const pipeline = fixtureStoriesMentioning('tests/fixtures/fresh/round212/wire/stories', 'hryvnias');
    expect(answerFromStories('How much aid will each evacuated family receive?', pipeline).kind).toBe('abstained');
  });
});

describe('a sum asked for each one', () => {
  it('is the sum one of them gets, the unit named before it ("Each affected household will receive €60 compensation")', () => {
    const gas = libraryOf({
      'gas.txt': 'Gas outage: households to be compensated\nPublished: Monday 2 March 2026\n\nThe gas supply to 3,400 homes in Strugalne was cut on Friday.\n\nEach affected household will receive €60 compensation on its February bill.',
    });
    expect(answerFromStories('How much will each affected household be credited on its bill for the gas outage?', gas).text).toMatch(/^€60\b/);
  });
});

describe('a unit asked with a word describing it', () => {
  it('is told by its noun ("each mouldy household" → "the £250 payment to every affected household")', () => {
    const damp = fixtureStoriesMentioning('tests/fixtures/fresh/round10/dev/stories', '£250');
    expect(answerFromStories('how much is the one-off payout each mouldy household gets for heating', damp).text).toMatch(/^£250/);
  });
});

describe('a figure told with its fault', () => {
  it('is not the final count ("the union\'s figure of about 7,000 included employees who had in fact been paid on time")', () => {
    const salaries = fixtureStoriesMentioning('tests/fixtures/fresh/round308/dev/stories');
    expect(answerFromStories('How many hospital employees were finally found to have been paid late?', salaries).text).not.toMatch(/^About 7,000/);
  });

  it('is not the latest count ("the association\'s estimate of about 12,000 included owners who had paid an ordinary fine")', () => {
    const licences = fixtureStoriesMentioning('tests/fixtures/fresh/round460/dev/stories');
    expect(answerFromStories('In the end, once the figures had been audited, how many hybrid owners turned out to have been overcharged?', licences).text).not.toMatch(/^About 12,000/);
  });

  it('is not the latest count ("the hospital\'s figure of five included a man … whose cholera culture came back negative")', () => {
    const cholera = fixtureStoriesMentioning('tests/fixtures/fresh/round434/dev/stories', 'Marcovia');
    expect(answerFromStories('How many people died in the cholera outbreak in Marcovia?', cholera).text).not.toMatch(/^Five\b/i);
  });

  it('gives way to the settled figure ("the Ministry\'s earlier count of 3,600 missed teachers on outer islands")', () => {
    const arrears = fixtureStoriesMentioning('tests/fixtures/fresh/round283/dev/stories');
    expect(answerFromStories('How many teachers were finally confirmed to be owed Grading Review arrears?', arrears).text).toMatch(/^4,120 teachers — /);
  });
});

describe('a population', () => {
  it('is told as one: "how many people live in Waga Creek?" is not answered by "9,800 people had been vaccinated"', () => {
    const typhoid = fixtureStoriesMentioning('tests/fixtures/fresh/round463/dev/stories', 'Waga Creek');
    expect(answerFromStories('How many people live in Waga Creek settlement?', typhoid).kind).toBe('abstained');
  });

  it('is answered where it is told ("the advisory covers about 3,900 residents")', () => {
    const water = fixtureStoriesMentioning('tests/fixtures/fresh/round291/dev/stories');
    expect(answerFromStories('Roughly how many people live in the area covered by the boil water advisory?', water).text).toMatch(/^About 3,900 residents — /);
  });
});

describe('a figure whose clause denies the asked deed', () => {
  it('does not answer how many were on board with those who "never boarded the vessel"', () => {
    const ferry = fixtureStoriesMentioning('tests/fixtures/fresh/round445/wire/stories', 'Grenadine');
    expect(answerFromStories('How many people were on board the Grenadine Breeze, according to the final figure?', ferry).text).not.toMatch(/^Two people/i);
  });

  it('does not answer how many were immunised with how many fell ill ("Diphtheria has now sickened 31 people")', () => {
    const diphtheria = fixtureStoriesMentioning('tests/fixtures/fresh/round453/dev/stories', 'Patuca');
    expect(answerFromStories('How many people were immunised in the upper Patuca villages by the time the campaign was over?', diphtheria).text).not.toMatch(/^31 people/);
  });

  it('does not count buses with a bare figure the clause counts people by ("The number of people killed when the roof of a bus terminal … fell in … has risen to 12")', () => {
    const terminal = fixtureStoriesMentioning('tests/fixtures/fresh/round454/wire/stories', 'Tasikmalaya');
    expect(answerFromStories('How many buses were crushed under the fallen roof?', terminal).kind).toBe('abstained');
  });

  it('still answers a question that asks the denial itself ("still waiting to be returned" → "had not yet been returned")', () => {
    const bags = fixtureStoriesMentioning('tests/fixtures/fresh/round255/dev/stories');
    expect(answerFromStories('How many bags were still waiting to be returned to their owners on the Monday after the breakdown?', bags).text).toMatch(/^1,240 bags — /);
  });
});

describe('a sum paid the other way', () => {
  it.each<[string, string, boolean]>([
    ['How much did the hospital pay Medikod for the label-printing software?', "Medikod s.r.o. has withdrawn the update and will pay 85,000 euros towards the hospitals' costs.", true],
    ['How much did the hospital pay Medikod for the label-printing software?', 'The hospital paid Medikod 120,000 euros for the software in 2066.', false],
    ['How much will the mine owner now pay to each family that lost a miner?', "Witvaal raised its payment to each bereaved family to 50,000 rand and said it would pay the school fees of the dead miners' children.", false],
    ['How much did the Institute pay Adriasoft to build the new system?', 'Adriasoft Sustavi d.o.o. will pay a penalty of 400,000 euros and cover the cost of an independent audit.', true],
    ['How much did the builders finally agree to pay the family of each dead worker?', "After talks with the construction workers' union, the company agreed to pay 35,000 soles to the family of each of the two dead men.", false],
    ['How much did the fund pay Numeris Carthage for the RetraiteNet system?', 'Numeris Carthage SARL, which supplied the system, corrected it before the April payment and has agreed to pay a penalty of 150,000 dinars.', true],
    ['How much did the ONP agree to pay Andinasoft for the new payroll platform?', 'The ONP told the committee that the supplier of the PagoSeguro platform, Andinasoft S.A.C., will pay a penalty of 1.1 million soles under its contract.', true],
    ['How much did the fund pay Numeris Carthage for the RetraiteNet system?', 'Numeris Carthage was paid 2.4 million dinars by the fund for the system in 2066.', false],
    ['How much did the ministry pay for the Mulk360 platform?', "The company has agreed to pay 250,000 Omani rials, the ministry said, and will pay for an outside audit.", true],
    ['How much did the ministry pay for the Mulk360 platform?', 'The ministry said it had paid 1.2 million Omani rials for the platform in 2064.', false],
    ['How much will the mine owner now pay to each family that lost a miner?', "Witvaal raised its payment to each bereaved family to 50,000 rand from 20,000 rand and said it would pay the school fees of the dead miners' children.", false],
  ])('for "%s", "%s" tells it the other way: %s', (question, sentence, reversed) => {
    expect(tellsPaymentTheOtherWay(question, sentence)).toBe(reversed);
  });

  it('does not answer what the buyer paid with the penalty a supplier, named before a clause about it, pays', () => {
    const pensions = fixtureStoriesMentioning('tests/fixtures/fresh/round405/dev/stories', 'RetraiteNet');
    expect(answerFromStories('How much did the fund pay Numeris Carthage for the RetraiteNet system?', pensions).kind).toBe('abstained');
  });

  it('does not answer what the ministry paid with what another pays, the ministry only telling of it', () => {
    const registry = fixtureStoriesMentioning('tests/fixtures/fresh/round447/dev/stories', 'Mulk360');
    expect(answerFromStories('How much did the ministry pay for the Mulk360 platform?', registry).kind).toBe('abstained');
  });

  it('does not answer what something cost the county with what it cost the school', () => {
    const typhoid = fixtureStoriesMentioning('tests/fixtures/fresh/round446/dev/stories', 'Kericho');
    expect(answerFromStories('How much did the outbreak end up costing the county?', typhoid).kind).toBe('abstained');
  });

  it('does not answer what the buyer paid with the penalty the seller pays it', () => {
    const round = fixtureStoriesMentioning('tests/fixtures/fresh/round369/dev/stories');
    expect(answerFromStories('How much did the hospital pay Medikod for the label-printing software?', round).kind).toBe('abstained');
  });
});

describe('a figure in a sentence telling two sources apart', () => {
  it('does not answer the agreed number ("… infected 520 people, the health ministry said Friday, but an aid group … put the number at 700")', () => {
    const sores = fixtureStoriesMentioning('tests/fixtures/fresh/round480/wire/stories');
    expect(answerFromStories('What is the agreed number of leishmaniasis cases?', sores).text).not.toMatch(/^(?:700|520)\b/);
  });
});

describe('a sum told for each one', () => {
  it('does not answer what a fund raised ("Each bereaved family will receive three million shillings")', () => {
    const dormitory = fixtureStoriesMentioning('tests/fixtures/fresh/round490/dev/stories');
    expect(answerFromStories("How much money did the victims' fund raise in the end?", dormitory).text).not.toMatch(/^Three million\b/i);
  });
});

describe('a total asked as what was added', () => {
  it('is not the total it came to ("has added 80 million tenge …, bringing the total to 125 million tenge")', () => {
    const tower = fixtureStoriesMentioning('tests/fixtures/fresh/round488/dev/stories');
    expect(answerFromStories('How much extra money did the regional authorities put into the repair fund?', tower).text).not.toMatch(/^125 million\b/);
  });
});

describe('a figure said not to include someone', () => {
  it('is no toll though an aside stands between ("The police list of four, three who died at the wharf and a woman …, did not yet include …")', () => {
    const wharf = fixtureStoriesMentioning('tests/fixtures/fresh/round491/dev/stories');
    expect(answerFromStories('What is the final death toll from the Nakovi wharf collapse?', wharf).text).not.toMatch(/^(?:Four|Three)\b/);
  });

  it('does not answer the toll ("The Committee of Emergency Situations\' figure of five did not include a 67-year-old neighbour who died")', () => {
    const bakery = fixtureStoriesMentioning('tests/fixtures/fresh/round483/dev/stories');
    expect(answerFromStories('How many people lost their lives in the Istaravshan bakery explosion?', bakery).text).not.toMatch(/^Five\b/);
  });
});

describe('a sum paid to others', () => {
  it.each<[string, string, boolean]>([
    ['How much did the Social Fund pay Tengri Soft for the life-confirmation module?', 'The committee also approved compensation of 1,200 som for each veteran for the late payment.', true],
    ['How much did AVK pay for the tram when it bought it?', 'AVK will pay 300,000 forints to every injured passenger, double the first payment promised in March.', true],
    ['How much will the Ministry pay in late-payment interest altogether?', 'The Ministry will pay default interest to every affected parent, €41,000 in total, without parents having to ask.', false],
    ['How much will the government pay each family that lost a relative?', 'The government will pay 5,000 pesos to each bereaved family.', false],
    ['How much did the Social Fund pay Tengri Soft for the life-confirmation module?', 'The Fund paid Tengri Soft 4.2 million som for the module in 2067.', false],
  ])('for "%s", "%s" pays others of its own: %s', (question, sentence, others) => {
    expect(tellsPaymentToOthers(question, sentence)).toBe(others);
  });

  it('does not answer what a fund paid its supplier with what it pays each veteran', () => {
    const pensions = fixtureStoriesMentioning('tests/fixtures/fresh/round474/dev/stories');
    expect(answerFromStories('How much did the Social Fund pay Tengri Soft for the life-confirmation module?', pensions).kind).toBe('abstained');
  });
});

describe('a sum of a kind of the one asked', () => {
  it('answers "what penalty" with what a sentence says was fined ("IVASS, has fined Lagunare Assicurazioni €275,000")', () => {
    const insurer = fixtureStoriesMentioning('tests/fixtures/fresh/round118/dev/stories', 'IVASS');
    expect(answerFromStories("What penalty did Italy's insurance supervisor impose on the company?", insurer).text).toMatch(/^€275,000\b/);
  });

  it('answers "how big a fine …" with the sum fined, asked before its verb ("has been fined €4,000")', () => {
    const bakery = libraryOf({ 'fine.txt': 'Bakery owner fined\nPublished: Tuesday 14 May 2024\n\nThe owner of the Dolná bakery, Ján Vrabček-Kubinec, has been fined €4,000 by the regional health office after mould was found in its bread.' });
    expect(answerFromStories('How big a fine was the owner of the bakery given?', bakery).text).toMatch(/^€4,000\b/);
  });
});

describe('a bare figure', () => {
  it('answers a count of people right after the asked verb ("the hospital says it has treated 41")', () => {
    const hospital = libraryOf({ 'leak.txt': 'Ammonia leak at cold store\nPublished: Friday 3 May 2024\n\nAmmonia escaped from a cold store in Shumen on Thursday night. The regional hospital in Shumen says it has treated 41.' });
    expect(answerFromStories('How many people did the hospital in Shumen treat after the ammonia leak?', hospital).text).toMatch(/^41 — /);
  });

  it('answers "how many of the …" with a part told of them ("Forty-one of them were admitted to hospital")', () => {
    const wedding = libraryOf({ 'guests.txt': 'Wedding guests fall ill\nPublished: Monday 6 May 2024\n\nAbout 90 guests fell ill after a wedding feast in Makthar on Saturday. Forty-one of them were admitted to hospital in Siliana.' });
    expect(answerFromStories('How many of the sick guests were admitted to hospital?', wedding).text).toMatch(/^Forty-one — /);
  });
});

describe('a workforce asked about', () => {
  it('is not answered by a count of people that tells no work ("nine people are in hospital")', () => {
    const cannery = fixtureStoriesMentioning('tests/fixtures/fresh/round250/wire/stories');
    expect(answerFromStories('How many people does the cannery employ?', cannery).kind).toBe('abstained');
  });

  it('is answered by a count told as the workforce ("the cannery, which employs 240 people")', () => {
    const staffed = libraryOf({ 'staff.txt': 'Cannery reopens\nPublished: Monday 16 March 1998\n\nThe Ivanovka cannery, which employs 240 people, reopened on Monday after inspectors cleared its lines.' });
    expect(answerFromStories('How many people does the cannery employ?', staffed).text).toMatch(/^240 people\b/);
  });
});

describe('a count of what was checked', () => {
  it('does not answer what the checking led to ("inspectors have checked 1,240 coaches … and taken 87 off the road")', () => {
    const coaches = fixtureStoriesMentioning('tests/fixtures/fresh/round432/dev/stories', 'coaches');
    expect(answerFromStories('Since the fire, how many coaches in the region have inspectors pulled from service?', coaches).text).toMatch(/^87\b/);
  });

  it('does not answer what the inspection found ("an inspection of all 26 registered fireworks workshops")', () => {
    const fireworks = fixtureStoriesMentioning('tests/fixtures/fresh/round391/dev/stories', 'workshops');
    expect(answerFromStories('How many fireworks workshops in La Paz were shut down after the inspections?', fireworks).text).not.toMatch(/^26\b/);
  });

  it('answers a question that asks what was checked', () => {
    const inspected = libraryOf({ 'lifts.txt': 'Lifts checked after accident\nPublished: Monday 16 March 2068\n\nInspectors have checked 31 ski lifts since the accident and closed four of them.' });
    expect(answerFromStories('How many ski lifts have inspectors checked since the accident?', inspected).text).toMatch(/^31 ski lifts\b/);
  });

  it('is not luggage told as "checked bags"', () => {
    const bags = libraryOf({ 'bags.txt': 'Bags left behind\nPublished: Monday 16 March 2068\n\nAbout 2,400 checked bags have been left behind at the airport after the sorting system failed.' });
    expect(answerFromStories('How many bags were left behind at the airport?', bags).text).toMatch(/^About 2,400\b/);
  });
});

describe('a figure with a noun of its own', () => {
  it('counts nothing named past a preposition ("463 passengers in 11 coaches" counts no coaches)', () => {
    const train = fixtureStoriesMentioning('tests/fixtures/fresh/round389/wire/stories', 'coaches');
    expect(answerFromStories("How many of the train's carriages left the track?", train).text).not.toMatch(/^463\b/);
  });

  it('counts nothing named after "by" ("61 people bitten by dogs" counts no dogs)', () => {
    const bites = fixtureStoriesMentioning('tests/fixtures/fresh/round553/dev/stories', 'bitten');
    expect(answerFromStories('How many dogs were put down during the outbreak in Oecusse?', bites).text).not.toMatch(/^61\b/);
  });

  it('still counts those it describes with "with" ("650 children with symptoms")', () => {
    const mumps = libraryOf({ 'mumps.txt': 'Mumps spreads\nPublished: Tuesday 10 March 1998\n\nUNICEF said on Monday its count had reached 650 children with symptoms in the province.' });
    expect(answerFromStories('According to UNICEF, how many children had symptoms?', mumps).text).toMatch(/^650\b/);
  });
});

describe('a thing the question calls by its name', () => {
  it('is named by that name alone ("the Gerlachau interlocking" → "The signalling equipment at Gerlachau was supplied by …")', () => {
    const signals = fixtureStoriesMentioning('tests/fixtures/fresh/round302/dev/stories', 'Gerlachau');
    expect(answerFromStories('Which company supplied the signalling equipment at the Gerlachau interlocking?', signals).text).toMatch(/^Velmark Signaltechnik\b/);
  });

  it('is not named by a month ("the June money" is no thing called June)', () => {
    const grant = fixtureStoriesMentioning('tests/fixtures/fresh/round506/dev/stories');
    expect(answerFromStories('By what date did the ministry first promise that every family would have the June money?', grant).text).not.toMatch(/^Tuesday 5 June\b/);
  });
});

describe('a thing the question names by what it is of', () => {
  it('is named by the noun it is possessed by ("the cinema\'s undamaged halls" → "The five undamaged halls reopened to the public on Thursday 26 February")', () => {
    const cinema = fixtureStoriesMentioning('tests/fixtures/fresh/round312/dev/stories');
    expect(answerFromStories("On what date did the cinema's undamaged halls reopen?", cinema).text).toMatch(/^Thursday 26 February\b/);
  });

  it('is named by the noun it is of ("the rebuild of the database" → "The rebuild went faster once … flew in two specialists from Johannesburg")', () => {
    const registry = fixtureStoriesMentioning('tests/fixtures/fresh/round314/dev/stories', 'rebuild');
    expect(answerFromStories('From which city were the specialists flown in to speed up the rebuild of the database?', registry).text).toMatch(/^Johannesburg\b/);
  });
});

describe('a business asked for by its kind', () => {
  it('is named as one by "Company" in its name ("the Kafr el-Tawila mill, run by the state-owned North Delta Milling Company")', () => {
    const mill = fixtureStoriesMentioning('tests/fixtures/fresh/round90/dev/stories');
    expect(answerFromStories('Which company operates the Kafr el-Tawila mill?', mill).text).toMatch(/^North Delta Milling Company\b/);
  });

  it('is named as one by "the company that owns the depot, Petralux Oil"', () => {
    const depot = fixtureStoriesMentioning('tests/fixtures/fresh/round269/wire/stories', 'Petralux');
    expect(answerFromStories('Which company owns the depot that caught fire?', depot).text).toMatch(/^Petralux Oil\b/);
  });

  it('need not be named by the words that say its kind ("which government body" → "The Department of Occupational Safety and Health ordered …")', () => {
    const scaffold = fixtureStoriesMentioning('tests/fixtures/fresh/round297/wire/stories', 'scaffold');
    expect(answerFromStories("Which government body ordered work to stop at the contractor's sites?", scaffold).text).toMatch(/^The Department of Occupational Safety and Health\b/);
  });
});
