import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStoryFile } from '../../src/core/stories.ts';
import type { Story } from '../../src/core/types.ts';
import { readSeed, SEED } from '../support/seeds.ts';

const parseSeed = (file: string): Story[] => parseStoryFile(file, readSeed(file));
const sentenceTexts = (stories: Story[]): string[] => stories.flatMap((s) => s.sentences.map((x) => x.text));

describe('parseStoryFile', () => {
  it('splits a file that holds two stories at the repeated headline, with their titles', () => {
    const stories = parseSeed(SEED.twoStories);
    expect(stories.map((s) => s.title)).toEqual([
      "Russia, Ukraine each free first 390 prisoners in start of war's biggest swap",
      'US, Russian officials to meet in Florida for more Ukraine talks',
    ]);
  });

  it('numbers the stories of a file and their sentences in ids', () => {
    const stories = parseSeed(SEED.twoStories);
    expect(stories.map((s) => [s.id, s.index])).toEqual([
      [`${SEED.twoStories}#1`, 1],
      [`${SEED.twoStories}#2`, 2],
    ]);
    const second = stories[1]!;
    expect(second.sentences.slice(0, 2).map((s) => [s.id, s.storyId, s.index])).toEqual([
      [`${SEED.twoStories}#2:0`, `${SEED.twoStories}#2`, 0],
      [`${SEED.twoStories}#2:1`, `${SEED.twoStories}#2`, 1],
    ]);
  });

  it('keeps each story’s own sentences apart: the Florida talks are not in the swap story', () => {
    const [swap, florida] = parseSeed(SEED.twoStories);
    expect(swap!.body).not.toContain('Florida');
    expect(florida!.body).toContain('Negotiators are set to meet Russian officials in Florida on Saturday');
  });

  it.each([
    [SEED.twoStories, 'Short Url'],
    [SEED.twoStories, 'Follow'],
    [SEED.twoStories, 'Updated 23 May 2025'],
    [SEED.twoStories, 'Updated 2 sec ago'],
    [SEED.bloombergCut, 'Most Read from Bloomberg'],
  ])('removes the page furniture line %s → %j from the body', (file, line) => {
    const stories = parseSeed(file);
    expect(readSeed(file)).toContain(line);
    for (const story of stories) expect(story.body.split('\n\n')).not.toContain(line);
  });

  it.each([
    ['Xinhua News Agency, May 9, 1998', 'Xinhua News Agency', '1998-05-09'],
    ['Agence France-Presse -- 13 October 1998', 'Agence France-Presse', '1998-10-13'],
  ])('reads an "outlet, date" first line (%j) as the header, not the headline', (line, outlet, date) => {
    const text = [line, 'Floods declared a national disaster', '', 'NAIROBI (Wire) - The government declared the floods a national disaster on Saturday.'].join('\n');
    const [story] = parseStoryFile('wire.txt', text);
    expect(story).toMatchObject({ title: 'Floods declared a national disaster', outlet, date });
  });

  it('reads date, byline and outlet from a "date … By … Bloomberg News" header', () => {
    const [story] = parseSeed(SEED.bloomberg);
    expect({ date: story!.date, byline: story!.byline, outlet: story!.outlet }).toEqual({
      date: '2025-05-23',
      byline: 'Aliaksandr Kudrytski and Moira Warburton',
      outlet: 'Bloomberg News',
    });
  });

  it('keeps the body that issues a newsletter, named on its dated line under the nameplate, as its byline', () => {
    const [story] = parseStoryFile('bulletin.txt', ['CREW BULLETIN', 'Harrow Cabin Crew Council · Tuesday, June 16, 2026', '', 'Dear Members,', '', 'Management shared its report on the crash with us on Friday.'].join('\n'));
    expect({ outlet: story!.outlet, date: story!.date, byline: story!.byline }).toEqual({ outlet: 'CREW BULLETIN', date: '2026-06-16', byline: 'Harrow Cabin Crew Council' });
  });

  it('dates minutes by the meeting they record', () => {
    const [story] = parseStoryFile('minutes.txt', ['INVERDALE COMMUNITY COUNCIL', '', 'Minutes of the ordinary meeting held on Tuesday 10 November 2026 at 7pm in the Burgh Hall', '', 'The council’s final figures are 7,960 notices cancelled.'].join('\n'));
    expect(story!.date).toBe('2026-11-10');
    expect(story!.sentences.map((s) => s.text)).toEqual(['The council’s final figures are 7,960 notices cancelled.']);
  });

  it('reads a nameplate in capitals, a menu and a byline line with its date above the text ("THE DANUBE & ALPS POST", "Home | Vienna | …")', () => {
    const [story] = parseStoryFile(
      'post.txt',
      [
        'THE DANUBE & ALPS POST',
        'English-language news from Austria',
        'Home | Vienna | Regions | Politics | Business | Health | Travel | Opinion',
        '',
        'HEALTH',
        '',
        'Legionella spreads to second building at Grafenlind hospital',
        '',
        'By Julia Kapferer | Thursday 19 November 2026, 17:40 | Updated 18:25 | 4 min read',
        '',
        'GRAFENLIND — The bacterium that closed three surgical wards has now been found in a second building, the hospital said on Wednesday.',
      ].join('\n'),
    );
    expect({ outlet: story!.outlet, title: story!.title, date: story!.date, byline: story!.byline }).toEqual({
      outlet: 'THE DANUBE & ALPS POST',
      title: 'Legionella spreads to second building at Grafenlind hospital',
      date: '2026-11-19',
      byline: 'Julia Kapferer',
    });
    expect(story!.sentences.map((s) => s.text)).toEqual(['GRAFENLIND — The bacterium that closed three surgical wards has now been found in a second building, the hospital said on Wednesday.']);
  });

  it('dates a report by its dated header line though a short line of the page\'s was taken for text above it', () => {
    const [story] = parseStoryFile(
      'newsletter.txt',
      [
        'MUSEUM MATTERS',
        'The weekly newsletter of the Slovenian Museum Association',
        'This email contains tracking pixels. Manage your choices in your profile.',
        '',
        'Issue 41 · Thursday 12 October 2045',
        '',
        'The glass show at Šentlipnik will stay shut until November after three lenders asked for their objects back.',
      ].join('\n'),
    );
    expect(story!.date).toBe('2045-10-12');
  });

  it('dates a statement by its date of issue, not the date of the occurrence it reports', () => {
    const [story] = parseStoryFile('aaib.txt', ['INTERIM STATEMENT', 'Reference: AAIB/INC/2028/017', 'Date of occurrence: Saturday 9 September 2028', 'Date of issue: Friday 20 October 2028', '', 'This statement is issued under Annex 13. It informs; it does not apportion blame.'].join('\n'));
    expect(story!.date).toBe('2028-10-20');
  });

  it('dates a page by a label that names what it dates ("Meeting of Wednesday 27 November 2052 · Summary published Thursday 28 November 2052")', () => {
    const [story] = parseStoryFile('r201s3_c.txt', readFileSync('tests/fixtures/fresh/round201/dev/stories/r201s3_c.txt', 'utf8'));
    expect(story!.date).toMatch(/^2052-11-2[78]$/);
  });

  it('keeps the header line out of the sentences', () => {
    const [story] = parseSeed(SEED.bloomberg);
    expect(story!.sentences[0]!.text).toMatch(/^U\.S\. President Donald Trump said/);
    expect(story!.body).not.toMatch(/Kudrytski|date 2025/);
  });

  it('reads the date from an "Updated 23 May 2025" line', () => {
    expect(parseSeed(SEED.twoStories)[0]!.date).toBe('2025-05-23');
  });

  it.each([
    [SEED.bloombergCut, 'Bloomberg', '(Bloomberg) — agency tag'],
    [SEED.plain, '', 'no outlet anywhere'],
  ])('reads outlet %s → %j (%s)', (file, outlet, _why) => {
    expect(parseSeed(file)[0]!.outlet).toBe(outlet);
  });

  it('takes a file with no header at all as one story titled from its lead', () => {
    const text = 'Heavy rain flooded the old town of Kestrel Bay on Monday night.\n\nRescuers moved 45 families to the sports hall, the mayor said.\n';
    const stories = parseStoryFile('plain.txt', text);
    expect(stories).toHaveLength(1);
    expect(stories[0]).toMatchObject({ id: 'plain.txt#1', title: 'Heavy rain flooded the old town of Kestrel Bay on Monday night', outlet: '', date: '', byline: '' });
    expect(stories[0]!.sentences.map((s) => s.text)).toEqual([
      'Heavy rain flooded the old town of Kestrel Bay on Monday night.',
      'Rescuers moved 45 families to the sports hall, the mayor said.',
    ]);
  });

  it('shortens a long lead into a title that ends with an ellipsis', () => {
    const [story] = parseSeed(SEED.plain);
    expect(story!.title).toBe('US President Donald Trump on Friday announced that Russia and Ukraine had completed their…');
  });

  it.each([
    [SEED.twoStories, 'CEASEFIRE?'],
    [SEED.twoStories, 'PUTIN OFFERING NO COMPROMISE'],
    [SEED.plain, "Ukraine wary of Russia's intent"],
    [SEED.plain, 'Trump, Putin 2-hour phone call'],
    [SEED.plain, 'Largest swap since Russia Ukraine war began'],
  ])('does not take the subheading in %s → %j for a sentence', (file, subheading) => {
    expect(readSeed(file)).toContain(subheading);
    expect(sentenceTexts(parseSeed(file))).not.toContain(subheading);
  });

  it.each([
    ['WASHINGTON: ', 'Negotiators are set to meet Russian officials in Florida on Saturday'],
    ['CHERNIHIV REGION, Ukraine: ', 'Russia and Ukraine each released 390 prisoners on Friday'],
  ])('strips the dateline %j from the sentence it opens, which stays verbatim in the file', (dateline, opening) => {
    const sentence = sentenceTexts(parseSeed(SEED.twoStories)).find((s) => s.includes(opening))!;
    expect(sentence.startsWith(opening)).toBe(true);
    expect(readSeed(SEED.twoStories)).toContain(dateline + sentence);
  });

  it('strips a "(Bloomberg) — " agency tag from the lead sentence', () => {
    const [story] = parseSeed(SEED.bloombergCut);
    expect(story!.sentences[0]!.text).toBe(
      'Ukraine and Russia began the biggest prisoner exchange since the start of the full-scale invasion in 2022, even as Moscow resists efforts for a ceasefire.',
    );
  });

  it('quotes a bullet point without its bullet', () => {
    expect(sentenceTexts(parseSeed(SEED.twoStories))).toContain('Kyiv and Moscow are due to swap 1,000 people each in a deal agreed at talks in Istanbul');
  });

  it('does not take a photo credit in brackets for a sentence', () => {
    const texts = sentenceTexts(parseSeed(SEED.twoStories));
    expect(texts.some((t) => t.includes('(Russian Defense Ministry/AFP)'))).toBe(false);
    expect(texts).toContain('Russia and Ukraine each released 205 captured soldiers on May 6, 2025.');
  });

  it.each(Object.values(SEED))('keeps every sentence of %s verbatim in the file', (file) => {
    const content = readSeed(file);
    const sentences = sentenceTexts(parseSeed(file));
    expect(sentences.length).toBeGreaterThan(10);
    expect(sentences.filter((s) => !content.includes(s))).toEqual([]);
  });

  it('reads a file with a byte-order mark and Windows line endings like a plain one', () => {
    const plain = 'Talks in Geneva ended without a deal\n\nDelegates left Geneva on Tuesday after two days of talks.\n\nA new round is planned for June.\n';
    const windows = '\uFEFF' + plain.replace(/\n/g, '\r\n');
    const strip = (stories: Story[]) => stories.map((s) => ({ title: s.title, sentences: s.sentences.map((x) => x.text) }));
    expect(strip(parseStoryFile('w.txt', windows))).toEqual(strip(parseStoryFile('w.txt', plain)));
  });

  it.each([
    ['an empty file', ''],
    ['blank lines only', '\n\n   \n'],
    ['boilerplate only', 'Short Url\nFollow\nUpdated 2 sec ago\nShare\n'],
  ])('finds no story in %s', (_case, text) => {
    expect(parseStoryFile('x.txt', text)).toEqual([]);
  });
  it('dates a report without a dated header from its lead: a weekday with a full date that agrees with it', () => {
    const [story] = parseStoryFile('bus.txt', 'BUS ROW: NEW OPERATOR SIGNED\n\nThe council signed a contract with Pellow Coaches, it announced on Wednesday 10 September 2025.\n\nPupils will be back on buses by Monday.');
    expect(story?.date).toBe('2025-09-10');
  });

  it('dates a report from a weekday, day and month in its lead without a year, to take the source’s year', () => {
    const [story] = parseStoryFile('damp.txt', 'HOUSING BOSS QUITS\n\nHarrowfield Star — news desk\n\nThe chief executive resigned on Tuesday 17 February after 418 homes were found to have damp.');
    expect(story?.date).toBe('--02-17');
  });

  it('takes no outlet from "Updated Monday, January 26, 2026, 5:20 p.m. CT"', () => {
    const [story] = parseStoryFile('arena.txt', 'Arena collapse injured 17\n\nIron Range Herald\n\nUpdated Monday, January 26, 2026, 5:20 p.m. CT\n\nThe number of people hurt has risen to 17.');
    expect(story?.date).toBe('2026-01-26');
    expect(story?.outlet).not.toMatch(/Updated/);
  });

  it('reads a dated line that ends with the time ("Updated Monday 10 August 2026, 4:15 p.m.") as the report’s date', () => {
    const [story] = parseStoryFile('lake.txt', 'Lake bloom spreads\n\nLakelands Today\n\nUpdated Monday 10 August 2026, 4:15 p.m.\n\nThe bloom has spread across the lake.');
    expect(story?.date).toBe('2026-08-10');
    expect(story?.sentences.map((s) => s.text)).toEqual(['The bloom has spread across the lake.']);
  });

  it.each([
    ['a date without its weekday (an earlier event)', 'The war began on 24 February 2022 and has not stopped.'],
    ['a weekday that does not fall on the date', 'The council said on Tuesday 10 September 2025 that it would sign.'],
  ])('does not date a report from %s in its lead', (_case, lead) => {
    expect(parseStoryFile('x.txt', `Council news\n\n${lead}`)[0]?.date).toBe('');
  });

  it('takes a newsletter promotion above the headline for boilerplate, not for the title', () => {
    const text = 'Get the Island Times morning newsletter: the news from the islands, free in your inbox. Sign up here.\n\nFerry crews walk out\n\nBy Eilidh Munro | Island Times | Friday 7 March 2025\n\nFerry services stopped on Friday.';
    const [story] = parseStoryFile('ferry.txt', text);
    expect(story?.title).toBe('Ferry crews walk out');
    expect(story?.date).toBe('2025-03-07');
    expect(story?.sentences.map((s) => s.text)).toEqual(['Ferry services stopped on Friday.']);
  });

  it('skips a masthead and a kicker above the headline, so the dated line under it still dates the report', () => {
    const text = 'ISLAND TIMES\n\nEnvironment · Friday 2 October 2026 · 5 min read\n\nBy Priya Natarajan, Science Reporter\n\nSick leader drew whales ashore, necropsies find\n\nThe whales followed a sick older female onto the beach, scientists said on Friday.';
    const [story] = parseStoryFile('whales.txt', text);
    expect(story).toMatchObject({ date: '2026-10-02', title: 'Sick leader drew whales ashore, necropsies find', outlet: 'ISLAND TIMES' });
    expect(story?.sentences.map((s) => s.text)).toEqual(['The whales followed a sick older female onto the beach, scientists said on Friday.']);
  });

  it('reads a header line whose parts are set apart by dashes ("Perth Daily Report — Health — Wednesday 4 February 2026 — 11:30 AWST")', () => {
    const [story] = parseStoryFile('bakery.txt', 'Perth Daily Report — Health — Wednesday 4 February 2026 — 11:30 AWST\n\nBakery shuts all 23 stores\n\nThe bakery has closed all 23 of its stores.');
    expect(story).toMatchObject({ date: '2026-02-04', title: 'Bakery shuts all 23 stores' });
  });

  it('reads an e-mailed newsletter: its subject is the headline and its "Sent:" line the date, not a day named in the subject', () => {
    const text = 'From: The Civic Desk <civicdesk@review.example>\n\nSubject: Recall is on for May 19 — what the judge struck out\n\nSent: Thursday, April 2, 2026, 7:02 AM PDT\n\nView in browser | Forward to a friend\n\nA judge on Wednesday upheld the petition.';
    const [story] = parseStoryFile('recall.txt', text);
    expect(story).toMatchObject({ date: '2026-04-02', title: 'Recall is on for May 19 — what the judge struck out' });
    expect(story?.sentences.map((s) => s.text)).toEqual(['A judge on Wednesday upheld the petition.']);
  });

  it('takes "Get the … in your inbox … Subscribe free." for a promotion, wherever it stands', () => {
    const text = 'Get the Maritime Health Brief in your inbox every Monday: news on hospitals and care. Subscribe free.\n\nPharmacies run short of medicines\n\nBy Colleen Vautour | Maritime Health Brief | Monday, March 16, 2026\n\nThirty-eight stores ran out of a medicine.';
    const [story] = parseStoryFile('pharmacy.txt', text);
    expect(story).toMatchObject({ date: '2026-03-16', title: 'Pharmacies run short of medicines', byline: 'Colleen Vautour', outlet: 'Maritime Health Brief' });
  });

  it('takes a nameplate above the headline ("The West Highland Courier") for the outlet, and the headline for the title', () => {
    const text = 'The West Highland Courier\nLast updated: Tuesday 10 November 2026, 18:05 GMT\n\nLoch Brennan salmon escape more than three times first estimate\n\nBy Eilidh Fraser, environment correspondent\n\nAbout 68,000 farmed salmon escaped last week.';
    const [story] = parseStoryFile('salmon.txt', text);
    expect(story).toMatchObject({ date: '2026-11-10', title: 'Loch Brennan salmon escape more than three times first estimate', outlet: 'The West Highland Courier', byline: 'Eilidh Fraser, environment correspondent' });
  });

  it('takes the line right above the byline for the headline, not a strapline under the nameplate', () => {
    const text = 'CALDER FM NEWS\nLocal news for Calderdale, Kirklees and the Pennine towns\nHeard on the 8am bulletin · Saturday 26 September 2026 · Listen again (2 min)\n\nThousands of retired council workers miss pension payday\n\nBy Ruth Ackroyd, Calder FM newsroom\n\nAbout 2,600 retired council workers did not receive their pensions on Friday.';
    const [story] = parseStoryFile('pensions.txt', text);
    expect(story).toMatchObject({ date: '2026-09-26', title: 'Thousands of retired council workers miss pension payday', outlet: 'CALDER FM NEWS' });
    expect(story?.sentences.map((s) => s.text)).toEqual(['About 2,600 retired council workers did not receive their pensions on Friday.']);
  });

  it('skips a navigation bar and a "Trending:" line, and dates the report from "Kyle Brandt · Feb 12, 2026 · Comments (48)"', () => {
    const text = '≡ Menu   THE PLATTE VALLEY TIMES   Search   Subscribe\nTrending: Plainsway outage | Sandhill crane count | School board\nNews › Local\n\nPlainsway outage cuts phones, internet across central Nebraska\n\nKyle Brandt · Feb 12, 2026 · Comments (48)\n\nGRAND ISLAND — Thousands of customers lost service on Wednesday.';
    const [story] = parseStoryFile('outage.txt', text);
    expect(story).toMatchObject({ date: '2026-02-12', title: 'Plainsway outage cuts phones, internet across central Nebraska' });
  });

  it('reads a strapline of short parts ending on an abbreviation ("Eastbrook, Minn.") as furniture, so the dated line and headline below it count', () => {
    const text = 'EASTBROOK NOW\nYour neighborhood news · Eastbrook, Minn.\nNeighborhood News · Posted Tue, Oct 6, 2026 at 7:12 am CT · Updated 10:40 am CT\n\nEastbrook water bills spike; utility blames faulty meter transmitters\n\nBy Jenna Sorensen, Eastbrook Now staff\n\nAbout 3,200 Eastbrook households were sent inflated bills.';
    const [story] = parseStoryFile('bills.txt', text);
    expect(story).toMatchObject({ date: '2026-10-06', title: 'Eastbrook water bills spike; utility blames faulty meter transmitters', outlet: 'EASTBROOK NOW' });
  });

  it.each([
    ['dates a committee report from a date alone below furniture taken for text ("Thursday 28 May 2026")', 'Northern Ireland Assembly\nCommittee for Health\nOFFICIAL REPORT (Hansard)\n\nAmbulance Service: Dispatch System\n\nThursday 28 May 2026\n\nMembers present for all or part of the proceedings:\n\nThe Chairperson said the committee would hear from the chief executive.', '2026-05-28'],
    ['dates a notice from its place and date line with the weekday after it in brackets ("Valjevo, 14 December 2068 (Friday)")', 'ZAPADNOSRPSKO SNABDEVANJE d.o.o. — electricity supply for households and business\nCustomers | My Account | Tariffs | Pay Your Bill\n\nNotices › Billing\n\nNOTICE TO CUSTOMERS: November bills of energy-vulnerable customers\n\nValjevo, 14 December 2068 (Friday)\n\nDear customers,\n\nWe promised corrected bills by 15 December. We cannot keep that date.', '2068-12-14'],
    ['dates a letter from its place and date line ("Hrabošice, Monday 30 November 2026")', 'HRABOŠICE PRIMARY SCHOOL\nHrabošice Primary School · Komenského 14, 588 51 Hrabošice\n\nRef.: ZŠH/412/2026\nHrabošice, Monday 30 November 2026\n\nDear parents and guardians,\n\nThe health authority has finished its investigation.', '2026-11-30'],
    ['takes a labelled date line that ends on an abbreviation ("Updated: … · Aquamar Calablanca, S.L.")', 'AQUAMAR CALABLANCA\nTickets · Season pass · Attractions\n\nPark closed after damage to the Kraken slide\n\nUpdated: Sunday 2 August 2026, 10:00 · Aquamar Calablanca, S.L.\n\nDear visitors,\n\nThe park is closed today.', '2026-08-02'],
    ['dates a speech from its date line below a name that ends on an abbreviation ("KILDEGAARD MEJERI A.M.B.A.")', "KILDEGAARD MEJERI A.M.B.A.\nExtraordinary general meeting of members\n\nChairman's report, as delivered\nThursday 15 October 2026, 19.30 · Ravnsbjerg Hallen\n\nGood evening, and thank you for coming.", '2026-10-15'],
  ])('%s', (_, text, date) => {
    const [story] = parseStoryFile('report.txt', text);
    expect(story?.date).toBe(date);
  });

  it.each(['Klinikum Grafenlind · Spitalgasse 12, 8640 Grafenlind · Imprint · Data protection · Accessibility', 'Loon Narrows Regional Airport Authority · 1 Terminal Road, Loon Narrows, AB · © 2026'])(
    'drops a site footer of short parts ("%s")',
    (footer) => {
      const [story] = parseStoryFile('footer.txt', `Ward closed\n\nThe ward is closed.\n\n${footer}`);
      expect(story?.sentences.map((s) => s.text)).toEqual(['The ward is closed.']);
    },
  );

  it('keeps a sentence that names privacy among its words', () => {
    const [story] = parseStoryFile('privacy.txt', 'Data breach\n\nThe regulator said privacy · not profit · came first.');
    expect(story?.sentences).toHaveLength(1);
  });

  it('does not date a report from a date alone below its first sentence', () => {
    const text = 'Park closed after damage to the slide\n\nThe park is closed today and will stay closed.\n\nSaturday 22 August 2026\n\nThe slide will be inspected.';
    const [story] = parseStoryFile('later.txt', text);
    expect(story?.date).toBe('');
  });

  it('takes a newsletter item’s capitals kicker ("WATER BILLS: IT WASN\'T THE METERS") for the headline when none stands above', () => {
    const text = 'THE BEACON BRIEF\nThe Eastbrook Beacon’s weekday newsletter · Monday, October 12, 2026\nView in browser | Forward to a friend\n\nGood morning, Eastbrook. Expect a chilly start.\n\nWATER BILLS: IT WASN\'T THE METERS\n\nThe water-bill mess is much bigger than the utility first said.';
    const [story] = parseStoryFile('brief.txt', text);
    expect(story).toMatchObject({ date: '2026-10-12', title: "WATER BILLS: IT WASN'T THE METERS" });
  });

  it('skips a podcast page’s player bar and an affiliate disclaimer, and takes the headline below them', () => {
    const podcast = 'Money Talks NZ\nThe podcast about your wallet · Episode 187 · Thursday 14 May 2026 · 32 min\n▶ Listen on Apple Podcasts · Spotify · YouTube | Full transcript available\n\n"You\'ve won! (You haven\'t)": inside the Lotto results blunder\n\nThis week the host talks about the Lotto results mistake.';
    expect(parseStoryFile('podcast.txt', podcast)[0]).toMatchObject({ title: '"You\'ve won! (You haven\'t)": inside the Lotto results blunder', outlet: 'Money Talks NZ' });
    const guide = 'Heartland Weekender\nTravel › Weekend trips · Updated Monday, April 6, 2026 · 6 min read\nWe may earn a commission when you book through links on this page.\n\nStill time to see the cranes: a last-minute guide to the Redwillow\n\nBy Tasha Greer\n\nThe cranes are staying late this year.';
    expect(parseStoryFile('guide.txt', guide)[0]).toMatchObject({ date: '2026-04-06', title: 'Still time to see the cranes: a last-minute guide to the Redwillow', outlet: 'Heartland Weekender' });
  });

  it('takes no outlet from a share button ("Share on WhatsApp")', () => {
    const [story] = parseStoryFile('tower.txt', 'Tests confirm warehouse tower as source\n\nShare on WhatsApp\n\nGenetic tests have confirmed the source.');
    expect(story?.outlet).toBe('');
  });

  it('skips an editors’ note above the headline ("This transcript has been edited for length and clarity.")', () => {
    const text = 'NEWSCENTER 9 · WAGH-TV\nTranscript: NewsCenter 9 at Six · Tuesday, May 12, 2026\nThis transcript has been edited for length and clarity. ▶ Watch the segment (2:51)\nWater Street bridge to stay shut for weeks\nThe span is still hanging about 22 feet up.';
    const [story] = parseStoryFile('bridge.txt', text);
    expect(story).toMatchObject({ date: '2026-05-12', title: 'Water Street bridge to stay shut for weeks' });
  });

  it('keeps a correction note, which is news ("This article was amended … An earlier version said 600")', () => {
    const text = 'Whales stranded\n\nPublished: Friday 2 October 2026\n\nAbout 550 volunteers helped.\n\nThis article was amended on 2 October 2026. An earlier version said 600 volunteers had taken part.';
    expect(parseStoryFile('whales.txt', text)[0]?.sentences.map((s) => s.text)).toContain('An earlier version said 600 volunteers had taken part.');
  });

  it('does not quote a fact-check’s claim as news ("Claim: \"More than 5,000 patients …\"")', () => {
    const text = 'Fact check: were 5,000 patients sent the wrong date?\n\nPublished: Friday 6 February 2026\n\nClaim: "More than 5,000 patients have been sent the wrong appointment."\n\nVerdict: False. The trust says 1,870 patients were affected.';
    const sentences = parseStoryFile('check.txt', text)[0]?.sentences.map((s) => s.text) ?? [];
    expect(sentences.join(' ')).not.toMatch(/More than 5,000/);
    expect(sentences).toContain('The trust says 1,870 patients were affected.');
  });

  it('keeps a long line of short parts as text, not as a kicker to skip', () => {
    const line = Array.from({ length: 200 }, (_, i) => `Item ${i}`).join(' · ');
    expect(parseStoryFile('list.txt', `Results of the count\n\n${line}`)).toHaveLength(1);
  });

  it('keeps a named outlet line ("Associated Press") as the outlet, not as a masthead to skip', () => {
    const [story] = parseStoryFile('flood.txt', 'Floods kill 23 along the river\n\nAssociated Press\n\nThe river burst its banks after a week of rain.');
    expect(story?.outlet).toBe('Associated Press');
  });

  it.each(['We use cookies to remember your language. See our cookie rules.', 'Cookies help us keep you logged in', "The Ministry's portal uses session cookies only"])('drops a site’s line about its cookies, however worded ("%s"), so the headline below it is the title', (banner) => {
    const [story] = parseStoryFile('statement.txt', `TESTING CENTRE · Kyrgyz Republic\n${banner}\n\nStatement on the mathematics test results\n\nTuesday 3 July 2068\n\nThe Centre informs candidates that an error was found in the results of the mathematics test.`);
    expect(story).toMatchObject({ title: 'Statement on the mathematics test results', date: '2068-07-03' });
  });

  it('keeps a short line about cookies that are food ("The cookies were baked at the Hollins bakery")', () => {
    const [story] = parseStoryFile('recall.txt', 'Biscuit recall\n\nPublished: Monday 2 March 2026\n\nThe cookies were baked at the Hollins bakery.\n\nThe recall covers 4,000 packs.');
    expect(story?.sentences.map((x) => x.text)).toContain('The cookies were baked at the Hollins bakery.');
  });

  it('reads a 2 MB one-paragraph story that mentions cookies as news, not as a cookie banner', () => {
    const sentence = 'Bakers said cookies sold out as shoppers agreed to accept higher prices on Tuesday.';
    const body = Array.from({ length: 24_000 }, () => sentence).join(' ');
    const [story] = parseStoryFile('bakery.txt', `Bakers report a record week\n\n${body}\n`);
    expect(story?.title).toBe('Bakers report a record week');
    expect(story?.sentences).toHaveLength(24_000);
  });
});

