// Developing stories: reports are dated, sentences say "on Sunday", and a later report supersedes a count.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerFromStories, weighAnswer } from '../../src/core/answer.ts';
import { replacedValues, replacements } from '../../src/core/figure-fit.ts';
import { fixtureStoriesMentioning, libraryOf } from '../support/library.ts';
import type { Library } from '../../src/core/types.ts';

const swap = libraryOf({
  'friday.txt': [
    'Russia and Ukraine swap first prisoners',
    'Published: Friday 23 May 2025',
    '',
    'Russia and Ukraine each released 390 prisoners on Friday in the first stage of the largest exchange of the war, officials said.',
    '',
    'Both sides said more releases were expected on Saturday and Sunday.',
  ].join('\n'),
  'monday.txt': [
    'Prisoner swap ends after three days',
    ' date 2025-05-26 By Anna Kovalenko Kyiv Wire',
    '',
    'Each side handed over 303 more prisoners on Sunday, bringing the total released by each side to 1,000, the defence ministries said.',
    '',
    'On Saturday the two sides had exchanged 307 prisoners each.',
  ].join('\n'),
});

describe('answering about a developing story', () => {
  it('leads with the newest report’s running total and dates it', () => {
    const answer = answerFromStories('How many prisoners has each side released in total?', swap);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^1,000\b/);
    expect(answer.dated).toEqual({ label: 'as of', day: '2025-05-26' });
  });

  it('answers a plain count of a developing story with the newest figure, not the first day’s', () => {
    const answer = answerFromStories('How many prisoners were released by each side?', swap);
    expect(answer.text).toMatch(/^1,000\b/);
  });

  it('answers for the day a question names, reading weekday words against the report date', () => {
    expect(answerFromStories('How many prisoners were exchanged on Sunday?', swap).text).toMatch(/^303\b/);
    expect(answerFromStories('How many prisoners were exchanged on Saturday?', swap).text).toMatch(/^307\b/);
    expect(answerFromStories('How many prisoners were released on Friday?', swap).text).toMatch(/^390\b/);
  });

  it('answers a count asked "by" a day from the reports up to that day, not a later report’s settled figure', () => {
    const dengue = fixtureStoriesMentioning('tests/fixtures/fresh/round308/wire/stories', 'dengue');
    expect(answerFromStories('According to the nurses\' association, how many people had died of dengue by March 6?', dengue).text).toMatch(/^Seven dengue deaths — /);
  });

  it('takes a newest report’s sentence opening "In all," as its running total', () => {
    const outage = fixtureStoriesMentioning('tests/fixtures/fresh/round317/dev/stories', 'Strūgalne');
    expect(answerFromStories('How many people in all were treated for carbon monoxide poisoning during the gas outage?', outage).text).toMatch(/^Sixteen people — /);
  });

  it('does not answer the final toll with the claim it settled ("settling a dispute with a local lawmaker who had said six people died")', () => {
    const hail = fixtureStoriesMentioning('tests/fixtures/fresh/round343/wire/stories', 'hail');
    expect(answerFromStories('What is the final death toll from the hailstorm in Nyamira district?', hail).text).not.toMatch(/^Six\b/);
  });

  it('does not answer the final count with the counts it settled ("The directorate had counted 46 cases and the college clinic 61")', () => {
    const mumps = fixtureStoriesMentioning('tests/fixtures/fresh/round473/dev/stories');
    const answer = answerFromStories('How many mumps cases were there at the college in the end?', mumps).text;
    expect(answer).not.toMatch(/^46\b/);
    expect(answer).not.toMatch(/^61\b/);
  });

  it('does not answer the settled figure with one a relative clause says was put before ("settled a dispute between the ministry, which had put the infested area at 1.1 million hectares, and …")', () => {
    const locusts = fixtureStoriesMentioning('tests/fixtures/fresh/round213/wire/stories', 'infested');
    expect(answerFromStories('What is the settled figure for the area infested by locusts?', locusts).text).toMatch(/^1\.3 million hectares\b/);
  });

  it('does not answer the final count with one told beside a settled one ("had counted 26,950 plots, while the association put the total at about 31,000")', () => {
    const tax = fixtureStoriesMentioning('tests/fixtures/fresh/round473/dev/stories');
    expect(answerFromStories('How many plots were finally found to have received two land tax notices?', tax).text).not.toMatch(/^(?:About )?(?:31,000|26,950)\b/i);
  });

  it('answers "once the figures were settled" with no source\'s figure of a sentence telling them apart, nor an older report\'s ("The Civil Protection puts it at 16, but the hospital\'s director … said her staff had treated 21")', () => {
    const depot = fixtureStoriesMentioning('tests/fixtures/fresh/round474/dev/stories');
    expect(answerFromStories('How many people were injured in the Sidi Taibi fire, once the figures were settled?', depot).text).not.toMatch(/^(?:21|16|14)\b/);
  });

  it('answers the settled figure with the one told as settled ("has settled the figure at 41")', () => {
    const pier = fixtureStoriesMentioning('tests/fixtures/fresh/round340/dev/stories');
    expect(answerFromStories('What is the settled number of people injured in the Ras al-Qurm pier collapse?', pier).text).toMatch(/^41\b/);
  });

  it('answers the final toll from the newer report that sets it, over an older report’s better-worded rise ("put the final death toll from the June 13 landslide … at 14")', () => {
    const landslide = fixtureStoriesMentioning('tests/fixtures/fresh/round383/wire/stories', 'landslide');
    expect(answerFromStories('What is the final death toll from the landslide?', landslide).text).toMatch(/^14\b/);
  });

  it('answers a toll from a report whose lead tells it and which names the asked place only further on', () => {
    const derailment = fixtureStoriesMentioning('tests/fixtures/fresh/round389/wire/stories', 'derail');
    expect(answerFromStories('What is the final death toll of the Kalat-e Bid derailment?', derailment).text).toMatch(/^13\b/);
  });

  it('answers a count asked "before the toll was agreed" with no agreed figure', () => {
    const zud = fixtureStoriesMentioning('tests/fixtures/fresh/round184/wire/stories');
    expect(answerFromStories("Before the toll was agreed, how many deaths had the Zavkhan governor's office counted?", zud).text).not.toMatch(/^185,000/);
  });

  it('does not answer what was first estimated with a figure told as the revision (", now about €750,000")', () => {
    const cheese = fixtureStoriesMentioning('tests/fixtures/fresh/round329/dev/stories');
    expect(answerFromStories("What did the cooperative's president first estimate the recall would cost?", cheese).text).not.toMatch(/^About €750,000/);
  });

  it('answers "initially" from the asked event’s first report, not an older report of another event ("J$340 million set aside" for Jamaican pensions, for a Mauritian producer’s refunds)', () => {
    const round = fixtureStoriesMentioning('tests/fixtures/fresh/round220/dev/stories');
    expect(answerFromStories('How much did the producer initially set aside for refunds?', round).text).toMatch(/^Rs 1\.1 million — /);
  });

  it('answers "initially" with the first report’s figure', () => {
    const answer = answerFromStories('How many prisoners were released initially?', swap);
    expect(answer.text).toMatch(/^390\b/);
    expect(answer.dated).toEqual({ label: 'first reported', day: '2025-05-23' });
  });

  it('gives every citation its report’s date', () => {
    const answer = answerFromStories('How many prisoners has each side released in total?', swap);
    expect(answer.citations[0]).toMatchObject({ file: 'monday.txt', date: '2025-05-26' });
  });

  it('does not answer a day the stories give no figure for', () => {
    expect(answerFromStories('How many prisoners were exchanged on Tuesday?', swap).kind).toBe('abstained');
  });
});

