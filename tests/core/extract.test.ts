import { describe, expect, it } from 'vitest';
import { isMoneyFigure } from '../../src/core/answer-gate.ts';
import { findDurations, findNames, findQuantities, findSpeaker, findTimes } from '../../src/core/extract.ts';
import { termOf } from '../../src/core/terms.ts';

const texts = (spans: Array<{ text: string }>): string[] => spans.map((s) => s.text);

describe('findQuantities', () => {
  it('reads no count in a clock time ("between 9 a.m. and 4 p.m.")', () => {
    expect(findQuantities('The tests were all run between 9 a.m. and 4 p.m., never after 5pm.')).toEqual([]);
  });

  it('gives a figure with the two nouns that name its plural noun ("1,900 fuel subsidy cards")', () => {
    expect(findQuantities('The ministry now says 1,900 fuel subsidy cards have been refused at the pumps.')[0]?.figure).toBe('1,900 fuel subsidy cards');
  });

  it('takes no preposition for a sum’s noun ("B$150,000 towards the cost")', () => {
    expect(findQuantities('Cobalt Key Systems has agreed to pay the College B$150,000 towards the cost of the correction.')[0]?.figure).toBe('B$150,000');
  });

  it('reads "several hundred" as one vague amount, not a hundred ("several hundred dockers had gathered")', () => {
    const [docks] = findQuantities('He spoke outside the port gates, where several hundred dockers had gathered.');
    expect(docks?.figure).toBe('several hundred dockers');
    expect(docks?.value).toBeGreaterThan(100);
  });

  it('reads a sum with its currency’s country letters ("EC$95,000")', () => {
    expect(findQuantities('The cost is put at about EC$95,000.').map((q) => q.value)).toEqual([95_000]);
  });

  it('reads a sum by any currency’s sign, letters before it too ("₲240 million", "GH₵4.8 million")', () => {
    expect(findQuantities('It will cost ₲240 million, and GH₵4.8 million more.').map((q) => [q.text, q.value])).toEqual([
      ['₲240 million', 240_000_000],
      ['GH₵4.8 million', 4_800_000],
    ]);
  });

  it('reads the rand before a whole figure with its scale ("R26 million"), but not a bare "R500"', () => {
    expect(findQuantities('The metro now puts the cost at R26 million, up from the R9 million it estimated.').map((q) => [q.text, q.value])).toEqual([
      ['R26 million', 26_000_000],
      ['R9 million', 9_000_000],
    ]);
    expect(findQuantities('The R500 route was closed.')).toEqual([]);
  });

  it('reads the rand glued to its figure ("R9.8 million"), never the digits after the point', () => {
    expect(findQuantities('The refund bill is now put at R9.8 million.').map((q) => [q.text, q.value])).toEqual([['R9.8 million', 9_800_000]]);
  });

  it('takes a currency code before a sum into the figure ("CHF 1.45 million")', () => {
    expect(findQuantities('The company now puts the cost at CHF 1.45 million, up from CHF 380,000.').map((q) => q.figure)).toEqual(['CHF 1.45 million', 'CHF 380,000']);
  });

  it('gives a figure with its adjective-like modifier and noun ("three surgical wards")', () => {
    expect(findQuantities('The bacterium closed three surgical wards at the hospital.').map((q) => q.figure)).toEqual(['three surgical wards']);
  });

  it.each([
    ['The council has set aside TSh 38 million for the response.', 'TSh 38 million'],
    ['The cost of the resit, Le 8.4 million, shall be met from the Consolidated Fund.', 'Le 8.4 million'],
    ['The Commission has fined the company JD 250,000 for the missed test.', 'JD 250,000'],
    ['The amount paid was CFA 1.75 billion.', 'CFA 1.75 billion'],
    ['Refunds now total Rp 3.6 billion.', 'Rp 3.6 billion'],
  ])('takes a currency\'s local letters before a sum into the figure: %s', (sentence, figure) => {
    expect(findQuantities(sentence).map((q) => q.figure)).toEqual([figure]);
  });

  it('reads the cedi written with the cent sign ("GH¢1,460") as money', () => {
    const sentence = 'She said she paid GH¢1,460 for her son\'s treatment.';
    const [quantity] = findQuantities(sentence);
    expect([quantity?.text, isMoneyFigure(sentence, quantity!)]).toEqual(['GH¢1,460', true]);
  });

  it('takes no road kilometre ("KM 45"), state route ("SR 520") nor single letter into the figure as a currency', () => {
    expect(findQuantities('The bus left the road at KM 45 and fell K 20 metres.').map((q) => q.text)).toEqual(['45', '20']);
    expect(findQuantities('Traffic on SR 520 was stopped for 3 hours.').map((q) => q.text)).not.toContain('SR 520');
  });

  it('takes no capitalised word that is no currency into the figure ("Act 3")', () => {
    expect(findQuantities('Act 3 was cut.').map((q) => q.text)).toEqual(['3']);
  });

  it('gives a figure with the adverb that modifies its noun ("two badly burned women"), and still reads "by a third in May"', () => {
    expect(findQuantities('The hospital said two badly burned women had died in its wards.')[0]).toMatchObject({ figure: 'two badly burned women', headTerm: 'woman' });
    expect(findQuantities('Prices rose by a third in May.')[0]?.value).toBeCloseTo(1 / 3);
  });

  it('reads "a third patient died" as the third death, no fraction of anyone', () => {
    const [death] = findQuantities('The number of cases rose to 31 and a third patient died.').filter((q) => q.value < 10);
    expect(death).toMatchObject({ text: 'a third patient', value: 3, figure: 'Three dead' });
    expect(findQuantities('A third patient was moved to Lisbon.').some((q) => q.value < 1)).toBe(false);
  });

  it('reads no count in "one on top of another" or "one by one"', () => {
    expect(findQuantities('Tortoises were packed on their backs, one on top of another, and taken out one by one.')).toEqual([]);
  });

  it('reads no count in a span of years ("Bohemian and Venetian Glass 1600–1800")', () => {
    expect(findQuantities('The exhibition Crystal for the Emperor: Bohemian and Venetian Glass 1600–1800 is closed to visitors.')).toEqual([]);
  });

  it('tells a share with its sign ("about 40 per cent of a normal crop")', () => {
    expect(findQuantities('Agronomists now expect to harvest about 40 per cent of a normal apricot crop.')[0]!.figure).toBe('about 40 per cent');
  });

  it('reads no count in a numeric date ("VOID 15/03 — REFUND")', () => {
    expect(findQuantities('Your terminal will show "VOID 15/03 — REFUND" when you scan one of these tickets.')).toEqual([]);
  });

  it('reads no count in the first day of a span ("on the night of 12 to 13 September: 19")', () => {
    expect(findQuantities('The zoo has agreed on how many lemurs escaped on the night of 12 to 13 September: 19.').map((q) => q.text)).toEqual(['19']);
  });

  it('takes no auxiliary verb for a figure\'s noun ("38,000 did not include")', () => {
    expect(findQuantities("The company's earlier figure of 38,000 did not include diesel in the smaller channels.")[0]!.figure).toBe('38,000');
  });

  it('reads no count in a code\'s number ("error E-214", "the Ilyushin-76 cargo plane")', () => {
    expect(findQuantities('Both now accept that 33,850 returns were rejected by mistake with error E-214.').map((q) => q.text)).toEqual(['33,850']);
    expect(findQuantities('The Ilyushin-76 cargo plane was carrying about nine tonnes more than its permitted load.').map((q) => q.text)).toEqual(['about nine']);
  });

  it('reads no count in a section number opening a paragraph ("1.5 Every affected patient was retested …")', () => {
    expect(findQuantities('1.5 Every affected patient was retested by Monday, October 31.')).toEqual([]);
    expect(findQuantities('1. remove all dead fish from the cages and the shore.')).toEqual([]);
  });

  it('takes no verb for the counted noun when another figure follows it ("the figure of about 900 included 146 complaints")', () => {
    const [figure, included] = findQuantities("The PDI's figure of about 900 included 146 complaints from customers.");
    expect(figure!.figure).toBe('about 900');
    expect(figure!.headTerm).toBe('');
    expect(included!.figure).toBe('146 complaints');
    expect(findQuantities('He paid 20 euros 5 times.')[0]!.figure).toBe('20 euros');
    expect(findQuantities("STPC's figure of 19 left out four people hurt outside the tram.")[0]!.figure).toBe('19');
  });

  it('takes no preposition for the counted noun ("3,400 since the weekend" counts nothing named)', () => {
    const [q] = findQuantities('The number of cancelled appointments has risen to 3,400 since the weekend.');
    expect(q!.headTerm).toBe('');
  });

  it.each([
    ['They swapped 1,000 prisoners each.', '1,000 prisoners', 1000],
    ['Almost 10,000 bodies were returned.', 'Almost 10,000 bodies', 10_000],
    ['Russia occupies about a fifth of Ukraine.', 'about a fifth', 0.2],
    ['Hundreds of thousands of soldiers died.', 'Hundreds of thousands', 200_000],
    ['Inflation hit 3.5 percent in May.', '3.5 percent', 3.5],
    ['Two missiles hit the port.', 'Two missiles', 2],
    ['Aid of $2.5 billion was pledged.', '$2.5 billion', 2.5e9],
    ['The contract is worth £4.2m a year.', '£4.2m', 4.2e6],
    ['Lost output will cost about A$55m.', 'about A$55m', 55e6],
    ['It cost about 7.1 million U.S. dollars in lost sales.', 'about 7.1 million U.S. dollars', 7.1e6],
    ['The airlift cost 40 million Hong Kong dollars.', '40 million Hong Kong dollars', 40e6],
  ])('reads %j as %s (%d)', (sentence, figure, value) => {
    expect(findQuantities(sentence).map((q) => [q.figure, q.value])).toEqual([[figure, value]]);
  });

  it('gives each count the noun it counts, as a term', () => {
    expect(findQuantities('They swapped 1,000 prisoners each.')[0]!.nounTerms).toEqual(['prison']);
  });

  it.each([
    ['a year', 'The war began in 2022.'],
    ['a date', 'They met on May 6 in Istanbul.'],
    ['a duration', 'A 30-day ceasefire was proposed.'],
    ['a length of time', 'They talked for two hours.'],
    ['"one of"', 'One of the officials said so.'],
    ['a clock time written with a point', 'Water broke through at about 10.40pm on Saturday.'],
    ['a length after a number without a currency sign', 'The shaft is 40m deep.'],
    ['an emergency number ("calls to 911")', 'Callers could not reach 911 for hours.'],
    ['a number that names ("Escuela Básica N° 3416", "Gate No. 4", "Ward #12")', 'Pupils at Escuela Básica N° 3416 fell ill near Gate No. 4 and were moved to Ward #12.'],
  ])('does not count %s', (_case, sentence) => {
    expect(findQuantities(sentence)).toEqual([]);
  });

  it('counts a year-like figure bought or sold as things ("bought 1911 buses"), not as a year', () => {
    expect(findQuantities('The water board bought 1911 buses from its suppliers on Friday.').map((q) => q.figure)).toEqual(['1911 buses']);
  });

  it.each([['In 1998 prices rose.'], ['Since 2022 crews have worked nights.'], ['The 2019 figures were revised.']])('still reads %j as a year, not a count', (sentence) => {
    expect(findQuantities(sentence)).toEqual([]);
  });

  it('counts the calls, not the number they were made to ("212 calls to 911 went unanswered")', () => {
    expect(findQuantities('212 calls to 911 went unanswered while the network was down.').map((q) => q.value)).toEqual([212]);
  });

  it('finds every count of a sentence in order, each at its offset', () => {
    const sentence = 'Two missiles hit, killing one person and wounding eight.';
    const found = findQuantities(sentence);
    expect(found.map((q) => q.value)).toEqual([2, 1, 8]);
    for (const q of found) expect(sentence.slice(q.start, q.end)).toBe(q.text);
  });
});