describe('a page first published and later updated', () => {
  it('is dated by its last update: the page tells what was known then', () => {
    const page = [
      'NATIONAL CONSUMER SECRETARIAT',
      'Product recall register',
      '',
      'RECALL ENTRY No. 2027/118 · STATUS: OPEN',
      'First published: 10 June 2027 · Last updated: 26 August 2027',
      '',
      'The lid can come loose while the cooker is under pressure, releasing boiling food and steam and causing burns.',
    ].join('\n');
    expect(parseStoryFile('recall.txt', page)[0]!.date).toBe('2027-08-26');
  });

  it('is dated by a data portal\'s long line of short labelled parts ("Published: … · Publisher: … · Licence: … · Formats: …")', () => {
    const page = [
      'ÚRSO Open Data',
      'Regulatory Office for Network Industries · Úrad pre reguláciu sieťových odvetví',
      'Home | Datasets | Electricity | Gas | Water | API | About open data',
      'DATASET',
      'Supply interruptions: smart-meter disconnections, 9–14 November 2032',
      'Published: Monday 22 November 2032 · Last updated: 22 November 2032 · Publisher: ÚRSO, Market Supervision Department · Licence: CC BY 4.0 · Formats: CSV, JSON',
      '',
      'Total supply points cut off: 47,850.',
    ].join('\n');
    expect(parseStoryFile('dataset.txt', page)[0]!.date).toBe('2032-11-22');
  });

  it('is dated by its labelled line, not by the event\'s date in its title ("… fire, 14 July 2041 — update for policyholders" above "Posted Monday 5 August 2041")', () => {
    const page = [
      'Anatolia Marine Sigorta — Claims Centre',
      'Personal | Yacht & Pleasure Craft | Commercial Marine | Make a claim',
      'CATASTROPHE EVENT PAGE · EVENT CODE CAT-41-07-GKL',
      '',
      'Gökçeliman Marina fire, 14 July 2041 — update for policyholders',
      'Event status: CLAIMS OPEN · Update 4 · Posted Monday 5 August 2041, 11:00',
      '',
      'The marina now expects Pontoon C to reopen on Monday 19 August, a week earlier than the date of 26 August it announced in July.',
    ].join('\n');
    expect(parseStoryFile('claims.txt', page)[0]!.date).toBe('2041-08-05');
  });

  it('keeps its first date when the update is of the same day', () => {
    const page = ['Harbour reopens', 'Published 12 October 2026 · Updated 12 October 2026, 14:05', '', 'The harbour reopened on Monday after the storm.'].join('\n');
    expect(parseStoryFile('harbour.txt', page)[0]!.date).toBe('2026-10-12');
  });
});