/** Reports of one developing story, as the eval fixtures keep them. */
function reportsOf(dir: string, files: string[]): Library {
  return libraryOf(Object.fromEntries(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')])));
}

describe('the current figure of a developing story', () => {
  const lake = libraryOf({
    'monday.txt': 'Bloom spreads on Pinecrest Lake\n\nPublished: Monday 10 August 2026\n\nThe number of people reporting illness after contact with Pinecrest Lake has risen to 27, the health unit said.\n\nSeptic systems within 500 metres of the shore will be inspected.',
    'thursday.txt': 'Lake illness count climbs\n\nPublished: Thursday 13 August 2026\n\nThirty-four people have now reported illness after contact with Pinecrest Lake, the health unit said.',
    'friday.txt': 'Dogs die at Ontario lake\n\nMOORLAND FALLS, Ontario (Regional Wire) — Beaches closed on Friday.\n\nThe lake, about 190 kilometres north of Toronto, has 1,600 cottages.',
  });

  it('is the newer report’s figure, though its sentence tells the count more briefly than the older report’s', () => {
    expect(answerFromStories('how many people have gotten sick from pinecrest lake so far', lake).text).toMatch(/^Thirty-four people\b/);
  });

  it('is not a dated figure that fits the question worse than the undated report’s', () => {
    expect(answerFromStories('how far is pinecrest lake from toronto', lake).text).not.toMatch(/500 metres/);
  });
});

describe('a figure a later report says it replaced', () => {
  const mine = libraryOf({
    'sun.txt': ['Mine flooded', 'Published: Sunday 12 October 2025', '', 'In a statement, Ironbark said the flooding at Carrabeen would cost about A$30m in lost output.'].join('\n'),
    'thu.txt': ['Miners rescued', 'Published: Thursday 16 October 2025', '', 'Ironbark now puts the cost of the flooding in lost output at about A$55m, up from its earlier estimate of A$30m.'].join('\n'),
  });

  it('is not the latest figure, however well its own sentence fits the question', () => {
    expect(answerFromStories('What will the flooding cost Ironbark in lost output?', mine).text).toMatch(/^About A\$55m — /);
  });
});

describe('replacedValues', () => {
  it.each<[string, number[]]>([
    ['Ironbark puts the cost at about A$55m, up from its earlier estimate of A$30m.', [30_000_000]],
    ['Officials said 83 people had been treated, revising an earlier figure of 85.', [85]],
    ['The government said that 26 inmates, not 23, had escaped.', [23]],
    ['Officials on Wednesday revised the death toll from the hotel fire down to 11 from 12.', [12]],
    ['The deal will cost £5.1m a year, compared with the £4.2m it was paying.', []],
    ['About 38,000 people attended, up from 35,000 last year.', []],
    ["Correction: An earlier version of this article gave Betão Atlântico's fine as €19.6 million.", [19_600_000]],
    ['Fairmart said the final count was 47,500 customers, fewer than the 52,000 it reported on 12 May.', [52_000]],
    ['The final count of vehicles destroyed is 312, lower than the 340 announced the week after the fire.', [340]],
    ['Five people had another strain, bringing the total from 74 to 69.', [74]],
    ['Pensioners left unpaid on payday: 7,140 (previously reported as 7,900)', [7_900]],
    ['The Secretariat has imposed a fine of 60 million pesos on the operator, replacing the 45 million pesos withheld from its payment last week.', [45_000_000]],
    ['Each family will receive four million CFA francs, in place of the 1.5 million promised by the prefect.', [1_500_000]],
    ['The old rules were replaced by the 12 new ones on Monday.', []],
    ['The missing payments are worth £11.6 million, against the £3.9 million first estimated.', [3_900_000]],
    ['The shares were written down from 10 baht each to one satang.', [10]],
    ['Its store teams handled more than the 300 calls a day they usually take.', []],
  ])('reads the figures %j says a revision replaced: %j', (sentence, values) => {
    expect(replacedValues(sentence)).toEqual(values);
  });
});

describe('replacements', () => {
  it('names the figure that replaced another: the nearest one, not another count of the sentence ("five people …, from 74 to 69")', () => {
    expect(replacements('Dr Pillai said five people earlier counted had another strain, bringing the total from 74 to 69.')).toEqual([{ replaced: 74, by: 69 }]);
    expect(replacements('Gulf Paria Terminals raised its fund to TT$18 million from TT$10 million.')).toEqual([{ replaced: 10_000_000, by: 18_000_000 }]);
  });

  it('reads sums told by their currency code ("from GEL 10,000 to GEL 15,000", "to PHP 40,000 from PHP 55,000")', () => {
    expect(replacements('The government has raised its payment to each bereaved family from GEL 10,000 to GEL 15,000.')).toEqual([{ replaced: 10_000, by: 15_000 }]);
    expect(replacements('The board cut the fine to PHP 40,000 from PHP 55,000.')).toEqual([{ replaced: 55_000, by: 40_000 }]);
  });

  it('reads a figure "below" or "above" the one reported before as its replacement ("5.9 million, slightly below the 6.3 million announced in June")', () => {
    expect(replacements('The total wrongly billed is now put at 5.9 million denars, slightly below the 6.3 million announced in June.')).toEqual([{ replaced: 6_300_000, by: 5_900_000 }]);
    expect(replacements('The count now stands at 212, well above the 180 reported on Monday.')).toEqual([{ replaced: 180, by: 212 }]);
    expect(replacements('The final cost was JD 5.8 million, below the JD 7.5 million estimated on 14 July.')).toEqual([{ replaced: 7_500_000, by: 5_800_000 }]);
  });

  it('reads a revision told in number words ("cut from nine men to eight")', () => {
    expect(replacements('The gangs that work each hold will be cut from nine men to eight, not to the six first proposed.')).toEqual([{ replaced: 9, by: 8 }]);
  });

  it('names no new figure when the old one is only called earlier ("deducted from the earlier claim of 6.8 million dollars")', () => {
    expect(replacements('He said 900,000 dollars paid in March would be deducted from the earlier claim of 6.8 million dollars.')).toEqual([{ replaced: 6_800_000, by: undefined }]);
  });

  it('does not take a conversion in brackets for the new figure ("25 billion baht (about $550 million), up from the 18 billion baht announced Tuesday")', () => {
    expect(replacements('The government will now pump 25 billion baht (about $550 million) into the bank, up from the 18 billion baht announced Tuesday.')).toEqual([{ replaced: 18_000_000_000, by: 25_000_000_000 }]);
  });
});

describe('the figure an undated later report says replaced the newest dated one', () => {
  it('leads, though the dated report is newer than any date the later one gives ("bringing the total from 74 to 69")', () => {
    // r13s2_b is dated 4 February; r13s2_c, a wire report, says only "on Tuesday".
    const bakery = reportsOf('tests/fixtures/fresh/round13/dev/stories', ['r13s2_a.txt', 'r13s2_b.txt', 'r13s2_c.txt']);
    expect(answerFromStories('how many ppl have gotten salmonella from hartleys bakehouse', bakery).text).toMatch(/^69 — /);
  });

  it('leads when the later report says it is fewer than the figure reported before ("3,860, fewer than the 4,100 the board reported")', () => {
    const grades = reportsOf('tests/fixtures/fresh/round11/dev/stories', ['r11s3_a.txt', 'r11s3_b.txt', 'r11s3_c.txt']);
    // (What the gates pick; the undated report's figure is then doubted: see answer-doubt.test.ts.)
    expect(weighAnswer('how many students got the wrong a-level grades from meridale in the end', grades).answer.text).toMatch(/^3,860 — /);
  });
});

describe('the first figure of a developing story', () => {
  const grades = libraryOf({
    'fri.txt': 'Exam board admits grading error\n\nPublished: Friday 14 August 2026\n\nMeridale Examinations has admitted that about 2,300 A-level chemistry students were given the wrong grade on results day.',
    'mon.txt': 'Grading error widens\n\nPublished: Monday 17 August 2026\n\nThe number of students given the wrong A-level grades by Meridale Examinations has risen to 4,100.',
  });

  it('is the older report’s, though it tells the count in its own words', () => {
    expect(answerFromStories('In the first report, how many students did Meridale say had been given the wrong grade?', grades).text).toMatch(/^About 2,300\b/);
  });

  it('is not the answer to the current figure', () => {
    expect(answerFromStories('How many students did Meridale give the wrong grade?', grades).text).toMatch(/^4,100\b/);
  });
});

describe('a toll', () => {
  const fire = libraryOf({
    'tue.txt': 'Hotel fire toll rises\n\nPublished: Tuesday 21 July 1998\n\nThe death toll from a fire at a beach hotel in Kemer rose to 12 on Tuesday after five of the injured died in hospital.',
  });

  it('does not count another outcome: "the death toll rose to 12" is not how many were injured', () => {
    expect(answerFromStories('How many people were injured in the Kemer hotel fire?', fire).text).not.toMatch(/^12\b/);
  });

  it('does not take what befell some of them for how many were there ("Fifty-nine guests fell ill" is not how many were at the meal)', () => {
    const wedding = libraryOf({
      'thu.txt': 'Wedding dinner outbreak\n\nPublished: Thursday 9 August 2068\n\nFifty-nine guests fell ill after a wedding dinner in the village of Zeleni Luky on 4 August, health officials said on Thursday.',
    });
    expect(answerFromStories('How many guests were at the wedding dinner in Zeleni Luky?', wedding).kind).toBe('abstained');
    const train = libraryOf({ 'tue.txt': 'Train halts short of fallen bricks\n\nPublished: Tuesday 6 March 2068\n\nNone of the eleven passengers on board the train was hurt when it halted short of the fallen bricks.' });
    expect(answerFromStories('How many passengers were aboard the train that halted short of the fallen bricks?', train).text).toMatch(/^Eleven passengers\b/);
  });

  it('reads "were in the classroom", "were on the job" as asking who was there ("Eight pupils died" is not how many were in it)', () => {
    const school = fixtureStoriesMentioning('tests/fixtures/fresh/round505/wire/stories');
    expect(answerFromStories('How many children were in the classroom when the roof gave way?', school).text).not.toMatch(/^Eight pupils\b/);
    const quarry = fixtureStoriesMentioning('tests/fixtures/fresh/round506/wire/stories');
    expect(answerFromStories('About how many workers were on the job at the quarry when the face gave way?', quarry).text).toMatch(/^About 60 stonecutters\b/);
  });

  it('answers how many people died, though the story counts them as a toll and never says "people"', () => {
    expect(answerFromStories('How many people died in the Kemer hotel fire?', fire).text).toMatch(/^12\b/);
  });

  it('counts its own outcome: the death toll answers a question about deaths', () => {
    expect(answerFromStories('What is the death toll from the Kemer hotel fire?', fire).text).toMatch(/^12\b/);
  });
});

describe('the figure before a revision', () => {
  const pupils = libraryOf({
    'tue.txt': ['Bus walkout strands pupils', 'Published: Tuesday 2 September 2025', '', 'The council said about 1,900 pupils were left without their usual bus on Tuesday.'].join('\n'),
    'thu.txt': ['Bus walkout widens', 'Published: Thursday 4 September 2025', '', 'The council now says about 2,600 pupils have been left without their usual bus.'].join('\n'),
    'wed.txt': ['Final count of pupils', 'Published: Wednesday 10 September 2025', '', 'A final count found that 2,750 pupils had been left without their usual bus.'].join('\n'),
  });

  it('answers "before the final count" with the figure the newest report replaced, read past the leading clause', () => {
    const answer = answerFromStories('Before the final count, how many pupils were left without a bus?', pupils);
    expect(answer.text).toMatch(/^About 2,600 pupils — /);
  });

  it('answers the same question without the clause with the newest figure', () => {
    expect(answerFromStories('How many pupils were left without a bus?', pupils).text).toMatch(/^2,750 pupils — /);
  });
});

describe('answering across the reports of one story', () => {
  it('takes the newest report’s figure though its sentence no longer names the place or the quake', () => {
    // s4_c (7 Oct): "The number of people injured has risen to 41, …"; s4_b (5 Oct) names Zakynthos beside its 34.
    const quake = reportsOf('tests/fixtures/dev/stories', ['s4_a.txt', 's4_b.txt', 's4_c.txt']);
    expect(answerFromStories('How many people were injured in the Zakynthos quake?', quake).text).toMatch(/^41\b/);
  });

  it('does not answer the current figure with the one a revision replaced ("more than the 4,700 hectares estimated")', () => {
    const fire = reportsOf('tests/fixtures/fresh/round1/dev/stories', ['t2_a.txt', 't2_b.txt', 't2_c.txt']);
    expect(answerFromStories('How much land has the Vidauban wildfire burned?', fire).text).toMatch(/^5,200 hectares\b/);
  });

  it('does not answer "on the second day" with a figure no sentence dates so', () => {
    // s2_b: "… forced it to cancel 612 flights over four days": a total, not the second day's figure.
    const outage = reportsOf('tests/fixtures/dev/stories', ['s2_a.txt', 's2_b.txt', 's2_c.txt']);
    expect(answerFromStories('How many flights did Aurelia Airways cancel on the second day of the disruption?', outage).kind).toBe('abstained');
  });

  it('does not answer with "four of them", part of the count the question asks for', () => {
    // r3s2_a: "… and 19 were still in hospital on Monday, four of them in a critical condition, …"
    const crush = reportsOf('tests/fixtures/fresh/round3/dev/stories', ['r3s2_a.txt', 'r3s2_b.txt', 'r3s2_c.txt']);
    expect(answerFromStories('How many Kumasi crush victims were still in hospital on Monday?', crush).text).toMatch(/^19\b/);
  });

  it('answers with "five of them" when the question asks about that part', () => {
    // s3_b: "Nineteen patients were in hospital on Monday, five of them in intensive care, …"
    const outbreak = reportsOf('tests/fixtures/dev/stories', ['s3_a.txt', 's3_b.txt', 's3_c.txt']);
    expect(answerFromStories('How many patients were in intensive care on Monday?', outbreak).text).toMatch(/^Five\b/);
  });

  it('answers with the part "of which" a clause tells, when the question asks about that part', () => {
    // r416s3_c: "The SILAIS has now recorded 131 suspected cases, of which 64 have been confirmed by the laboratory."
    const leptospirosis = reportsOf('tests/fixtures/fresh/round416/dev/stories', ['r416s3_a.txt', 'r416s3_b.txt', 'r416s3_c.txt']);
    expect(answerFromStories('How many cases has the laboratory confirmed so far?', leptospirosis).text).toMatch(/^64\b/);
  });

  it('does not answer with a part told after "including" when it adds nothing the question asks', () => {
    // APW19981118.0044: "… her staff had recorded 11 deaths, including two patients who died on Tuesday."
    const crush = fixtureStoriesMentioning('tests/fixtures/fresh/round418/wire/stories', 'baseball');
    expect(answerFromStories('What death toll did the provincial hospital give before the lists were compared?', crush).text).toMatch(/^11 deaths\b/);
  });

  it('reads the asked verb of a figure only in its own clause, which a semicolon ends', () => {
    // r416s3_c: "Of all the patients, 118 have recovered and gone home; seven are still in hospital."
    const leptospirosis = reportsOf('tests/fixtures/fresh/round416/dev/stories', ['r416s3_a.txt', 'r416s3_b.txt', 'r416s3_c.txt']);
    expect(answerFromStories('How many leptospirosis patients had got better and gone home by mid-November?', leptospirosis).text).toMatch(/^118\b/);
  });

  it('answers how many have died with the newest death told by its ordinal ("a third patient died")', () => {
    const legionella = reportsOf('tests/fixtures/dev/stories', ['s3_a.txt', 's3_b.txt', 's3_c.txt']);
    expect(answerFromStories('How many people have died in the Manresa outbreak?', legionella).text).toMatch(/^Three dead — /);
  });

  it('does not answer how many caught an illness with its death toll, nor how many died with those who caught it', () => {
    const diphtheria = fixtureStoriesMentioning('tests/fixtures/fresh/round426/dev/stories', 'Kandep');
    expect(answerFromStories('How many people caught diphtheria in the Kandep outbreak?', diphtheria).text).not.toMatch(/^Five\b/);
    const typhoid = libraryOf({ 't.txt': 'Typhoid in Matale\n date 1998-09-24 By Staff Wire\n\nHealth officials agreed on Thursday that 88 people caught typhoid in the outbreak.' });
    expect(answerFromStories('How many people have died in the Matale typhoid outbreak?', typhoid).kind).toBe('abstained');
  });

  it('does not answer how many died with those missing ("seven workers were killed and 12 were missing")', () => {
    const quarry = fixtureStoriesMentioning('tests/fixtures/fresh/round446/wire/stories', 'Padalarang');
    expect(answerFromStories('How many deaths were reported the day after the quarry face fell?', quarry).text).toMatch(/^At least seven workers — /);
  });

  it('does not answer a settled count with what another count missed ("the department\'s figure of 9,150 missed 1,270 recipients")', () => {
    const cards = fixtureStoriesMentioning('tests/fixtures/fresh/round444/dev/stories', 'Kanchanpur');
    expect(answerFromStories('In the end, how many allowance recipients were affected by the card breakdown?', cards).text).toMatch(/^10,420 allowance recipients — /);
  });

  it('takes a toll over those it counted in ("had put the toll at 23, counting four missing passengers as dead")', () => {
    const boat = fixtureStoriesMentioning('tests/fixtures/fresh/round412/wire/stories', 'Krachi');
    expect(answerFromStories('According to the district chief executive, how many people lost their lives when the boat went down?', boat).text).toMatch(/^23 people — /);
  });

  it('does not answer how many stood on a balcony with "a second person has died"', () => {
    const balcony = fixtureStoriesMentioning('tests/fixtures/fresh/round258/dev/stories');
    expect(answerFromStories('How many people were standing on the balcony when it gave way, according to the municipal engineer?', balcony).text).not.toMatch(/dead — /);
  });

  it('does not answer "how many died" with the number of people aboard', () => {
    const ferry = reportsOf('tests/fixtures/fresh/round1/dev/stories', ['t1_a.txt', 't1_b.txt', 't1_c.txt']);
    expect(answerFromStories('How many people have died in the Citra Selat ferry disaster?', ferry).text).not.toMatch(/^252\b/);
  });
});

describe('a newer report that tells the figure in its own words', () => {
  it('leads with a newer report’s figure of the same counted thing, though it shares few of the question’s words', () => {
    // r58s1_c (10 Sep), a half-year report: "(a) Scope. In total, 151,400 tubs were recalled."
    const recall = reportsOf('tests/fixtures/fresh/round58/dev/stories', ['r58s1_a.txt', 'r58s1_b.txt', 'r58s1_c.txt']);
    expect(answerFromStories('by the last count how many tubs of delbeke ice cream got yanked from the shops', recall).text).toMatch(/^151,400 tubs — /);
  });

  it('leads with a newer report’s sum in the same currency, though its sentence shares few of the question’s words', () => {
    // r64s1_c (12 Sep), an annual meeting's minutes: "The closure cost the company CHF 1.32 million, …"
    const funicular = reportsOf('tests/fixtures/fresh/round64/dev/stories', ['r64s1_a.txt', 'r64s1_b.txt', 'r64s1_c.txt', 'r64s2_a.txt', 'r64s2_b.txt', 'r64s2_c.txt']);
    expect(answerFromStories('whats the whole hohflue cable saga costing in swiss francs at this point', funicular).text).toMatch(/^CHF 1\.32 million — /);
  });

  it('leads with its figure though the report names the lake only in a later item', () => {
    // r51s3_c (3 Sep), a swimming club's newsletter: "It counts 81 people who fell ill, …"; "The Rietsee crossing …" comes later.
    const lake = reportsOf('tests/fixtures/fresh/round51/dev/stories', ['r51s3_a.txt', 'r51s3_b.txt', 'r51s3_c.txt']);
    expect(answerFromStories('How many people fell ill from the Rietsee algae in the end?', lake).text).toMatch(/^81 people — /);
  });

  it('leads with its figure though its sentence repeats none of the question’s other words', () => {
    // r6s1_c (20 Jan): "In total 58 patients and 22 members of staff have had the illness since the outbreak began".
    const ward = reportsOf('tests/fixtures/fresh/round6/dev/stories', ['r6s1_a.txt', 'r6s1_b.txt', 'r6s1_c.txt']);
    expect(answerFromStories('so how many patients have had norovirus at wexcombe general now', ward).text).toMatch(/^58 patients — /);
  });

  it('follows a question that names nothing to the newer report of the same event, not of another', () => {
    // The silo blast's reports of 22–24 June, beside another cluster's three reports.
    const wire = reportsOf('tests/fixtures/fresh/round6/wire/stories', ['APW19980622.0318.txt', 'RTR19980623.0211.txt', 'AFP19980624.0177.txt', 'AFP19980911.0219.txt', 'APW19980910.0287.txt', 'RTR19980909.0145.txt']);
    expect(answerFromStories('death toll in the argentina grain silo explosion?', wire).text).toMatch(/^12 — /);
  });

  it('does not lend the latest figure to another count in the newer report ("one tired man")', () => {
    const bus = reportsOf('tests/fixtures/fresh/round12/wire/stories', ['RTR19980905.0142.txt', 'AFP19980906.0097.txt', 'XIN19980904.0088.txt']);
    expect(answerFromStories('How many people were actually on the bus that crashed in Nepal?', bus).text).not.toMatch(/^One\b/);
  });
});

describe('a cause as it was first thought', () => {
  const main = reportsOf('tests/fixtures/fresh/round13/dev/stories', ['r13s3_a.txt', 'r13s3_b.txt', 'r13s3_c.txt']);

  it('is the one the last report before the finding gave ("before they found out about the drilling")', () => {
    const answer = answerFromStories('before they found out about the drilling, what did carverton think made the pipe burst', main);
    expect(answer.text).toMatch(/^He said the age of the pipe and the overnight cold/);
    expect(answer.citations[0]?.date).toBe('2026-01-19');
  });
});

describe('a date a span runs to', () => {
  it('answers "until what date" with the day it runs to, not the day it was said ("said on Thursday … told to keep out")', () => {
    const leptospirosis = fixtureStoriesMentioning('tests/fixtures/fresh/round452/dev/stories');
    expect(answerFromStories('Until what date were farmers first told to keep out of the flooded paddy fields?', leptospirosis).text).toMatch(/^Until Monday 18 June — /);
  });
});

describe('a figure in a newer report that counts something else', () => {
  // RTR (8 Oct): "The death toll … rose to 11 on Thursday as inmates kept holding 17 hostages"; APW (7 Oct) has the design capacity.
  const riot = reportsOf('tests/fixtures/fresh/round3/wire/stories', ['APW19981007.0318.txt', 'RTR19981008.0264.txt', 'AFP19981009.0145.txt']);

  it('is no newer telling of the count asked for: a toll does not count the inmates a prison was built for', () => {
    expect(answerFromStories('How many inmates was Los Samanes designed to hold?', riot).text).toMatch(/^600 inmates — /);
  });

  it('is no newer telling when its sentence states much less of what was asked ("a reward of 250,000 rand" for what a gang took)', () => {
    const heist = reportsOf('tests/fixtures/fresh/round5/wire/stories', ['RTR19981005.0187.txt', 'APW19981007.0302.txt', 'AFP19981006.0241.txt']);
    expect(answerFromStories('how much cash did the gang get from the Sentinel van', heist).text).toMatch(/^6\.8 million rand — /);
  });
});

describe('a report that names its event in other words', () => {
  it('answers for the event another report names: "58 people injured" in a report of the Kemer fire that never says Kemer', () => {
    const fire = reportsOf('tests/fixtures/fresh/round11/wire/stories', ['RTR19980126.0144.txt', 'AFP19980127.0190.txt', 'NYT19980128.0312.txt', 'APW19980720.0187.txt', 'RTR19980721.0233.txt', 'XIN19980722.0061.txt']);
    expect(answerFromStories('How many people were injured in the Kemer hotel fire?', fire).text).toMatch(/^58 people — /);
  });

  it('does not stand in for a detail the question names ("how many of the fires happened in Belgium")', () => {
    const recall = reportsOf('tests/fixtures/fresh/round4/dev/stories', ['r4s2_a.txt', 'r4s2_b.txt', 'r4s2_c.txt']);
    expect(answerFromStories('How many of the Trekvast battery fires happened in Belgium?', recall).kind).toBe('abstained');
  });
});

describe('a figure "as of" a day', () => {
  it('is the running total that day’s report gives ("risen to 3,400 since the weekend"), not only a figure dated that day', () => {
    const outage = reportsOf('tests/fixtures/fresh/round8/dev/stories', ['r8s1_a.txt', 'r8s1_b.txt', 'r8s1_c.txt']);
    expect(answerFromStories('as of wednesday how many kestrel valley appointments had been cancelled', outage).text).toMatch(/^3,400 — /);
  });
});

describe('a sentence that says it revised the figure', () => {
  it('gives the newer figure though its report is undated and it repeats none of the question’s words ("revised … down to 214 from 230")', () => {
    const whales = reportsOf('tests/fixtures/fresh/round15/dev/stories', ['r15s1_a.txt', 'r15s1_b.txt', 'r15s1_c.txt']);
    expect(answerFromStories('how many pilot whales ended up stranded at grieve bay altogether', whales).text).toMatch(/^214 — /);
  });
});

describe('a newer report of the event that gives another figure for what was counted', () => {
  it('is a report of the same story, not another buyer’s alike in its words', () => {
    const buses = libraryOf({
      'monday.txt': 'Water board buys buses\nPublished: Monday 2 March 2026\n\nThe Joustearkbir water board bought 758 buses from Lexshith suppliers on Monday, a spokesman said.',
      'thursday.txt': 'Health trust buys buses\nPublished: Thursday 5 March 2026\n\nThe Joumshaxstel health trust bought 3734 buses from Lexshith suppliers last November, records show.',
    });
    expect(answerFromStories('How many buses did the Joustearkbir water board buy?', buses).text).toMatch(/^758 buses — /);
  });

  it('keeps the older figure from leading as the latest: the stories are said not to answer', () => {
    // r18s2_b (8 Sep): "damaged about 3,400 hectares"; r18s2_c (25 Sep): "put the vineyard area damaged … at 2,950 hectares".
    const wine = reportsOf('tests/fixtures/fresh/round18/dev/stories', ['r18s2_a.txt', 'r18s2_b.txt', 'r18s2_c.txt']);
    expect(answerFromStories('how many hectares of vines got hit in valcarcena', wine).text).not.toMatch(/^About 3,400 hectares/);
  });
});

describe('a first figure asked for when only a later report’s figure fits the question', () => {
  const recall = libraryOf({
    'wednesday.txt': 'Trekvast recalls e-bike batteries after fires\nPublished: Wednesday 4 June 2025\n\nDutch e-bike maker Trekvast pulled 48,000 PowerPack units from shops after two fires in Utrecht, and told owners to stop charging them.\n\nThe PowerPack 500 battery was sold with Trekvast e-bikes across the Netherlands and Belgium.',
    'friday.txt': 'Trekvast widens e-bike battery recall after more fires\nPublished: Friday 6 June 2025\n\nThe Trekvast recall now covers 112,000 batteries after two more fires, the company said.\n\nOwners of PowerPack batteries sold in the Netherlands and Belgium were told to stop charging them.',
  });

  it('is not given from the later report while an earlier report of the event is found: the stories are said not to answer', () => {
    expect(answerFromStories('how many batteries did the trekvast recall cover at first', recall).kind).toBe('abstained');
  });

  it('still leads with the later report’s figure for the latest', () => {
    expect(answerFromStories('how many batteries does the trekvast recall cover now', recall).text).toMatch(/^112,000 batteries — /);
  });
});

describe('the first death toll', () => {
  it('counts the people a report says were killed ("killing at least seven people") for "how many deaths"', () => {
    const hotel = reportsOf('tests/fixtures/fresh/round11/wire/stories', ['APW19980720.0187.txt', 'RTR19980721.0233.txt', 'XIN19980722.0061.txt']);
    expect(answerFromStories('on the day of the fire how many deaths were reported', hotel).text).toMatch(/^At least seven people — /);
  });
});

describe('a developing story told in other words', () => {
  const post = libraryOf({
    'saturday.txt': ['Italy post backlog grows', 'Published: 19 December 1998', '', 'About 21 million letters and parcels are held up in Italy’s postal system, the postal company said on Saturday.'].join('\n'),
    'wednesday.txt': [
      'Italy post backlog eases',
      'Published: 23 December 1998',
      '',
      'Poste Italiane said 18.5 million items were now held up at its sorting centres in Milan, Turin and Rome.',
      '',
      'When will the backlog be cleared?',
      '',
      'The backlog will not be cleared before Jan. 11, the company said, and the vote on new machines will be held on Thursday 14 January.',
    ].join('\n'),
  });

  it('leads with a newer report’s figure that says the same of other words ("items … held up")', () => {
    // (What the gates pick; a figure from a sentence holding a quarter of the question is then doubted: see answer-doubt.test.ts.)
    const answer = weighAnswer('how many letters and parcels are held up in italy now', post).answer;
    expect(answer.text).toMatch(/^18\.5 million\b/);
  });

  it('is not a newer count of people that says the same of the things counted ("3,100 people had been vaccinated" after "1,200 doses of … vaccine")', () => {
    const hepatitis = fixtureStoriesMentioning('tests/fixtures/fresh/round242/dev/stories', 'Szentkálló');
    expect(answerFromStories('How many doses of vaccine did the national centre dispatch to the town?', hepatitis).text).toMatch(/^1,200 doses — /);
  });

  it('never answers with a question the text asks ("When will the backlog be cleared?")', () => {
    const answer = answerFromStories('when will the post backlog be cleared', post);
    expect(answer.text).not.toMatch(/^When will/);
    expect(answer.citations.every((c) => !c.quote.endsWith('?'))).toBe(true);
  });
});

describe('a planned day moved in a newer report', () => {
  const hall = libraryOf({
    'february.txt': ['Banksia Hall opening delayed', 'Published: 20 February 2026', '', 'Kellerton University announced that Banksia Hall will now open to residents on Monday 30 March 2026, two weeks later than planned.'].join('\n'),
    'council.txt': ['Council sets budget', 'Published: 24 March 2026', '', 'The council set its budget on Tuesday.', '', 'Bin collections will move to Thursdays.', '', 'Parking charges rise by 5%.', '', 'The library will close at 6pm.'].join('\n'),
    'march.txt': ['Kellerton students stay in motels as Banksia Hall opening slips again', 'Published: 25 March 2026', '', 'More than a thousand Kellerton University students will stay in motels for three more weeks.', '', 'The 620-bed hall will now open on Monday 13 April, with students moving in over the weekend before.'].join('\n'),
  });

  it('answers "when does it open" with the newest report’s day, though that report names the hall in other words', () => {
    expect(answerFromStories('whats the latest on when banksia hall actually opens', hall).text).toMatch(/^Monday 13 April\b/);
  });
});

describe('a newer report that tells the figure in its own words', () => {
  // The first report says "fined"; the later ones say "penalty" and never repeat the question's words.
  const fine = libraryOf({
    'first.txt': [
      'Regulator fines Kestrel Harbour Board over dredging spoil',
      'Published: Monday 2 March 2026',
      '',
      'The Kestrel Harbour Board has been fined $60,000 by the coastal regulator after dredging spoil was dumped outside the licensed area.',
      '',
      'The board said it would review how its contractor records where spoil is dumped.',
    ].join('\n'),
    'second.txt': [
      'Kestrel spoil case: board told of larger sanction',
      'Published: Thursday 9 April 2026',
      '',
      'Board chair Ines Marrow said the coastal regulator had raised its penalty to $150,000 after checking three more loads.',
      '',
      'Members asked whether the contractor could be made to pay.',
    ].join('\n'),
    'third.txt': [
      'Harbour notes: what the dredging case cost us',
      'Published: Tuesday 19 May 2026',
      '',
      'The coastal regulator has now set the harbour board’s penalty at $135,000 after crediting two loads that were dumped inside the licensed area.',
      '',
      'The contractor, Selby Marine, has agreed to repay the full amount.',
    ].join('\n'),
  });

  it('leads with the newest report’s sum though it calls the fine a penalty', () => {
    const answer = answerFromStories("whats kestrel harbour board's dredging fine sitting at now", fine);
    expect(answer.text).toMatch(/^\$135,000 — /);
    expect(answer.citations[0]?.date).toBe('2026-05-19');
  });

  it('still gives the first report’s sum when the first is asked for', () => {
    expect(answerFromStories('how big was the dredging fine at first', fine).text).toMatch(/^\$60,000 — /);
  });
});

describe('a time a state began', () => {
  it('does not answer when it ended ("since Thursday" for "when was the notice finally lifted")', () => {
    const notice = libraryOf({
      'n.txt': [
        'Boil water notice stays in place',
        'Published: Monday 16 February 2026',
        '',
        'Since late on Thursday 12 February, customers in Brackley have been asked to boil their tap water before drinking it.',
        '',
        'The water company said the notice would stay until tests came back clear.',
      ].join('\n'),
    });
    expect(answerFromStories('when was the boil water notice in brackley finally lifted', notice).kind).toBe('abstained');
  });
});

describe('a day moved twice in one sentence', () => {
  it('is the chain’s last day when what happened is asked ("first set for 16 March and then put back to 23 March, were in the end brought forward to Tuesday 14 March")', () => {
    const strike = fixtureStoriesMentioning('tests/fixtures/fresh/round223/dev/stories');
    expect(answerFromStories('On what date did the talks that ended the strike finally take place?', strike).text).toMatch(/^Tuesday 14 March — /);
  });
});

describe('a plan given a new day without saying it moved', () => {
  const glasshouse = libraryOf({
    'a.txt': [
      'Rare orchids lost as Dunmore glasshouse heating fails',
      'Published: Tuesday 25 November 2025',
      '',
      'The Palm Glasshouse at Dunmore Botanic Garden is closed and is expected to reopen on Saturday 13 December.',
      '',
      'Hundreds of plants were killed when the heating failed during a cold snap.',
    ].join('\n'),
    'b.txt': [
      'Friends of Dunmore Botanic Garden newsletter',
      'Published: Friday 12 December 2025',
      '',
      'The pipework has to be flushed, so the Palm Glasshouse at Dunmore will reopen on Saturday 14 February 2026, not on 13 December as first announced.',
    ].join('\n'),
    'c.txt': [
      'Palm Glasshouse heating failure: final update',
      'Published: Wednesday 21 January 2026',
      '',
      '3.1 The heating at the Palm Glasshouse of Dunmore Botanic Garden failed because the single circulating pump on the glasshouse loop seized.',
      '',
      '3.2 Hundreds of plants were killed, and the insurers have valued the loss at £390,000.',
      '',
      '3.5 The Palm Glasshouse will reopen to the public on Saturday 31 January 2026.',
    ].join('\n'),
  });

  it('gives the newest report’s day for the plan, though that sentence names neither the town nor a change', () => {
    expect(answerFromStories('when is the palm glasshouse at dunmore reopening now', glasshouse).text).toMatch(/^Saturday 31 January 2026 — /);
  });
});

describe('a count a newer report retells in other words', () => {
  // Held-out round 55: "12 classrooms, which are now closed", then "the council says 38 classrooms are affected",
  // then committee minutes: "The Committee noted that 35 classrooms had been affected."
  const dir = 'tests/fixtures/fresh/round55/dev/stories';
  const school = libraryOf(Object.fromEntries(readdirSync(dir).filter((f) => f.startsWith('r55s2_')).map((f) => [f, readFileSync(join(dir, f), 'utf8')])));

  it('is the newest report’s figure of the counted thing, though it says "affected" where the first said "closed"', () => {
    const answer = answerFromStories('how many classrooms at corriebrae were closed', school);
    expect(answer.text).toMatch(/^35 classrooms\b/);
    expect(answer.dated).toEqual({ label: 'as of', day: '2026-09-29' });
  });
});

describe('the final count a last report tells in its own words', () => {
  // Held-out round 54: the last report (a hearing record) gives "The 112 service received 12,450 calls in the
  // hour after the alert", without the question's "fake tsunami text", which its title and lead tell.
  const dir = 'tests/fixtures/fresh/round54/dev/stories';
  const alert = libraryOf(Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')])));

  it('answers "in the end" with it, though its sentence holds few of the question’s words', () => {
    expect(answerFromStories('how many calls did 112 end up getting after the fake tsunami text', alert).text).toMatch(/^12,450 calls\b/);
  });
});

describe('when a stopped service started again', () => {
  it('takes "restarted" for "start back up", and no event from "in the end"', () => {
    // r65s1_c: "… reported that ice cave tours restarted on the new route on Tuesday 10 March, …"
    const cave = reportsOf('tests/fixtures/fresh/round65/dev/stories', ['r65s1_a.txt', 'r65s1_b.txt', 'r65s1_c.txt']);
    expect(answerFromStories('When did the ice cave tours actually start back up in the end?', cave).text).toMatch(/^Tuesday 10 March — /);
  });
});

describe('when something happened, asked about a thing whose name holds a plan word', () => {
  it('reads "the Pitcher Plant House" as no plan: the day it reopened answers, not the day it would not reopen before', () => {
    // Round 54's stolen pitcher plants: the second report says the house will not reopen before 11 July, the third that it reopened on 7 July.
    const garden = fixtureStoriesMentioning('tests/fixtures/fresh/round54/dev/stories', 'Pitcher Plant House');
    expect(answerFromStories('when did the pitcher plant house open back up', garden).text).toMatch(/^Tuesday, 7 July — /);
  });
});

describe('a weekday given as the answer', () => {
  const road = libraryOf({
    'road.txt': [
      'Road shut after turbine blade falls',
      'Published: Friday 16 October 2026',
      '',
      'A blade fell from a wind turbine beside the B8075 on Thursday night, and the council closed the road.',
      '',
      'The council said it hoped to reopen the road on Monday, once the blade had been cut up and taken away.',
    ].join('\n'),
  });

  it('is dated by its report, looking ahead for a plan ("hoped to reopen the road on Monday" → Monday 19 October)', () => {
    const answer = answerFromStories('On what date did the council hope to open the B8075 again?', road);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^Monday 19 October — /);
  });

  it('is dated back for what has happened ("on Thursday night" in a Friday report → Thursday 15 October)', () => {
    const answer = answerFromStories('When did the turbine blade fall beside the B8075?', road);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^Thursday night, 15 October — /);
  });

  it('gives no date for a weekday its undated report cannot place, but quotes it as the closest passage', () => {
    const undated = libraryOf({ 'undated.txt': 'Road shut after turbine blade falls\n\nThe council said it hoped to reopen the B8075 on Monday, once the blade had been cut up.' });
    const answer = answerFromStories('On what date did the council hope to open the B8075 again?', undated);
    expect(answer.kind).toBe('abstained');
    expect(answer.text).toMatch(/reopen the B8075 on Monday/);
  });

  it('still answers "when" with the weekday an undated report gives', () => {
    const undated = libraryOf({ 'undated.txt': 'Road shut after turbine blade falls\n\nThe council said it hoped to reopen the B8075 on Monday, once the blade had been cut up.' });
    expect(answerFromStories('When did the council hope to open the B8075 again?', undated).text).toMatch(/^Monday — /);
  });
});

describe('a plan told by whoever made it', () => {
  it('answers "when did the island authorities first expect to reopen the bay" from "the Division expects to reopen Brigand Bay for bathing on Saturday 12 June"', () => {
    const tobago = fixtureStoriesMentioning('tests/fixtures/fresh/round94/dev/stories', 'Brigand');
    const answer = answerFromStories('When did the island authorities originally expect to reopen Brigand Bay to bathers?', tobago);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^Saturday 12 June — /);
  });
});