describe('findNames', () => {
  it('reads no name in a time zone ("at about 2:30 a.m. (0030 GMT)")', () => {
    expect(texts(findNames('The fire started at about 2:30 a.m. (0030 GMT) in the basement nightclub.'))).not.toContain('GMT');
  });

  it.each([
    ['Previous prisoner swaps have been mediated by the United Arab Emirates.', ['United Arab Emirates']],
    ['Kirill Dmitriev met Steve Witkoff in Miami.', ['Kirill Dmitriev', 'Steve Witkoff', 'Miami']],
    ['President Vladimir Putin’s envoy arrived.', ['President Vladimir Putin']],
    ['The talks in Istanbul.', ['Istanbul']],
    ['They met on Friday in May.', []],
    ['The wrong A-level grades came from Meridale Examinations, and the X-rays from a U-turn.', ['Meridale Examinations']],
    ['Mette Vinderslev-Bach said the clean-up had cost DKK 2.1 million.', ['Mette Vinderslev-Bach']],
    ['A tanker at anchor off Dar es Salaam has been leaking near El Alto.', ['Dar es Salaam', 'El Alto']],
    ['The labels were loaded at our plant in the Sto. Niño Industrial Park near Mt. Elgon.', ['Sto. Niño Industrial Park', 'Mt. Elgon']],
  ])('finds the names in %j', (sentence, names) => {
    expect(texts(findNames(sentence))).toEqual(names);
  });
});