describe('a notice dated in a part of a header line', () => {
  it('is dated by it ("English version · Posted on 10 February 2027")', () => {
    const notice = [
      'UAB KALNĖNŲ ŠILUMA',
      'Municipal heating company of Kalnėnai',
      '',
      'NOTICE TO RESIDENTS No. 4/2027',
      'To be posted in the stairwells of all apartment blocks supplied by UAB Kalnėnų šiluma',
      'English version · Posted on 10 February 2027',
      '',
      'This notice gives the final figures on the breakdown and explains what we are changing.',
    ].join('\n');
    expect(parseStoryFile('notice.txt', notice)[0]!.date).toBe('2027-02-10');
  });
});

describe('a hard-wrapped file', () => {
  it('reads a sentence broken across lines as one sentence ("The state commission, in its" / "conclusions handed …")', () => {
    const [story] = parseStoryFile('r348s1_c.txt', readFileSync('tests/fixtures/fresh/round348/dev/stories/r348s1_c.txt', 'utf8'));
    expect(story!.sentences.map((s) => s.text)).toContain('The state commission, in its conclusions handed to the regional khokim on Thursday, settled the number of dead at eight.');
    expect(story!.sentences.map((s) => s.text)).toContain('Vehicles over 10 tonnes must still use the detour through Yaypan.');
  });

  it('keeps its header lines and list items apart, and joins no lines of a file written a paragraph a line', () => {
    const wrapped = parseStoryFile('notice.txt', readFileSync('tests/fixtures/fresh/round347/dev/stories/r347s3_a.txt', 'utf8'))[0]!;
    expect(wrapped.title).toBe('Statement on incorrect charges to Universal Coverage patients');
    expect(wrapped.date).toBe('2068-09-03');
    expect(wrapped.sentences.map((s) => s.text)).toContain('Please bring your receipt and your identity card.');
    const seed = parseSeed(SEED.twoStories);
    expect(sentenceTexts(seed)).toContain('Kyiv and Moscow are due to swap 1,000 people each in a deal agreed at talks in Istanbul');
  });
});