describe('the day something finally happened', () => {
  it('is the newest dated report’s, not an undated page’s "Tuesday of last week"', () => {
    const alarms = fixtureStoriesMentioning('tests/fixtures/fresh/round97/dev/stories', 'Garrisay');
    const answer = answerFromStories('On what date did Brachan Mobile finally shut down 3G on Garrisay for good?', alarms);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^Tuesday 14 March — /);
  });
});

describe('a month or year the question names', () => {
  it('is no missing word when the reports write the month short ("the January storm" of "on Jan. 17")', () => {
    const storm = fixtureStoriesMentioning('tests/fixtures/fresh/round99/wire/stories', 'Aconcagua');
    const answer = answerFromStories('How many people died in the January storm on Aconcagua?', storm);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^Four people — /);
  });

  it('is no missing word when it is the year the reports are dated in ("Swaziland’s 1998 maize harvest")', () => {
    const drought = fixtureStoriesMentioning('tests/fixtures/fresh/round99/wire/stories', 'Swaziland');
    const answer = answerFromStories('What was the agreed final estimate of Swaziland’s 1998 maize harvest?', drought);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^About 53,000 tonnes — /);
  });
});

describe('the event asked about, when the question ends on a thing', () => {
  it('answers when the Strandbad "opened back up for swimming" from the day it reopened', () => {
    const lake = fixtureStoriesMentioning('tests/fixtures/fresh/round51/dev/stories');
    const answer = answerFromStories('when did the strandbad open back up for swimming', lake);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^Saturday 22 August — /);
  });

  it('answers when pupils "got back to class" from the day they went back to school', () => {
    const floods = fixtureStoriesMentioning('tests/fixtures/fresh/round41/wire/stories', 'Kaolack');
    const answer = answerFromStories('when did kids in kaolack finally get back to class', floods);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^Monday, October 12 — /);
  });
});