describe('findDurations', () => {
  it('finds hyphenated, spelled-out and qualified lengths of time', () => {
    expect(texts(findDurations('A 30-day ceasefire and two hours of talks over more than three years.'))).toEqual(['30-day', 'two hours', 'more than three years']);
  });

  it('reads a kind of day as days ("thirteen school days", "11 working days"), never "a night shift"', () => {
    expect(texts(findDurations('The strike lasted thirteen school days; the contractor lost 11 working days while a night shift worked.'))).toEqual(['thirteen school days', '11 working days']);
  });
});

describe('findTimes', () => {
  it('finds days, dates, months with years and relative times', () => {
    expect(texts(findTimes('They met on Friday and meet again on Saturday and Sunday, as in February 2022, on May 6, 2025, and last week.'))).toEqual([
      'on Friday',
      'on Saturday and Sunday',
      'in February 2022',
      'on May 6, 2025',
      'last week',
    ]);
  });

  it('reads a weekday and the date after it as one time ("on Thursday 17 September")', () => {
    expect(texts(findTimes('The strategy will go to a vote of the full council on Thursday 17 September, after a delay.'))).toEqual(['on Thursday 17 September']);
  });

  it('reads no day in a weekday any week has ("again on a Monday", "every Friday")', () => {
    expect(texts(findTimes('So the resit will be held two weeks later, again on a Monday.'))).toEqual([]);
    expect(texts(findTimes('The market is held every Friday, and opened on Friday.'))).toEqual(['on Friday']);
  });

  it('reads no day in a weekday’s plural times ("on Saturday afternoons")', () => {
    expect(texts(findTimes('Health posts will open on Saturday afternoons until revaccination is complete, as they did on Saturday afternoon.'))).toEqual(['on Saturday afternoon']);
  });

  it('reads no year in a clock time of four figures ("at about 4:30 a.m. (2030 GMT Monday)")', () => {
    expect(texts(findTimes('The tanker was struck at about 4:30 a.m. (2030 GMT Monday), in a ship built in 2011.'))).toEqual(['Monday', 'in 2011']);
  });
});