describe('the other side of the event a question names', () => {
  it('does not answer "before the joint inventory" with what was agreed "after a joint inventory"', () => {
    const crates = fixtureStoriesMentioning('tests/fixtures/fresh/round103/wire/stories', 'Niamey');
    const answer = answerFromStories('According to the National Museum, how many objects had been found in the seized crates before the joint inventory?', crates);
    expect(answer.text).not.toMatch(/^97 /);
  });
});

describe('a day asked with a premise and things in other words', () => {
  it('does not need the things of the question’s opening time clause ("When the university first announced the infestation, …")', () => {
    const bedbugs = fixtureStoriesMentioning('tests/fixtures/fresh/round105/dev/stories', 'Lousadela');
    const answer = answerFromStories('When the university first announced the infestation, by what date did it expect the students to be back in their rooms?', bedbugs);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/Friday 26 October/);
  });

  it('answers when one of three things asked goes by another name ("the danube channel" → "the shipping channel")', () => {
    const danube = fixtureStoriesMentioning('tests/fixtures/fresh/round30/wire/stories', 'Danube');
    const answer = answerFromStories('when will the danube channel be fully open agian', danube);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/October 1\b/);
  });
});

describe('a figure corrected in the next sentence', () => {
  it('answers the final figure a report gives right after the one it had reported ("… in 94 rooms. The final figure is 81.")', () => {
    const bedbugs = fixtureStoriesMentioning('tests/fixtures/fresh/round105/dev/stories', 'Lousadela');
    const answer = answerFromStories("How many rooms in the University of Lousadela's residences were finally confirmed to have bed bugs?", bedbugs);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^81 rooms — The final figure is 81\./);
  });

  it('answers the final figure a quotation gives after the one it had said ("we said nineteen paintings had been damaged. … the final number is fifteen.")', () => {
    const museum = fixtureStoriesMentioning('tests/fixtures/fresh/round156/dev/stories');
    expect(answerFromStories('What is the final number of paintings found to have been damaged by the rain?', museum).text).toMatch(/^Fifteen — /);
  });
});

describe('the day something actually happened, not a plan for it', () => {
  it('is not a day a plan’s verb governs from afar ("We will post a kit … to every owner from Monday 5 July") nor a promised one', () => {
    const blankets = fixtureStoriesMentioning('tests/fixtures/fresh/round106/dev/stories', 'Warmleigh');
    const answer = answerFromStories('On what date did the replacement connector kits actually begin to go out to owners?', blankets);
    expect(answer.text).toMatch(/^Monday 26 July — /);
  });

  it('is not a day the sentence says was dropped ("had first been allowed to sell from 11 June, but …")', () => {
    const cheese = fixtureStoriesMentioning('tests/fixtures/fresh/round104/dev/stories', 'Jedľovou');
    const answer = answerFromStories('On what date did the goat farm actually resume selling its cheese?', cheese);
    expect(answer.text).toMatch(/^Monday 25 June — /);
  });
});

describe('a day a body gives speaking as "we"', () => {
  it('answers what the operator first expected from "we expect to run the full timetable again from Monday 19 November"', () => {
    const railcars = fixtureStoriesMentioning('tests/fixtures/fresh/round105/dev/stories', 'Küstenbahn');
    const answer = answerFromStories('When the railcars were first withdrawn, from what date did the operator expect to run its full timetable again?', railcars);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/Monday 19 November — /);
  });
});