describe('findSpeaker', () => {
  it.each([
    ['Rubio told reporters the talks went well.', 'Rubio'],
    ['“It is the only outcome,” Zelenskiy said on Telegram.', 'Zelenskiy'],
  ])('finds who speaks in %j', (sentence, speaker) => {
    expect(findSpeaker(sentence)?.text).toBe(speaker);
  });
});

describe('a figure’s compound noun', () => {
  it('counts the plural noun a noun names ("436 supplier farms" counts farms, "58 examination centres" centres)', () => {
    expect(findQuantities('Milk from 436 supplier farms was disposed of.')[0]!.headTerm).toBe(termOf('farms'));
    expect(findQuantities('Candidates at 58 examination centres had seen the questions.')[0]!.figure).toBe('58 examination centres');
  });

  it('shows a volume or an area with its unit whole ("about 6,800 cubic metres")', () => {
    expect(findQuantities('The resort had drawn about 6,800 cubic metres of water.')[0]!.figure).toBe('about 6,800 cubic metres');
  });
});

describe('a telephone number', () => {
  it('is no figure ("calling 8 800 22 115")', () => {
    expect(findQuantities('Older people who live alone can ask for a visit by calling 8 800 22 115.')).toEqual([]);
  });

  it('leaves a figure written with spaces between its thousands alone ("about 4 700 trucks")', () => {
    expect(findQuantities('About 4 700 trucks waited at the border.').map((q) => q.value)).toContain(700);
  });
});

describe('findQuantities with number words after a scale', () => {
  it.each<[string, number[]]>([
    ['One hundred and twenty-seven people fell ill.', [127]],
    ['A hundred and five people were treated.', [105]],
    ['Three thousand and twelve cases were counted.', [3012]],
    ['One hundred twenty people stayed.', [120]],
    ['Five hundred thousand litres leaked.', [500_000]],
    ['Between two and three people a day.', [2, 3]],
    ['The blast killed one hundred and injured twenty.', [100, 20]],
  ])('reads "%s" as %j', (sentence, values) => {
    expect(findQuantities(sentence).map((q) => q.value)).toEqual(values);
  });
});