describe('the final figure, when a newer report of the event gives none that fits', () => {
  it('abstains rather than give an older report’s count ("In the final count, how many households …")', () => {
    const gas = fixtureStoriesMentioning('tests/fixtures/fresh/round104/dev/stories', 'Gerlitzau');
    const answer = answerFromStories('In the final count, how many households in Gerlitzau were left without gas?', gas);
    expect(answer.text).not.toMatch(/^3,400 /);
  });

  it('still answers from the newest report that gives one ("The final figure is 81")', () => {
    const bedbugs = fixtureStoriesMentioning('tests/fixtures/fresh/round105/dev/stories', 'Lousadela');
    expect(answerFromStories("How many rooms in the University of Lousadela's residences were finally confirmed to have bed bugs?", bedbugs).text).toMatch(/^81 rooms/);
  });
});

describe('the day something finally happened, when a newer report of the event gives none', () => {
  it('abstains rather than give a day an older report tells of something else ("when did the do-over … actually happen")', () => {
    const regatta = fixtureStoriesMentioning('tests/fixtures/fresh/round62/dev/stories', 'Three Islands');
    expect(answerFromStories('so when did the do-over of the three islands race actually happen', regatta).text).not.toMatch(/^Thursday 10 September/);
  });
});

describe('a plan asked as it stood when something first happened', () => {
  it('is the first report\'s ("would reopen on May 18"), not the plan moved "a week longer than first planned"', () => {
    const heat = fixtureStoriesMentioning('tests/fixtures/fresh/round161/wire/stories');
    expect(answerFromStories('When the schools in the area were first closed, on what date were they due to reopen?', heat).text).toMatch(/^May 18 — /);
  });
});

describe('a forecast asked as first given', () => {
  it('is the first report\'s ("was expected to reach its peak on May 12"), not the day it moved to ("now expect … on May 20, eight days later than first forecast")', () => {
    const flood = fixtureStoriesMentioning('tests/fixtures/fresh/round158/wire/stories');
    expect(answerFromStories('On what date was the river first forecast to crest at Villa Yaguari?', flood).text).toMatch(/^May 12 — /);
  });
});

describe('what has happened so far', () => {
  it('is not what is still to be done ("Some 40,000 cattle … are to be vaccinated by the end of June")', () => {
    const herds = fixtureStoriesMentioning('tests/fixtures/fresh/round176/wire/stories');
    expect(answerFromStories('How many cattle in Kavango have been vaccinated so far?', herds).text).not.toMatch(/^Some 40,000/);
  });
});

describe('how far apart two days are', () => {
  it('is no duration of what was asked ("… on Monday 23 February, a week before the 2 March date the carmaker had given")', () => {
    const recall = fixtureStoriesMentioning('tests/fixtures/fresh/round174/dev/stories');
    expect(answerFromStories('How long does the steering repair take a dealer to carry out?', recall).kind).toBe('abstained');
  });

  it('still answers a question about the gap ("How many days ahead of the revised date …" → "nine days ahead of the revised date")', () => {
    const water = fixtureStoriesMentioning('tests/fixtures/fresh/round150/dev/stories');
    expect(answerFromStories('How many days ahead of the revised date did the tower return to use?', water).text).toMatch(/^Nine days — /);
  });
});

describe('a plan asked as it now stands, by its date', () => {
  it('is the newest report\'s ("On what date is Pontoon C now due to reopen?" → "… now expects Pontoon C to reopen on Monday 19 August")', () => {
    const marina = fixtureStoriesMentioning('tests/fixtures/fresh/round159/dev/stories', 'Pontoon');
    expect(answerFromStories('On what date is Pontoon C now due to reopen?', marina).text).toMatch(/^Monday 19 August — /);
  });
});

describe('a day the event is compared with', () => {
  it('is not the day of the event ("on Monday 9 December, five weeks earlier than the date of 13 January the company announced")', () => {
    const trains = fixtureStoriesMentioning('tests/fixtures/fresh/round111/dev/stories', 'Cávado');
    expect(answerFromStories('On what date did the new trains finally begin carrying passengers on the Cávado line?', trains).text).toMatch(/^Monday 9 December — /);
  });

  it('is not the plan as it now stands, nor is the day the plan was told ("told our branch on Tuesday that … will reopen on 11 April, two weeks earlier than the date of 25 April")', () => {
    const tunnel = fixtureStoriesMentioning('tests/fixtures/fresh/round149/dev/stories', 'Kvernesund');
    expect(answerFromStories('On what date is the Kvernesund tunnel now expected to reopen fully to all traffic?', tunnel).text).toMatch(/^11 April — /);
  });
});

describe('the plan first given, told by a later report', () => {
  it('is the day a sentence says was first set before it moved ("The ban …, which was to end on March 23, will now last until Monday, April 6")', () => {
    const river = fixtureStoriesMentioning('tests/fixtures/fresh/round212/wire/stories', 'Jatun Khasa');
    expect(answerFromStories("Until what date was the ban on using the river's water originally meant to last?", river).text).toMatch(/^March 23 — /);
  });

  it('is the day a later report says was hoped for ("The municipality had hoped to let cars and vans back on Monday 20 October.")', () => {
    const bridge = fixtureStoriesMentioning('tests/fixtures/fresh/round210/dev/stories', 'Vale Escuro');
    expect(answerFromStories('On what date did the municipality initially hope to let cars back onto the bridge?', bridge).text).toMatch(/^Monday 20 October — /);
  });
});

describe('the first figure, not one told as revised', () => {
  it('is not "the cost of the recall has risen to NZ$3.9 million" for what the company originally estimated', () => {
    const blankets = fixtureStoriesMentioning('tests/fixtures/fresh/round106/dev/stories', 'Warmleigh');
    expect(answerFromStories('What did Warmleigh originally estimate the recall would cost?', blankets).text).toMatch(/^NZ\$2\.4 million — /);
  });

  it('still is the figure a revision names as the one it replaced ("now puts the cost at €587,000, up from €162,000")', () => {
    const racecourse = fixtureStoriesMentioning('tests/fixtures/fresh/round62/dev/stories', 'Knockferry');
    expect(answerFromStories('what did knockferry first think it would all cost them', racecourse).text).toMatch(/162,000/);
  });

  it('is not a figure the sentence says things "now total" ("said the refunds held back now total €38.5 million")', () => {
    const refunds = fixtureStoriesMentioning('tests/fixtures/fresh/round184/dev/stories', 'Tax Administration');
    expect(answerFromStories('When the Tax Administration first announced the problem, what total sum did it say was being held back?', refunds).text).not.toMatch(/^€38\.5 million/);
  });

  it('is not a figure a sentence tells as correcting one in words ("The recall now covers nine batches, not the eleven announced earlier")', () => {
    const syrup = fixtureStoriesMentioning('tests/fixtures/fresh/round195/dev/stories', 'Pyrelief');
    expect(answerFromStories("How many batches of the syrup did the company's first recall notice cover?", syrup).text).not.toMatch(/^Nine /);
  });

  it('is not a figure a sentence says has now been reached ("Hvidmose Municipality has now closed eleven schools")', () => {
    const schools = fixtureStoriesMentioning('tests/fixtures/fresh/round192/dev/stories', 'Hvidmose');
    expect(answerFromStories('How many schools did Hvidmose Municipality close when the roof panel had just fallen?', schools).text).toMatch(/^Four schools — /);
  });

  it('is the "from" figure of "raised its fund to TT$18 million from TT$10 million", a sum in a currency with letters before its sign', () => {
    const spill = fixtureStoriesMentioning('tests/fixtures/fresh/round187/dev/stories', 'Gulf Paria');
    expect(answerFromStories('How much did Gulf Paria Terminals originally pledge to its compensation fund?', spill).text).toMatch(/^TT\$10 million — /);
  });
});

describe('the figure a sentence compares with an earlier one', () => {
  it('is not the first proposal ("fined €45,000, less than the €60,000 proposed last week")', () => {
    const concerts = fixtureStoriesMentioning('tests/fixtures/fresh/round108/dev/stories', 'Onatge');
    expect(answerFromStories('What fine did the town hall first propose for the promoter?', concerts).text).toMatch(/^€30,000 — /);
  });
});

describe('a day told beside another the sentence compares it with', () => {
  it('answers when trains were back at full speed from "Since Friday 4 March, …, ten days before the 14 March date Trafikverket gave"', () => {
    const line = fixtureStoriesMentioning('tests/fixtures/fresh/round121/dev/stories', 'Bergsjövik');
    expect(answerFromStories('On what date were trains between the two towns allowed back up to their usual speed?', line).text).toMatch(/^Friday 4 March — /);
  });

  it('takes no end of a span for when something happened ("between Thursday 16 and Saturday 18 July")', () => {
    const bags = fixtureStoriesMentioning('tests/fixtures/fresh/round89/dev/stories');
    expect(answerFromStories('On what date did the last of the stranded Scaldis bags reach its owner?', bags).text).toMatch(/^Sunday 26 July — /);
  });
});

describe('a first figure asked when a sentence tells what the source "now says"', () => {
  it('is not the revised figure ("The office now says 12,800 payments, totalling CZK 57.6 million, …")', () => {
    const tax = fixtureStoriesMentioning('tests/fixtures/fresh/round120/dev/stories');
    expect(answerFromStories('In its first statement on the error, how much money did the tax office say had been paid into the old account?', tax).text).toMatch(/^CZK 38 million — /);
  });
});

describe('the date in a dateline', () => {
  it('dates the report, not the event ("LARISSA, 18 March 2033 — Deliveries … resumed on Wednesday 16 March")', () => {
    const pharmacies = fixtureStoriesMentioning('tests/fixtures/fresh/round123/dev/stories');
    expect(answerFromStories('On what date did the cooperative start delivering to pharmacies again?', pharmacies).text).toMatch(/^Wednesday 16 March — /);
  });
});

describe('a day that is no answer to "what date"', () => {
  it('is neither the day something was said ("On Tuesday the commission told us …") nor a bare year ("Elections 2034")', () => {
    const vote = fixtureStoriesMentioning('tests/fixtures/fresh/round127/dev/stories');
    expect(answerFromStories('For what date was the repeat vote originally called?', vote).text).not.toMatch(/^(?:Tuesday|2034)\b/);
  });
});

describe('a first figure the same sentence corrects', () => {
  it('is not the correction ("the tags of 1,640 people went unchecked …, not the 1,100 in the Government\'s first statement")', () => {
    const tags = fixtureStoriesMentioning('tests/fixtures/fresh/round124/dev/stories');
    expect(answerFromStories("In the Government's first statement, how many people were said to have had their tags go unchecked?", tags).text).not.toMatch(/^1,640/);
  });

  it('is not what a source "now expects", and "first set aside" asks the first figure', () => {
    const insurer = fixtureStoriesMentioning('tests/fixtures/fresh/round126/dev/stories');
    expect(answerFromStories('How much did the insurer first set aside to compensate its customers?', insurer).text).toMatch(/^€200,000 — /);
  });

  it('is not a later figure a report says was replaced, unless told as the first ("not the €210,000 expected in June")', () => {
    const library = fixtureStoriesMentioning('tests/fixtures/fresh/round112/dev/stories');
    expect(answerFromStories('How much was the clean-up originally expected to cost?', library).text).not.toMatch(/^€210,000/);
  });
});

describe('a day someone agreed something', () => {
  it('is not the day of the event ("… broke a heat wave … on Monday, … and officials and a welfare group agreed Thursday that …")', () => {
    const heat = fixtureStoriesMentioning('tests/fixtures/fresh/round124/wire/stories');
    expect(answerFromStories('On what date did rain finally break the heat wave?', heat).text).toMatch(/^Monday 15 June — /);
  });
});

describe('the day of a return', () => {
  it('is the day told right after the return, not another day of the sentence ("killed seven people … on January 18, reopened on Saturday, Jan. 31")', () => {
    const valley = fixtureStoriesMentioning('tests/fixtures/fresh/round129/wire/stories');
    expect(answerFromStories('On what date did the road into the valley open again?', valley).text).toMatch(/^Saturday, Jan\. 31 — /);
  });
});

describe('a first figure told as gone up', () => {
  it('is not the revised one ("The board\'s estimate for the dredging has gone up as well, to DKK 7.8 million")', () => {
    const harbour = fixtureStoriesMentioning('tests/fixtures/fresh/round129/dev/stories');
    expect(answerFromStories('What did the harbour master first expect the dredging to cost?', harbour).text).not.toMatch(/^DKK 7\.8 million/);
  });
});

describe('a day asked of what has happened', () => {
  it('is not a forecast ("expect eMatica to be working fully by Friday 22 March" for since when it has been)', () => {
    const register = fixtureStoriesMentioning('tests/fixtures/fresh/round110/dev/stories');
    expect(answerFromStories('From what date has the new civil register system been working fully?', register).text).not.toMatch(/^By Friday 22 March/);
  });

  it('reads "been given a repeat test" as what happened, not a date given ("We expect every affected patient to be retested by …")', () => {
    const lab = fixtureStoriesMentioning('tests/fixtures/fresh/round121/dev/stories');
    expect(answerFromStories('By what date had every affected patient been given a repeat test?', lab).text).not.toMatch(/^By Friday, October 14/);
  });
});

describe('days a sentence tells beside the one asked', () => {
  it('sets aside "the revised date of Friday 12 December" for when refilling began', () => {
    const dam = fixtureStoriesMentioning('tests/fixtures/fresh/round135/dev/stories');
    expect(answerFromStories('On what date did the refilling of the reservoir actually begin?', dam).text).toMatch(/^Monday 24 November 2036 — /);
  });

  it('sets aside the day a date was "given on"', () => {
    const cup = fixtureStoriesMentioning('tests/fixtures/fresh/round133/dev/stories');
    expect(answerFromStories('On what date is the semi-final now to be replayed?', cup).text).toMatch(/^Wednesday 3 May — /);
  });

  it('takes no "this month" for "on what date"', () => {
    const wine = fixtureStoriesMentioning('tests/fixtures/fresh/round133/wire/stories');
    expect(answerFromStories("On what date did the cooperative start accepting its members' grapes again?", wine).text).not.toMatch(/^This month/);
  });

  it('answers when an audit was completed with the day it was, not the day it was "to be completed by"', () => {
    const depot = fixtureStoriesMentioning('tests/fixtures/fresh/round132/wire/stories');
    expect(answerFromStories("On what date was the audit of the depot's stocks completed?", depot).text).toMatch(/^Monday, March 2 — /);
    expect(answerFromStories('When the damage was first reported, by what date was the audit to be finished?', depot).text).toMatch(/^By Friday, Feb\. 20 — /);
  });
});

describe('a newer report\'s figure that contradicts the pick', () => {
  it('must state what was asked: "54 people fell ill" a week later does not contradict how many came to the festival', () => {
    const festival = fixtureStoriesMentioning('tests/fixtures/fresh/round265/dev/stories', 'festival');
    expect(answerFromStories('Roughly how many people attended the festival on the market square over the weekend?', festival).text).toMatch(/^About 9,000 visitors — /);
  });
});

describe('two bodies\' earlier figures told together', () => {
  it('are the figures the agreed one replaced ("which had given tolls of seven and nine, agreed on eight dead")', () => {
    const collapse = fixtureStoriesMentioning('tests/fixtures/fresh/round206/wire/stories', 'collapse');
    expect(answerFromStories('What is the final agreed death toll from the collapse?', collapse).text).toMatch(/^Eight dead — /);
  });
});

describe('a first plan asked as "originally scheduled"', () => {
  it('is the day the plan was first set for, though the event came sooner ("originally due to start July 20, began Thursday")', () => {
    const dengue = fixtureStoriesMentioning('tests/fixtures/fresh/round277/wire/stories', 'fumigation');
    expect(answerFromStories('On what date was the fumigation campaign originally scheduled to begin?', dengue).text).toMatch(/^July 20 — /);
  });
});

describe('a body called by its kind', () => {
  it('names the one the question calls by another word ("the caterer" → "The company told us it expects to resume production by Sunday 15 May")', () => {
    const kitchen = fixtureStoriesMentioning('tests/fixtures/fresh/round288/dev/stories', 'Rawdat');
    expect(answerFromStories('By what date did the caterer first hope to restart production?', kitchen).text).toMatch(/^By Sunday 15 May — /);
  });
});

describe('a noun that only says which', () => {
  it('may go unsaid in a sentence stating when ("the full bus timetable" → "the full timetable on all 24 routes was restored on Wednesday 24 March")', () => {
    const depot = fixtureStoriesMentioning('tests/fixtures/fresh/round272/dev/stories', 'timetable');
    expect(answerFromStories('On what date was the full bus timetable actually restored?', depot).text).toMatch(/^Wednesday 24 March — /);
  });
});

describe('the year something was built', () => {
  it('is not answered by the date of a sentence that does not tell it was built ("on Sunday 15 July 2068 … at the Boukbouka power station")', () => {
    const round = fixtureStoriesMentioning('tests/fixtures/fresh/round362/dev/stories');
    expect(answerFromStories('In what year was the Boukbouka power station built?', round).kind).toBe('abstained');
  });
});

describe('a plan asked as what was meant or supposed to happen', () => {
  it('is found though no sentence says "supposed" ("the committee\'s report, first due by Thursday 2 February")', () => {
    const round = fixtureStoriesMentioning('tests/fixtures/fresh/round359/dev/stories');
    expect(answerFromStories("By what date was the engineers' committee originally supposed to deliver its findings?", round).text).toMatch(/^By Thursday 2 February — /);
  });
});

describe('a figure of an earlier year', () => {
  it('does not answer a count of the story ("In 1988, a quake in northern Armenia killed some 25,000 people")', () => {
    const round = fixtureStoriesMentioning('tests/fixtures/fresh/round371/wire/stories');
    expect(answerFromStories('How many deaths were reported the morning after the quake?', round).text).not.toMatch(/25,000/);
  });
});

describe('the year something was done, asked with the place after the verb', () => {
  it('needs the doing told ("in what year was the lift installed in the block on Strada Livezilor" is not the accident’s date)', () => {
    const round = fixtureStoriesMentioning('tests/fixtures/fresh/round376/dev/stories');
    expect(answerFromStories('In what year was the lift installed in the block on Strada Livezilor?', round).kind).toBe('abstained');
  });
});

describe('a plan as first told', () => {
  const outage = libraryOf({
    'tuesday.txt': [
      'Hospital systems down after cyber attack',
      'Published: Tuesday 12 June 2068',
      '',
      'The Northern Valley Health Authority switched off its computer systems on Monday after a ransomware attack, its chief executive, Dr Mara Quint, said.',
      '',
      'She expected the main systems to be running again by Friday 15 June.',
    ].join('\n'),
  });

  it('reads "working again" as told with "running again"', () => {
    expect(answerFromStories('By what date did the health authority originally expect its main systems to be working again?', outage).text).toMatch(/^By Friday 15 June\b/);
  });

  it('reads "when were they first told they could go home" as asking the plan, told with "would be able to go home"', () => {
    const leak = fixtureStoriesMentioning('tests/fixtures/fresh/round393/dev/stories', 'ammonia');
    expect(answerFromStories('When were the evacuated villagers first told they could go home?', leak).text).toMatch(/^By Thursday 11 October\b/);
  });

  it('does not ask the report to repeat the asker’s word for what went wrong ("the report on the accident")', () => {
    const cableCar = fixtureStoriesMentioning('tests/fixtures/fresh/round395/dev/stories', 'cabin');
    expect(answerFromStories("When was the inspectors' report on the accident originally supposed to be ready?", cableCar).text).toMatch(/^By Monday 30 April\b/);
  });

  const inquiry = libraryOf({
    'friday.txt': [
      'Blackout inquiry given more time',
      'Published: Friday 27 January 2068',
      '',
      'The commission of inquiry into the hospital blackout, which was due to report today, will now report by Friday 24 February, the ministry said.',
    ].join('\n'),
  });

  it('never gives the day a plan was moved to as the first plan ("which was due to report today, will now report by Friday 24 February")', () => {
    expect(answerFromStories('By what date was the inquiry into the hospital blackout first supposed to report?', inquiry).text).not.toMatch(/^By Friday 24 February/);
  });

  it('reads a deadline set with "is to" as the plan ("a committee of inquiry, which is to report by Friday 4 May")', () => {
    const stand = fixtureStoriesMentioning('tests/fixtures/fresh/round444/dev/stories');
    expect(answerFromStories('By what date was the committee of inquiry originally supposed to deliver its findings?', stand).text).toMatch(/^By Friday 4 May\b/);
  });

  it('reads a deadline someone was told or asked to meet as the plan ("asked the investigators to report their conclusions by Friday 25 May")', () => {
    const paint = fixtureStoriesMentioning('tests/fixtures/fresh/round461/dev/stories');
    expect(answerFromStories('By what date were the investigators originally supposed to deliver their conclusions on the paint factory fire?', paint).text).toMatch(/^By Friday 25 May\b/);
  });

  it('reads a deadline told with "to be done by" as the plan ("ordered an audit of all private hostels in Mbarara, to be completed by Friday 16 March")', () => {
    const hostel = fixtureStoriesMentioning('tests/fixtures/fresh/round402/dev/stories');
    expect(answerFromStories('When was the audit of private hostels in Mbarara originally supposed to be finished?', hostel).text).toMatch(/^By Friday 16 March\b/);
  });
});

describe('a figure a later report tells as an earlier one', () => {
  it('is not the first figure when an earlier report of the story was found ("The University\'s earlier figure of 347 left out 51 applicants")', () => {
    const admissions = fixtureStoriesMentioning('tests/fixtures/fresh/round389/dev/stories');
    expect(answerFromStories('How many applicants did the university say were affected when it first owned up to the error?', admissions).text).not.toMatch(/^347\b/);
  });

  it('is not a figure told as it stands now ("The Caisse … now admits that 7,915 pensioners were overpaid")', () => {
    const pensions = fixtureStoriesMentioning('tests/fixtures/fresh/round405/dev/stories');
    expect(answerFromStories('How many pensioners did the fund say had been overpaid when it first owned up to the error?', pensions).text).not.toMatch(/^7,915\b/);
  });

  it('is still the figure a "now" sentence says it replaced ("now says 52,400 pensioners were affected, up from about 38,000")', () => {
    const pensions = libraryOf({ 'pensions.txt': 'Pension error grows\nPublished: Tuesday 12 March 2068\n\nThe agency now says 52,400 pensioners were affected, up from about 38,000 it gave last week.' });
    expect(answerFromStories('How many pensioners did the agency say were affected when it first announced the error?', pensions).text).toMatch(/^About 38,000\b/);
  });
});

describe('a figure asked as of when an outbreak was declared', () => {
  it('is the declaring report\'s, not a later count ("recorded 48 suspected cases", not "112 cases since late January")', () => {
    const typhoid = fixtureStoriesMentioning('tests/fixtures/fresh/round463/dev/stories', 'typhoid');
    expect(answerFromStories('How many suspected typhoid cases had the provincial health authority counted when it declared the outbreak?', typhoid).text).toMatch(/^48 suspected cases\b/);
  });
});

describe('a sum first offered', () => {
  it('may be told first in a later report, when the earlier one names no sum at all ("Residents … were asked to leave", then "would pay 2,000 crowns")', () => {
    const mill = fixtureStoriesMentioning('tests/fixtures/fresh/round373/wire/stories', 'Bergsviken');
    expect(answerFromStories("How much did the mill's owner first offer each household that had to leave?", mill).text).toMatch(/^2,000 crowns\b/);
  });
});

describe('the peak of a count', () => {
  it('is the figure a report calls the peak, though an earlier running count was higher ("4,600 doctors had stayed away at the height of the strike")', () => {
    const strike = fixtureStoriesMentioning('tests/fixtures/fresh/round369/wire/stories', 'doctors');
    expect(answerFromStories('How many government doctors stayed away at the height of the strike?', strike).text).toMatch(/^4,600 doctors\b/);
  });
});

describe('a revised figure in another unit', () => {
  it('replaces the earlier one ("1.2 tonnes, up from their earlier estimate of 900 kilograms")', () => {
    const leak = fixtureStoriesMentioning('tests/fixtures/fresh/round507/dev/stories', 'ammonia');
    expect(answerFromStories('How much ammonia escaped from the Kayar cold store, according to the latest estimate?', leak).text).toMatch(/^About 1\.2 tonnes\b/);
  });
});
