import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/core/question-analysis.ts';
import { termOf } from '../../src/core/terms.ts';

describe('analyseQuestion', () => {
  it.each([
    ['How many prisoners were freed?', 'count'],
    ['What is the number of casualties?', 'count'],
    ['How long was the call?', 'duration'],
    ['Who mediated the swap?', 'who'],
    ['Which country mediated the swap?', 'who'],
    ['Where did they meet?', 'where'],
    ['From which country did the replacement blade bolts come?', 'where'],
    ['When did the swap start?', 'when'],
    ['Did Putin attend the talks?', 'yesno'],
    ['What did Rubio say?', 'said'],
    ['What happens next?', 'next'],
    ['Why did they meet?', 'why'],
    ['What caused the tunnel roof to collapse?', 'why'],
    ['What reason did the Commission at first give for the missing names?', 'why'],
    ['What excuse did the insurer give for the hold-up?', 'why'],
    ['Which regulator has opened an inquiry?', 'who'],
    ['How far below the surface were the miners?', 'count'],
    ['Within what distance of the island were the eucalyptus trees to be trimmed?', 'count'],
    ["What share of the valley's expected grape harvest was finally judged to have been lost?", 'count'],
  ])('reads %j as a %s question', (question, type) => {
    expect(analyseQuestion(question).type).toBe(type);
  });

  it.each([
    'What will the flooding cost Ironbark?',
    "what's the expansion going to cost",
    'so whats the damage to island businesses',
    'how much cash is the company chasing the council for',
    'how much are they spending on the new cooling system?',
    'In its first estimate, how much bus and parking income did Hälleborg expect to lose?',
    'How much emergency cash did Ecuador free up?',
    'What value did the cooperative first put on the medicines destroyed?',
    "What was the canal authority's earliest estimate of the damage?",
    'What did the ministry finally say the penalties imposed on bus companies added up to?',
    'What did officials eventually reckon the damage to be worth?',
    'How much unpaid excise and tax did officials eventually reckon was involved?',
  ])('reads %j as asking for a sum of money', (question) => {
    const analysis = analyseQuestion(question);
    expect(analysis.type).toBe('count');
    expect(analysis.asksMoney).toBe(true);
  });

  it('does not look in the stories for the words that only name the sum ("cash", "cost") or the idiom ("the damage")', () => {
    expect(analyseQuestion('how much cash is the company chasing the council for').predicates.map((t) => t.word)).not.toContain('cash');
    expect(analyseQuestion('What will the repairs cost the council?').predicates.map((t) => t.word)).not.toContain('cost');
    expect(analyseQuestion('so whats the damage to island businesses').predicates.map((t) => t.word)).toEqual(['island', 'businesses']);
  });

  it('counts people for "how many of those who …", not the word "who"', () => {
    expect(analyseQuestion('How many of those who became sick were admitted to hospital?').focus).toBe('peopl');
  });

  it('reads "what %" as a question for a share', () => {
    expect(analyseQuestion('wat % of the crews voted to take the deal').type).toBe('count');
  });

  it.each([
    ['What pay rise is the union holding out for now?', 'rise'],
    ['What death toll did police first give?', undefined],
  ])('reads "what <figure>" (%j) as asking for a figure', (question, focus) => {
    const analysis = analyseQuestion(question);
    expect(analysis.type).toBe('count');
    expect(analysis.focus).toBe(focus);
  });

  it('reads "looking into" as investigating, not as looking', () => {
    const words = analyseQuestion('Which agency is looking into the crash?').predicates.map((t) => t.word);
    expect(words).toContain('investigating');
    expect(words).not.toContain('looking');
  });

  it('reads "what was finally found to be the cause of …" as asking a cause', () => {
    expect(analyseQuestion('What was finally found to be the cause of the bags missing their flights?').type).toBe('why');
  });

  it.each([
    'What was the original deadline for businesses to pay back the duplicate refunds?',
    'What was its first deadline?',
    'In its first account of the fire, what reopening date did the airport authority give for the terminal?',
    'Which polling day was chosen?',
  ])('reads any deadline, and a date named by what it is the date of, as asking when: %s', (question) => {
    expect(analyseQuestion(question).type).toBe('when');
  });

  it('does not read "what kind of day" as asking when', () => {
    expect(analyseQuestion('What kind of day was it for the traders?').type).not.toBe('when');
  });

  it('reads "at what figure did … put the damage" as asking a sum of money', () => {
    const analysis = analyseQuestion('At what figure did the trolleybus company first put the damage?');
    expect([analysis.type, analysis.asksMoney]).toEqual(['count', true]);
  });

  it.each(['What is now given as the cause of the explosion at Lipová 14?', 'What is now established as the cause of the tanker crash?', 'What has been named as the likely cause of the outbreak?'])(
    'reads "what is … given as the cause" with any participle as asking a cause: %s',
    (question) => {
      expect(analyseQuestion(question).type).toBe('why');
    },
  );

  it('reads what "how much" asks an amount of as the last word of its phrase ("how much bus and parking income" → income)', () => {
    expect(analyseQuestion('how much bus and parking income did the city lose').focus).toBe('incom');
    expect(analyseQuestion('how much land did the river flood').focus).toBe('land');
  });

  it('does not take "how much copper output was lost" for money', () => {
    expect(analyseQuestion('How much copper output was lost each day?').asksMoney).toBe(false);
    expect(analyseQuestion('How much money was lost each day?').asksMoney).toBe(true);
    expect(analyseQuestion("How big is the fine the cold store's owner has to pay?").asksMoney).toBe(true);
    expect(analyseQuestion("How large is the government's emergency fund for the victims now?").asksMoney).toBe(true);
    expect(analyseQuestion('How big is the crowd at the stadium?').asksMoney).toBe(false);
  });

  it('reads "by when …" as a when question, as "since when …" is', () => {
    expect(analyseQuestion('By when did the bank originally promise to restore all of its services?').type).toBe('when');
  });

  it('reads "what repair cost …" and "what budget …" as a sum, but not "what cost-cutting measures …"', () => {
    const cost = analyseQuestion('What repair cost did the provincial transport department first put on the work?');
    expect([cost.type, cost.asksMoney]).toEqual(['count', true]);
    expect(analyseQuestion('What fumigation budget did the mayor announce?').asksMoney).toBe(true);
    expect(analyseQuestion('What cost-cutting measures did the council announce?').type).toBe('other');
  });

  it('reads "how big a penalty did …" as a sum, as "how big is the penalty" is, and "how large an area did …" still as a size', () => {
    const penalty = analyseQuestion('How big a penalty did the provincial council impose on the terminal operator?');
    expect([penalty.asksMoney, penalty.measure]).toEqual([true, undefined]);
    const area = analyseQuestion('How large an area did the forest fire burn in the end?');
    expect([area.asksMoney, area.measure]).toEqual([false, 'size']);
  });

  it.each([
    ['death toll in the fireworks explosion?', 'count'],
    ['How wide is the exclusion zone?', 'count'],
  ])('reads %j as a %s question', (question, type) => {
    expect(analyseQuestion(question).type).toBe(type);
  });

  it.each([
    'How many cases had been counted when the outbreak was officially declared?',
    'How many suspected typhoid cases had the provincial health authority counted when it declared the outbreak?',
    'How many suspected cases had been recorded when the outbreak was confirmed?',
  ])('reads %j as a question about the report that declared the outbreak, the first', (question) => {
    expect(analyseQuestion(question).time.stage).toBe('initial');
  });

  it.each(['On what date did the first families return to their homes?', 'What year did the company open its first cinema?'])('reads no first report in %j, where "first" only says which', (question) => {
    expect(analyseQuestion(question).time.stage).not.toBe('initial');
  });

  it.each(['What death toll did police first give?', 'According to the first reports, how many prisoners were killed?', 'What was the first official estimate of the losses the mice had caused?', 'On what date was the river first forecast to crest at Villa Yaguari?', 'How many hectares of orchards did the first provincial reports say were damaged?', 'How much did the distillery first pledge for its clean-up and compensation fund?', "What was the operator's preliminary estimate of the loss?", 'What was the elephant number in the provisional count?', 'How many doses of human rabies vaccine were first flown to the province?', 'How much money did the government first ask donors for?', 'Until what date were family visits first suspended?'])('reads %j as a question about the first report', (question) => {
    expect(analyseQuestion(question).time.stage).toBe('initial');
  });

  it('names the noun a count question counts', () => {
    expect(analyseQuestion('How many civilians were freed?').focus).toBe('civilian');
  });

  it('lists the capitalised names after the first word, without question words or "US"', () => {
    expect(analyseQuestion('Did Putin meet Trump in the US?').names).toEqual(['Putin', 'Trump']);
  });

  it.each([
    ['How many prisoners did they agree to swap?', true],
    ['How many prisoners were freed?', false],
    ['How many people in total fell ill, according to the agreed final count?', false],
    ['What is the agreed death toll from the factory fire?', false],
  ])('tells whether %j asks about a plan: %s', (question, asksAboutPlan) => {
    expect(analyseQuestion(question).asksAboutPlan).toBe(asksAboutPlan);
  });

  it.each([
    ['Is the swap finished?', true],
    ['Is the exchange still under way?', true],
    ['How many prisoners were freed?', false],
  ])('tells whether %j asks if something is over: %s', (question, asksIfFinished) => {
    expect(analyseQuestion(question).asksIfFinished).toBe(asksIfFinished);
  });
});

describe('questions as typed in chat', () => {
  it.each(['whats the death toll from the bootleg liquor', "what's the death toll?", 'so what was the death toll in Kursk'])('reads "%s" as a count', (question) => {
    expect(analyseQuestion(question).type).toBe('count');
  });

  it('reads a question after a leading clause by its question word, and takes the clause for its time', () => {
    const analysis = analyseQuestion("Before the council's final count, what was its estimate of pupils without a bus?");
    expect(analysis.type).toBe('count');
    expect(analysis.time.stage).toBe('previous');
    expect(analysis.predicates.map((t) => t.word)).not.toContain('final');
  });

  it.each([
    'before the cardiff case got ruled out how many children were said to have been treated in hospital',
    'before they found out about the drilling, what did carverton think made the pipe burst',
    'Before the gene tests came back, how did officials think the virus spread?',
    'How many patients had been relocated before the bacterium turned up in a second building?',
    'Before the two lists were compared, how many vehicles did the Red Crescent say had been caught by the avalanche?',
    'Before the toll was agreed, how many deaths had the governor\'s office counted?',
  ])('reads "%s" as asking about the report before a finding revised the story', (question) => {
    expect(analyseQuestion(question).time.stage).toBe('previous');
  });

  it('reads "before the bank was seized" as an event in the story, not a revision', () => {
    expect(analyseQuestion('how much cash did customers pull out before the bank was seized').time.stage).toBe('latest');
  });

  it('keeps what a finding was about out of the words to find ("about the drilling")', () => {
    expect(analyseQuestion('before they found out about the drilling, what did carverton think made the pipe burst').predicates.map((t) => t.word)).toEqual(['carverton', 'pipe', 'burst']);
  });

  it.each([
    ['what was the bailout figure when the central bank first stepped in', ['bailout', 'central', 'bank', 'stepped']],
    ['when the blackout started, how many people were they saying had lost power', ['blackout', 'lost', 'power']],
  ])('reads "%s" as asking about the first report, keeping the clause’s other words', (question, words) => {
    const analysis = analyseQuestion(question);
    expect(analysis.time.stage).toBe('initial');
    expect(analysis.predicates.map((t) => t.word)).toEqual(words);
  });

  it.each(['so what actually broke on the gondola', 'wht set off the kemer hotel fire in the end?', 'what actually lit the petrol', 'what is actually to blame for the sinkhole?'])(
    'reads %j as asking for a cause',
    (question) => {
      expect(analyseQuestion(question).type).toBe('why');
    },
  );

  it.each([
    'so what actually jammed it in the end',
    'so wot actually scrambled the offer emails in the end',
    'so what really took the network down in the end',
    'so what actually went wrong with the letters',
    'what was behind the outage',
    'what were the border guards blaming for the jam at first',
    'so how did the fake numbers end up online',
    'so what was the actual glitch in the tax computer',
  ])('reads %j, the asker’s own verb for what did it, as asking for a cause', (question) => {
    expect(analyseQuestion(question).type).toBe('why');
  });

  it.each(['What was initially said to have made the factory roof give way?', 'What was first thought to have set off the explosion on the Miséricorde II?'])('reads %j, a cause as it was told, as asking for a cause', (question) => {
    expect(analyseQuestion(question).type).toBe('why');
  });

  it.each(['what happened to the climbing party', 'what time did the sorter fail', 'what was the injury count on monday', 'how did the attackers get into the network'])(
    'does not read %j as asking for a cause',
    (question) => {
      expect(analyseQuestion(question).type).not.toBe('why');
    },
  );

  it.each([
    ['any word on when the fountains get switched back on', 'when', ['fountains', 'switched', 'back']],
    ['ok but how many bikes are stuck', 'count', ['stuck']],
    ['remind me who runs kelvaig salmon', 'who', ['kelvaig', 'salmon']],
    ['whats the latest on when banksia hall actually opens', 'when', ['banksia', 'hall']],
  ])('reads past chat’s opener in %j', (question, type, words) => {
    const analysis = analyseQuestion(question);
    expect(analysis.type).toBe(type);
    expect(analysis.predicates.map((t) => t.word)).toEqual(words);
  });

  it('reads "what did the council blame first" as asking about the first report', () => {
    expect(analyseQuestion('what did the council blame first for the dodgy sensor fines').time.stage).toBe('initial');
  });

  it('ends an asked role where its clause starts ("the deputy finance minister handling it")', () => {
    expect(analyseQuestion('whos the greek deputy finance minister handling it').focus).toBe('minist');
  });

  it('reads chat’s "gonna", "y" and "some1" as the words they stand for, not words to find', () => {
    expect(analyseQuestion('how much is fixing the kowhai pool gonna cost now').predicates.map((t) => t.word)).toEqual(['fixing', 'kowhai', 'pool']);
    expect(analyseQuestion('y did nobody get warned when the freezer died').type).toBe('why');
  });

  it('reads chat’s "who\'s the curator at …" as asking for the holder of that office', () => {
    expect(analyseQuestion("who's the curator at drumcarrig county museum").focus).toBe('curat');
  });

  it('leaves the verb and the mishap’s name out of what a cause’s sentence must state', () => {
    expect(analyseQuestion('so what actually broke the discounts at the tills').predicates.map((t) => t.word)).toEqual(['discounts', 'tills']);
    expect(analyseQuestion('so what actually caused the water bill screwup').predicates.map((t) => t.word)).toEqual(['water', 'bill']);
  });

  it.each(["what's the reward for info on the fugitives now", 'so whats castellane paying per brackenridge share now', 'what was the bailout figure when the central bank first stepped in', "what's the final loss on this year's festival", 'What payment per cow did the Agency first promise?', 'What allowance will each displaced family receive?', 'How much did the state first offer the family of each person who died?', 'How much relief did the state minister first announce for the growers?'])(
    'reads %j as asking for a sum of money',
    (question) => {
      const analysis = analyseQuestion(question);
      expect(analysis.type).toBe('count');
      expect(analysis.asksMoney).toBe(true);
    },
  );

  it('reads "on the day of the fire" as asking about the first report, and keeps "fire" to find', () => {
    const analysis = analyseQuestion('on the day of the fire how many deaths were reported');
    expect(analysis.time.stage).toBe('initial');
    expect(analysis.predicates.map((t) => t.word)).toContain('fire');
  });

  it.each(["What's Calderbrook's latest estimate of the repair bill?", "What's the chamber of commerce's current estimate of lost business around the lake?", 'how much did the estonian govt sell the ferry stake for'])(
    'reads %j as asking for a sum of money',
    (question) => {
      expect(analyseQuestion(question).asksMoney).toBe(true);
    },
  );

  it('reads "what is the central bank’s refinancing rate now" as asking for a figure', () => {
    expect(analyseQuestion("What's the Kyrgyz central bank's refinancing rate now?").type).toBe('count');
  });

  it('keeps the telling out of a count’s words to find ("how many dead were they reporting")', () => {
    expect(analyseQuestion('on wednesday how many dead were they reporting').predicates).toEqual([]);
  });

  it('reads "how long was the escape tunnel" as asking for a length, and "how long was the strike" for a duration', () => {
    const tunnel = analyseQuestion('how long was the escape tunnel');
    expect([tunnel.type, tunnel.measure]).toEqual(['count', 'distance']);
    expect(analyseQuestion('how long was the strike').type).toBe('duration');
    expect(analyseQuestion('how long were the robbers actually inside').type).toBe('duration');
  });

  it('reads "as of wednesday" and "by monday night" as asking for the running figure on that day', () => {
    expect(analyseQuestion('as of wednesday how many appointments had been cancelled').time.asOf).toBe(true);
    expect(analyseQuestion('by monday night how many fishermen had been lifted off').time.asOf).toBe(true);
    expect(analyseQuestion('how many were freed on Sunday').time.asOf).toBeUndefined();
  });

  it('reads "what did they think made the pipe burst" as asking for a cause', () => {
    expect(analyseQuestion('what did the city think made the pipe burst').type).toBe('why');
  });

  it('reads "what did they put the losses at" as asking for a sum', () => {
    const analysis = analyseQuestion('what did investigators put the Prospera losses at?');
    expect(analysis.type).toBe('count');
    expect(analysis.asksMoney).toBe(true);
  });

  it('keeps a day of the month ("tuesday the 11th") out of the words to find', () => {
    expect(analyseQuestion('as of tuesday the 11th how many sailings had been cancelled').predicates.map((t) => t.word)).toEqual(['cancelled']);
  });

  it('reads a question after a leading day by its question word, and keeps the day', () => {
    const analysis = analyseQuestion('by tuesday what was the death toll at puerto almendra');
    expect(analysis.type).toBe('count');
    expect(analysis.time.days).toEqual(['tuesday']);
  });
});

describe('money and measures as typed in chat', () => {
  it('reads "whats the total damage bill" as a question about money', () => {
    expect(analyseQuestion('whats the total damage bill from the fire').asksMoney).toBe(true);
  });

  it.each(["whats the harbour board's dredging fine sitting at now", 'how big is the signing bonus for new drivers', 'how much does a single ticket go for'])(
    'reads "%s" as asking for a sum: its noun is one in WordNet',
    (question) => {
      expect(analyseQuestion(question).asksMoney).toBe(true);
    },
  );

  it('reads "final count on dead plants" as a count of plants asked for as it stands now', () => {
    const analysis = analyseQuestion('final count on dead plants at the glasshouse?');
    expect(analysis.type).toBe('count');
    expect(analysis.focus).toBe('plant');
    expect(analysis.predicates.map((t) => t.word)).not.toContain('final');
  });

  it('reads "how many payments were diverted" as a count of payments, not a sum', () => {
    expect(analyseQuestion('how many payments were diverted to the fraudsters').asksMoney).toBe(false);
  });
});

describe('causes asked in chat’s idioms', () => {
  it.each([
    'what did the operator initially put the outage down to',
    'what did the port authority pin the spill on at first',
    'who was the brewery pointing the finger at',
    'what was the airline blaming for the cancellations',
    'what did the engineers first reckon let the water in',
    'what did the county say brought the bank down',
  ])('reads "%s" as asking for a cause', (question) => {
    expect(analyseQuestion(question).type).toBe('why');
  });

  it('keeps the idiom’s words out of what the cause’s sentence must state', () => {
    expect(analyseQuestion('what did the port authority pin the spill on at first').predicates.map((t) => t.word)).toEqual(['port', 'authority', 'spill']);
  });
});

describe('a leading clause typed without its comma', () => {
  it('is read for its time, and the question after it by its question word', () => {
    const analysis = analyseQuestion('before the board meeting what was the library blaming for the lost holds');
    expect(analysis.type).toBe('why');
    expect(analysis.time.stage).toBe('previous');
  });

  it('takes "before the geologist weighed in" as the report before a finding', () => {
    expect(analyseQuestion('before the geologist weighed in, how big did they say the slip was').time.stage).toBe('previous');
  });

  it.each(['before the printers fessed up what were they blaming', 'before the zoo changed its tune what did they say let the bear out', 'before the company came clean, who did it blame'])(
    'takes an owning-up ("%s") as the finding that revised the story',
    (question) => {
      expect(analyseQuestion(question).time.stage).toBe('previous');
    },
  );

  it('takes "in the first press release" as the first report', () => {
    expect(analyseQuestion('how much was the damage put at in the first press release').time.stage).toBe('initial');
  });
});

describe('chat shorthand', () => {
  it('spells out shorthand in lower case so its words can be found in news copy', () => {
    expect(analyseQuestion('how many ppl r stuck on the gondola').text).toBe('how many people are stuck on the gondola');
  });

  it('reads a denial typed without its apostrophe ("didnt get paid") as one', () => {
    const analysis = analyseQuestion('how many pensioners didnt get paid');
    expect(analysis.text).toBe('how many pensioners did not get paid');
    expect(analysis.isDenial).toBe(true);
  });

  it('takes a contraction\'s "not" out of the words to find ("haven\'t been found" → found)', () => {
    const analysis = analyseQuestion("how many people haven't been found?");
    expect(analysis.terms.map((t) => t.word)).toEqual(['found']);
    expect(analysis.isDenial).toBe(true);
  });

  it('reads "what number of turbines" as "how many turbines": "number" is no word to find', () => {
    const analysis = analyseQuestion('What number of turbines did the Plelplockdrurk water board get from its suppliers?');
    expect(analysis.type).toBe('count');
    expect(analysis.terms.map((t) => t.word)).not.toContain('number');
  });

  it('leaves capitals and compounds alone ("U.S.", "R&D")', () => {
    expect(analyseQuestion('did U.S. R&D spending rise').text).toBe('did U.S. R&D spending rise');
  });
});

describe('what is asked, as chat words it', () => {
  it('counts the noun of "how many salmon got out", not the particle after its verb', () => {
    expect(analyseQuestion('how many salmon got out of the fish farm').focus).toBe(termOf('salmon'));
  });

  it.each([['which company owns the nordic amber', 'compani'], ['which cement company blew the whistle on the cartel?', 'compani'], ['Which firm handles aircraft fuelling at Loon Narrows?', 'firm']])(
    'reads the kind of name asked for in "%s" (%s), not the verb after it',
    (question, kind) => {
      expect(analyseQuestion(question).entityKind).toBe(kind);
    },
  );

  it('counts the cattle of "how many head of cattle", not the head', () => {
    expect(analyseQuestion('How many head of cattle died in the outbreak?').focus).toBe(termOf('cattle'));
  });

  it('counts the noun after an owner\'s name ("how many Legionnaires\' patients"), not the name', () => {
    expect(analyseQuestion("How many Legionnaires' patients were in intensive care on Monday?").focus).toBe(termOf('patients'));
  });

  it('counts the noun of "how many bogus parking tickets", not the adjective ending in -s', () => {
    expect(analyseQuestion('how many bogus parking tickets did the council send out').focus).toBe(termOf('tickets'));
  });

  it.each(['what was the hold up with the new hall supposed to be at first', 'what r they giving members to make up for it', "who's the person actually in charge of the marathon"])(
    'takes no office from a function word or an adverb ("%s")',
    (question) => {
      expect(analyseQuestion(question).focus).toBeUndefined();
    },
  );

  it.each(['Who was charged with manslaughter over the collapse?', 'Who was appointed by the district authority to investigate the flooding of the gas network?'])(
    'takes no office from what a passive tells was done to the person ("%s")',
    (question) => {
      expect(analyseQuestion(question).focus).toBeUndefined();
    },
  );

  it.each(['What was the registration number of the crop-dusting plane?', 'What flight number was the plane flying under?'])('reads "%s" as asking for a number that names something, not a count', (question) => {
    expect(analyseQuestion(question).type).not.toBe('count');
  });

  it('still counts "what number of people" and "the total number of cases"', () => {
    expect(analyseQuestion('What number of people died?').type).toBe('count');
    expect(analyseQuestion('What is the total number of cases?').type).toBe('count');
  });

  it('still takes the office of "who was the chosen contractor"', () => {
    expect(analyseQuestion('Who was the chosen contractor?').focus).toBe(termOf('contractor'));
  });

  it.each(['whos the head honcho at the wildlife trust', "who's the guy heading the stallholders' group"])('reads "%s" as asking who leads it', (question) => {
    expect(analyseQuestion(question).asksLeader).toBe(true);
  });

  it.each([
    ['final number of depositors who joined the run on the bank', 'depositor'],
    ['total number of drivers the meter app dinged twice in the end?', 'driver'],
  ])('reads "final / total number of" (%j) as counting the noun after it', (question, focus) => {
    const analysis = analyseQuestion(question);
    expect(analysis.focus).toBe(focus);
    expect(analysis.terms.map((t) => t.term)).not.toContain('number');
  });

  it('leaves the asker’s name for the mishap out of who acted ("the independent review of the gate chaos")', () => {
    expect(analyseQuestion('who did the independent review of the gate chaos').predicates.map((t) => t.word)).not.toContain('chaos');
  });

  it('reads "ops" as operations', () => {
    expect(analyseQuestion('how many ops were called off').focus).toBe(termOf('operations'));
  });

  it('reads "folks" as people', () => {
    expect(analyseQuestion('how many folks lost their houses in the quake').focus).toBe(termOf('people'));
  });

  it.each(['so what really knocked out the airline’s computers', 'before they corrected themselves what was the airport saying took the runway lights out', 'so how did the same seats get sold twice really'])(
    'reads "%s" as asking for a cause',
    (question) => {
      expect(analyseQuestion(question).type).toBe('why');
    },
  );

  it.each(['since when was the member folder sitting open online', 'whats the deadline to pay the refund back now'])('reads "%s" as asking for a day', (question) => {
    expect(analyseQuestion(question).type).toBe('when');
  });

  it.each([
    ['how close did the cargo ship get to the station', 'distance'],
    ['how warm did the vault get at its worst', 'temperature'],
    ['How strong were the gusts driving the flames?', 'speed'],
    ["What is the total surface of the farm's ponds in hectares?", 'size'],
    ['What volume of ice had piled up in the jam?', 'volume'],
  ])('reads "%s" as asking for a measure', (question, measure) => {
    const analysis = analyseQuestion(question);
    expect(analysis.type).toBe('count');
    expect(analysis.measure).toBe(measure);
  });
});

describe('a cause the asker sets aside', () => {
  it('leaves the set-aside cause out of the event asked about', () => {
    const analysis = analyseQuestion("ok so why did the freezer really stop if there wasn't a power cut");
    expect(analysis.type).toBe('why');
    expect(analysis.predicates.map((t) => t.word)).toEqual(['freezer', 'stop']);
  });

  it.each(['if it wasnt vandals what actually wrecked the lifts', 'so if no branch fell what actualy ripped the cable down'])('reads "%s", after the cause it sets aside, as asking for a cause', (question) => {
    const analysis = analyseQuestion(question);
    expect(analysis.type).toBe('why');
    expect(analysis.predicates.map((t) => t.word)).not.toContain('branch');
  });

  it.each([
    ['if the bulb was ok why did the lighthouse go dark', 'bulb'],
    ['if the rego plates were fine why did the cameras keep stuffing up', 'plates'],
  ])('reads "%s", after a cause it clears in other words, as asking for a cause', (question, cleared) => {
    const analysis = analyseQuestion(question);
    expect(analysis.type).toBe('why');
    expect(analysis.predicates.map((t) => t.word)).not.toContain(cleared);
    expect(analysis.predicates.map((t) => t.word)).not.toContain('ok');
    expect(analysis.predicates.map((t) => t.word)).not.toContain('fine');
  });

  it('reads "if there was no power cut, how did it lose power" as asking for the cause that was', () => {
    expect(analyseQuestion('if there was no power cut how did the cold store lose power then').type).toBe('why');
  });

  it.each(['so howd the hackers actually get into the network', 'what set the substation on fire'])('reads "%s" as asking for a cause', (question) => {
    expect(analyseQuestion(question).type).toBe('why');
  });
});

describe('a reason asked for by name', () => {
  it('reads "what was the metro’s first explanation for …" as asking for the cause first given', () => {
    const analysis = analyseQuestion("what was metro wielogrod's first explanation for the escalators seizing up");
    expect(analysis.type).toBe('why');
    expect(analysis.time.stage).toBe('initial');
  });
});

describe('what was first said, as chat asks it', () => {
  it.each([
    'right after it happened what did the promoter say knocked the roof down',
    'what did the governor reckon was spreading the cholera early on',
    'How many flights did the airline expect to cancel when the grounding began?',
    'What compensation per bereaved family did the provincial government first announce?',
    "How many batches of the syrup did the company's first recall notice cover?",
    'How many schools did Hvidmose Municipality close when the roof panel had just fallen?',
    'On the day the crane fell, how many households were reported to have been told to leave the block?',
    "How many candidates did the Examinations Service's first check find had been given too low a grade?",
    'On what date were the corrected results first due to be published?',
    'On what date did the railway company first aim to reopen the line?',
    "How many tins did the manufacturer's first recall cover?",
  ])('reads "%s" as asking for the first report', (question) => {
    expect(analyseQuestion(question).time.stage).toBe('initial');
  });

  it.each(['what happened early on sunday at the port', 'how many trains were cancelled two days in a row', 'how many people were killed when the roof collapsed'])('keeps "%s" a time, not the first report', (question) => {
    expect(analyseQuestion(question).time.stage).not.toBe('initial');
  });

  it('reads "what did they reckon was spreading it" as asking for a cause', () => {
    expect(analyseQuestion('what did the governor reckon was spreading the cholera').type).toBe('why');
  });
});


describe('a sum handed over', () => {
  it.each(['How much is Pacifica PayLink being made to hand over for the failure?', 'How much is the supplier chipping in towards the cost?'])('is a sum paid in "%s"', (question) => {
    const terms = analyseQuestion(question).terms.map((t) => t.term);
    expect(terms).toContain(termOf('pay'));
    expect(terms).not.toContain(termOf('handover'));
  });

  it('stays a handover of people where no sum is asked ("How many prisoners did Russia hand over?")', () => {
    expect(analyseQuestion('How many prisoners did Russia hand over?').terms.map((t) => t.term)).toContain(termOf('handover'));
  });
});

describe('whose figure is asked for', () => {
  it.each([
    ['According to the staff trade union, how many units were really spoiled?', ['staff', 'union']],
    ['How many people did the Itar-Tass news agency say had been brought to safety?', ['itar-tass', 'agency']],
    ['How many displaced people did the Red Cross count after the second eruption?', ['red', 'cross']],
    ["What was the growers' council's estimate of the damage?", ['growers', 'council']],
  ])('reads the source of "%s"', (question, terms) => {
    expect(analyseQuestion(question).source).toEqual(expect.arrayContaining(terms));
  });

  it('reads the owner of the figure as the source: "according to the regulator’s own estimate" is the regulator, not "own estimate"', () => {
    expect(analyseQuestion("According to the environmental regulator's own estimate, how much ammonia escaped from the plant?").source).toEqual(['environmental', 'regulator']);
    expect(analyseQuestion("According to the hospital's records, how many patients were admitted?").source).toEqual(['hospital']);
  });

  it.each([
    ['According to the provincial hospital in Tagum City, how many people were admitted?', 'hospital'],
    ['According to the Ministry of Health, how many cases were there?', 'ministry'],
    ["According to the district hospital's rapid tests, how many patients had the virus?", 'hospital'],
    ["According to the Department of Health's regional office, how many dengue cases were there?", 'office'],
    ["According to the estate's manager, how many people died?", 'manager'],
  ])('reads what kind of body the source of "%s" is', (question, head) => {
    expect(analyseQuestion(question).sourceHead).toBe(head);
  });

  it.each([
    ["Which company supplies the hospital's electronic patient record system?", 'compani'],
    ['Which company fitted the new smart meters in La Ceiba?', 'compani'],
    ['Which cement company owns the quarry?', 'compani'],
  ])('reads the kind of name "%s" asks for', (question, kind) => {
    expect(analyseQuestion(question).entityKind).toBe(kind);
  });

  it('reads the word that describes the asked kind ("government" of "which government body")', () => {
    expect(analyseQuestion("Which government body ordered work to stop at the contractor's sites?").entityKindModifier).toBe('govern');
    expect(analyseQuestion('Which company fitted the new smart meters in La Ceiba?').entityKindModifier).toBeUndefined();
  });

  it.each(['How many people were brought back, according to the final count?', 'How many did they say died?', 'How many units were spoiled?', 'How large an area did the first estimate say had been hit?', 'How much has the software company agreed to put towards the cost of fixing the mistake?', 'How much in overdraft fees did the bank give back to its customers?', 'How much did the government finally give each family of the dead?'])('names no source in "%s"', (question) => {
    expect(analyseQuestion(question).source).toBeUndefined();
  });
});

describe('a question that goes on after a comma', () => {
  it('keeps "how much … hit, when its figure differed …" a question of how much', () => {
    expect(analyseQuestion("How much cropland did the growers' council say had been hit, when its figure differed from the department's?").type).toBe('count');
  });

  it('reads "what went wrong on Thursday 13 August" as what happened that day', () => {
    const analysis = analyseQuestion('What went wrong on the Vaskala on Thursday 13 August?');
    expect(analysis.type).toBe('other');
    expect(analysis.asksEventOnDay).toBe(true);
  });
});

describe('questions of place and day asked with a preposition', () => {
  it.each(['From where was the substitute display launched?', 'To which island were the flights sent?'])('reads "%s" as asking where', (question) => {
    expect(analyseQuestion(question).type).toBe('where');
  });

  it('leaves the kind of place out of the relation to find ("to which island")', () => {
    expect(analyseQuestion('To which island were the flights sent?').predicates.map((t) => t.word)).not.toContain('island');
  });

  it('reads "on which day did they hope to reopen" as asking when', () => {
    expect(analyseQuestion('Before the avalanche, on which day did officials hope to reopen the highway?').type).toBe('when');
  });

  it('keeps "till when can they book" a question of its own kind, not a date', () => {
    expect(analyseQuestion('till when can u still book the crane blinds').type).not.toBe('when');
  });
});

describe('a time just after the event', () => {
  it.each(['How many planned operations had been called off by the day after the failure?', 'On the morning after the cyclone came ashore, how many fishermen were unaccounted for?', 'how many broken wires were they on about the day after the test'])(
    'reads "%s" as asking for the first reports',
    (question) => {
      expect(analyseQuestion(question).time.stage).toBe('initial');
    },
  );

  it('keeps "the day after it returned to service" a day of its own, not the first report', () => {
    expect(analyseQuestion('What happened to the cable car on the day after it returned to service?').time.stage).not.toBe('initial');
  });
});

describe('what someone is paid', () => {
  it('reads "what is a controller at the centre paid" as asking for a sum of money', () => {
    const analysis = analyseQuestion('What is a controller at the Lussanges centre paid?');
    expect(analysis.type).toBe('count');
    expect(analysis.asksMoney).toBe(true);
  });
});

describe('shortly after the event', () => {
  it('reads "shortly after the fire, what did the operator expect …" as asking for the first reports', () => {
    expect(analyseQuestion('Shortly after the fire, what did the operator expect the repairs to cost?').time.stage).toBe('initial');
  });
});

describe('a part of a group, and a worth', () => {
  it('counts the part asked about in "how many of the striking workers were women"', () => {
    expect(analyseQuestion('How many of the striking estate workers were women?').focus).toBe(termOf('women'));
  });

  it('reads "what was the hilsa in the trawlers\' holds worth" as asking for a sum of money', () => {
    expect(analyseQuestion("What was the hilsa in the trawlers' holds worth?").asksMoney).toBe(true);
  });
});

describe('who is in overall charge', () => {
  it('reads "who is in overall charge of running the arena" as asking for a leader, with nothing else to find', () => {
    const analysis = analyseQuestion('Who is in overall charge of running the Leiedome?');
    expect(analysis.asksLeader).toBe(true);
    expect(analysis.predicates).toEqual([]);
  });
});

describe('"in the end" beside "the original …"', () => {
  it('asks for the last word when "original" only names an event ("before the original sitting")', () => {
    expect(analyseQuestion('In the end, at how many examination centres had candidates seen the chemistry questions before the original sitting?').time.stage).toBe('latest');
  });

  it('still asks for the first word when "originally" is how the question asks', () => {
    expect(analyseQuestion('What date did the council originally set for the retake?').time.stage).toBe('initial');
  });
});

describe('the first day of an event', () => {
  it('reads "on the first day of the walkout" as the first reports, not a day a sentence must name', () => {
    const analysis = analyseQuestion('On the first day of the walkout, roughly how many lorries were waiting at the terminal?');
    expect(analysis.time.stage).toBe('initial');
    expect(analysis.time.days).toEqual([]);
  });

  it('keeps "on the second day" a day of its own', () => {
    expect(analyseQuestion('On the second day of the walkout, how many lorries were waiting?').time.days).toEqual(['second day']);
  });
});

describe('figures of speech and causes asked by their effect', () => {
  it('finds nothing to look for in "at the centre of the dispute"', () => {
    expect(analyseQuestion('In which town does the smelter at the centre of the dispute stand?').predicates.map((t) => t.word)).not.toContain('centre');
  });

  it('reads "what grievance drove the staff to walk out" as asking for a cause', () => {
    const analysis = analyseQuestion('What grievance drove the ferry staff to walk off the job?');
    expect(analysis.type).toBe('why');
    expect(analysis.predicates.map((t) => t.word)).not.toContain('grievance');
  });

  it('reads "what does a captain earn in a month" as asking for a sum of money, each month', () => {
    const analysis = analyseQuestion('What does a Kanaf captain earn in a month?');
    expect(analysis.asksMoney).toBe(true);
    expect(analysis.asksRate).toBe(true);
  });

  it('reads "on an ordinary weekday" as asking for a figure of every weekday', () => {
    expect(analyseQuestion('How many passengers do the trams carry on an ordinary weekday?').asksRate).toBe(true);
  });
});

describe('a price per thing asked after its payee', () => {
  it('reads "what does the co-operative pay its farmers per kilogram" as a price per kilogram', () => {
    const analysis = analyseQuestion('What does the co-operative pay its farmers per kilogram of milk solids?');
    expect(analysis.asksMoney).toBe(true);
    expect(analysis.priceUnit).toEqual([termOf('kilogram')]);
  });
});

describe('a price per thing named by a product', () => {
  it.each([
    ['What does a box of Levotyra 50 cost at the pharmacy?', 'box'],
    ['What did a tin of Kalopetra Bebe 1 cost in the shops?', 'tin'],
    ['What does one dose of the dog vaccine cost the district council?', 'dose'],
  ])('reads "%s" as a price per %s', (question, unit) => {
    expect(analyseQuestion(question).priceUnit).toEqual([termOf(unit)]);
  });
});

describe('a place asked with a modifier', () => {
  it('reads "to which neighbouring island" as a where-question, the kind of place no word to find', () => {
    const analysis = analyseQuestion('To which neighbouring island were most of the evacuees carried?');
    expect(analysis.type).toBe('where');
    expect(analysis.predicates.map((t) => t.word)).not.toContain('island');
  });
});

describe('how long a thing is', () => {
  it('reads "how long are the blades on the turbines" as a length: a blade has a size, not a duration', () => {
    expect(analyseQuestion('how long are the blades on the hedebjerg turbines').measure).toBe('distance');
  });

  it('reads "how long is the Dobrovín tram network" as a length, whatever letters its name has', () => {
    expect(analyseQuestion('How long is the Dobrovín tram network?').measure).toBe('distance');
  });

  it('reads "how long was the crack when they first found it" as a length told at first', () => {
    const analysis = analyseQuestion('how long was the crack when they first found it');
    expect(analysis.measure).toBe('distance');
    expect(analysis.time.stage).toBe('initial');
  });

  it('reads "how long was the stretch of the pier that fell" as a length: a stretch of a thing, not a time', () => {
    expect(analyseQuestion('How long was the stretch of the pier that fell into the harbour?').measure).toBe('distance');
    expect(analyseQuestion('How long was the closure of the road?').type).toBe('duration');
    expect(analyseQuestion('How long was the closure of the bridge?').type).toBe('duration');
  });

  it('still reads "how long was Trump on the phone" as a duration: a name, not a thing', () => {
    expect(analyseQuestion('How long was Trump on the phone with Putin?').type).toBe('duration');
  });

  it('still reads "how long is the ban" as a duration: a ban lasts', () => {
    expect(analyseQuestion('How long is the ban on night sailing?').type).toBe('duration');
  });

  it('reads "how long is the Brandlertobel Viaduct" as a length: the thing’s kind ends its name', () => {
    expect(analyseQuestion('How long is the Brandlertobel Viaduct?').measure).toBe('distance');
  });

  it('reads "from one end to the other" as a length, with no "one" to find', () => {
    const analysis = analyseQuestion('How long is the Namele cable from one end to the other?');
    expect(analysis.measure).toBe('distance');
    expect(analysis.terms.map((t) => t.word)).not.toContain('one');
  });

  it('still reads "how long was the strike" as a duration', () => {
    expect(analyseQuestion('How long was the strike?').type).toBe('duration');
  });
});

describe('a measure asked by its name', () => {
  it('reads "what area of field crops was wiped out" as asking for an area', () => {
    const analysis = analyseQuestion('What area of field crops did the final survey find had been wiped out by the hail?');
    expect(analysis.type).toBe('count');
    expect(analysis.measure).toBe('size');
  });

  it('reads "what are the latest estimated losses" as a sum of money', () => {
    expect(analyseQuestion('What are the latest estimated losses from the fire at the Solventes Paraná Chico plant?').asksMoney).toBe(true);
  });

  it('reads "the sum wrongly deducted" and "how much were shoppers overcharged" as sums of money', () => {
    expect(analyseQuestion('What total was first given for the sum wrongly deducted from borrowers?').asksMoney).toBe(true);
    expect(analyseQuestion('How much were Fairmart shoppers overcharged in total?').asksMoney).toBe(true);
  });

  it('reads no source in "according to the settled toll" or "according to the final count"', () => {
    expect(analyseQuestion('How many people died in the warehouse fire, according to the settled toll?').source).toBeUndefined();
    expect(analyseQuestion('How many people were hurt in the fire, according to the final count?').source).toBeUndefined();
  });

  it('reads no source in "according to the final list", but one in "according to the police list"', () => {
    expect(analyseQuestion('How many people were hurt in the Kara-Balta explosion, according to the final list?').source).toBeUndefined();
    expect(analyseQuestion('How many people were hurt in the explosion, according to the police list?').source).toBeDefined();
  });

  it('reads no source in "according to the figure both sides agreed": the sides are whoever the stories name', () => {
    expect(analyseQuestion('How many miners were underground when the hoists stopped, according to the figure both sides agreed?').source).toBeUndefined();
    expect(analyseQuestion('How many women are being recalled, according to the count the two parties finally accepted?').source).toBeUndefined();
    expect(analyseQuestion('How many people were injured in the collapse, according to the figure both authorities now accept?').source).toBeUndefined();
    expect(analyseQuestion('How many pensioners were affected by the delay, according to the audited count?').source).toBeUndefined();
    expect(analyseQuestion('How many households lost their water supply, according to the final joint count?').source).toBeUndefined();
  });

  it('keeps "the figure both sides accept" out of the words to find, and asks no plan by its "agreed"', () => {
    const analysis = analyseQuestion('How many taxis stopped work on the busiest day of the strike, according to the figure both sides accept?');
    expect(analysis.terms.map((t) => t.term)).not.toEqual(expect.arrayContaining(['figur']));
    expect(analyseQuestion('How many people were evacuated, according to the figure both sides finally agreed?').asksAboutPlan).toBe(false);
  });

  it('reads "how much in overtime and night-shift arrears" as a sum of money counting arrears, never "in"', () => {
    expect(analyseQuestion('How much in overtime and night-shift arrears will the hospital pay under the final agreement?')).toMatchObject({ focus: 'arrear', asksMoney: true });
  });

  it('reads "what is the population of" as a count of residents and "how much further" as a distance', () => {
    expect(analyseQuestion('What is the population of the commune of Poiana Stâncii?')).toMatchObject({ type: 'count', focus: 'resid' });
    expect(analyseQuestion('How much further must drivers travel while the tunnel is shut?').measure).toBe('distance');
  });

  it('reads "what will be the total length of the sea defence" as a count of a length', () => {
    const analysis = analyseQuestion('What will be the total length of the Kedzikope sea defence?');
    expect(analysis.type).toBe('count');
    expect(analysis.measure).toBe('distance');
  });

  it('reads "what length of core thawed" as asking for a length', () => {
    expect(analyseQuestion('Two days after the blackout, what length of core was known to have partly thawed?').measure).toBe('distance');
  });
});

describe('pay and sums asked in other words', () => {
  it.each(['What wage does a miner at Shkalla normally receive each month?', 'what does a pilot at hannibal get paid a month', 'At what amount was the damage to the cathedral finally assessed?'])('reads %j as asking for a sum of money', (question) => {
    expect(analyseQuestion(question).asksMoney).toBe(true);
  });
});

describe('pay by the month, and the opening day', () => {
  it('reads "what is the monthly salary of a doctor" as a sum each month', () => {
    const analysis = analyseQuestion('What is the monthly salary of a doctor in an Armenian state hospital?');
    expect(analysis.asksMoney).toBe(true);
    expect(analysis.asksRate).toBe(true);
  });

  it('reads "on the opening day of the walkout" as asking for the first reports', () => {
    expect(analyseQuestion('On the opening day of the walkout, how many doctors did the ministry say had joined it?').time.stage).toBe('initial');
  });
});

describe('the words that only say which figure is asked', () => {
  it('finds no relation in "according to the latest figures": the figures are the answer, not words of it', () => {
    const analysis = analyseQuestion('According to the latest figures, how many people were hurt by the faulty cookers?');
    expect(analysis.predicates.map((t) => t.word.toLowerCase())).not.toContain('figures');
  });

  it('finds no relation in "the most recent figures" either', () => {
    const analysis = analyseQuestion('How many people have been injured, according to the most recent figures?');
    expect(analysis.predicates.map((t) => t.word.toLowerCase())).toEqual(['injured']);
  });

  it('reads "what weekly sum" as asking for money, with no "sum" to find', () => {
    const analysis = analyseQuestion('What weekly sum per horse did the association offer trainers?');
    expect(analysis.asksMoney).toBe(true);
    expect(analysis.focus).toBeUndefined();
  });
});

describe('what is counted', () => {
  it('counts the trips in "how many daily bus trips": "bus" is no plural', () => {
    expect(analyseQuestion('How many daily bus trips did the passengers’ organisation say were being lost?').focus).toBe('trip');
  });

  it('counts the members in "how many Corella Plus members": "Plus" is no plural', () => {
    expect(analyseQuestion('how many corella plus members had their points taken').focus).toBe('member');
  });
});

describe('a sum asked as what someone expected or said', () => {
  it.each(['When the delays were first announced, what did Boekenpost expect its extra costs to be?', 'What did the shipowner’s agent in Piraeus say the crew were owed?'])('reads "%s" as asking for money', (question) => {
    const analysis = analyseQuestion(question);
    expect([analysis.type, analysis.asksMoney]).toEqual(['count', true]);
  });
});


describe('the most or least of something', () => {
  it.each([
    ['What is the most people the Galaxia Mall escalator was built to carry at one time?', 'peopl'],
    ['What is the maximum number of passengers the ferry may carry?', 'passeng'],
  ])('reads "%s" as a count of %s', (question, focus) => {
    expect(analyseQuestion(question)).toMatchObject({ type: 'count', focus });
  });
});

describe('a name with accents in a question', () => {
  it('does not hide the question\'s form ("What was Sajó Pálya\'s contract … worth?" asks a sum)', () => {
    expect(analyseQuestion("What was Sajó Pálya's contract for replacing the points worth?").asksMoney).toBe(true);
  });
});

describe('a source asked as whose figure it was giving', () => {
  it('reads "the hospital in Beira" as the source of "What death toll was the hospital in Beira giving?"', () => {
    expect(analyseQuestion('What death toll was the hospital in Beira giving?').source).toEqual(['hospital', 'beira']);
  });
});

describe('a finding that is no source', () => {
  it.each(['How many homes did the final inspection find had been damaged by the tornado?', 'According to the final census, how many dwellings did the tremors damage?'])('reads no source in "%s"', (question) => {
    expect(analyseQuestion(question).source).toBeUndefined();
  });
});

describe('a place asked by its kind', () => {
  it.each(['In which regency of West Java did the two trains collide?', 'In which municipality did the bridge fall?', 'In which canton was the road closed?'])('reads "%s" as a where-question', (question) => {
    expect(analyseQuestion(question).type).toBe('where');
  });
});

describe('a person asked for by the kind after "which"', () => {
  it.each(['which roofers got wrongly blamed over the gondola', 'Which toolmaker produced the second die?', 'which minister flew to cebu to look at the substation'])('reads "%s" as a who-question', (question) => {
    expect(analyseQuestion(question).type).toBe('who');
  });

  it.each(['which city is the nurse who got double charged from', 'which strain of noro is it?'])('does not read "%s" as one', (question) => {
    expect(analyseQuestion(question).type).not.toBe('who');
  });
});

describe('a figure that is agreed, not a source', () => {
  it.each(['According to the agreed figure, how many customers were stranded?', 'According to the reconciled count, how many claims were open?'])('reads no source in "%s"', (question) => {
    expect(analyseQuestion(question).source).toBeUndefined();
  });
});

describe('a number label and a dimension named as "the total depth of"', () => {
  it('does not read "No." in "furnace No. 2" as a name', () => {
    expect(analyseQuestion('On what date was furnace No. 2 at the Bělovice glassworks finally lit again?').names).toEqual(['Bělovice']);
  });

  it('reads "what is the total depth of the shaft" as asking a distance', () => {
    expect(analyseQuestion('What is the total depth of the No. 2 shaft at the Birchmere Mine?').measure).toBe('distance');
  });
});

describe('"how many of its …" and "on the evening of …"', () => {
  it('counts the noun after "of its", not "its"', () => {
    expect(analyseQuestion('how many of its base stations did it say had been out of service?').focus).toBe(termOf('stations'));
  });

  it.each(['On the evening of the failure, how many stores had closed?', 'On the night of the storm, how many homes lost power?'])('reads "%s" as asking the first report', (question) => {
    expect(analyseQuestion(question).time.stage).toBe('initial');
  });
});

describe('before a check that revised the figures', () => {
  it.each(['How many objects had been found before the joint inventory?', 'How many faulty dampers did the builder accept before the joint re-test?', 'How many claims were open before the reconciliation?', 'How many people needed treatment before the figures were reconciled?'])('reads "%s" as asking the earlier figure', (question) => {
    expect(analyseQuestion(question).time.stage).toBe('previous');
  });
});

describe('a quantity of a thing, not of money', () => {
  it('reads "the final estimate of the quantity of mussels lost" as no sum of money', () => {
    expect(analyseQuestion('What is the final estimate of the quantity of mussels lost in the Ría de Ourelo?').asksMoney).toBe(false);
  });

  it('still reads "the final estimate of the losses" as money', () => {
    expect(analyseQuestion('What was the final estimate of the losses?').asksMoney).toBe(true);
  });
});

describe('how a fact came to be known', () => {
  it('is not part of the relation a count asks ("finally found to have been sold")', () => {
    const terms = analyseQuestion('How many tickets were finally found to have been sold at the wrong fare?').predicates.map((t) => t.word);
    expect(terms).not.toContain('found');
    expect(terms).toContain('sold');
  });

  it('still asks a cause as first thought ("what was thought to have started the fire"), of the first report', () => {
    const analysis = analyseQuestion('In the first report, what was thought to have started the fire?');
    expect(analysis.type).toBe('why');
    expect(analysis.time.stage).toBe('initial');
  });
});

describe('a cause asked through a finding', () => {
  it.each(['What did the investigators find had actually produced the smoke on board the flight?', 'What was finally found to have damaged the wheels of the railcars?', 'What was finally confirmed as the cause of the wrong school places?', 'What did the technical commission finally establish as the cause of the tram derailment?'])('reads "%s" as a why-question', (question) => {
    expect(analyseQuestion(question).type).toBe('why');
  });

  it('does not ask the finder’s words of the cause’s sentence ("the environmental inspectors find")', () => {
    const words = analyseQuestion('What did the environmental inspectors find had actually killed the bacteria at the treatment plant?').predicates.map((t) => t.word);
    expect(words).not.toContain('inspectors');
    expect(words).toContain('bacteria');
  });

  it('does not read "what did the survey find had happened" as a cause', () => {
    expect(analyseQuestion('What did the survey find had happened to the rafts?').type).not.toBe('why');
  });
});

describe('a question opened by the event’s start', () => {
  it.each(['When the blackout began, by what date did the utility expect to have power back?', 'When Palmcrest collapsed, by what date did the authority plan to have its customers home?', 'When the jet was seized, on what date did the airline expect to resume flights?'])('reads "%s" as asking the first report', (question) => {
    expect(analyseQuestion(question).time.stage).toBe('initial');
  });
});

describe('a first proposal, offer or demand', () => {
  it.each(['What fine did the town hall first propose for the promoter?', 'How much did the union first demand?', 'What did the company first offer the workers?'])('reads "%s" as asking the first report', (question) => {
    expect(analyseQuestion(question).time.stage).toBe('initial');
  });
});

describe('which craft', () => {
  it('reads "which vessel", "which cruise ship" as asking for a name', () => {
    expect(analyseQuestion('Which vessel struck the lock gate?').type).toBe('who');
    expect(analyseQuestion('Which cruise ship were the injured passengers going back to?').type).toBe('who');
  });
});

describe('how long a thing is', () => {
  it('reads "how long is the bridge over the river" as a length, not a duration', () => {
    const analysis = analyseQuestion('How long is the bridge over the Piquiri River?');
    expect(analysis.type).toBe('count');
    expect(analysis.measure).toBe('distance');
  });
});

describe('an area or a volume asked', () => {
  it('is asked with a unit ("how many square metres", "cubic metres")', () => {
    expect(analyseQuestion('How many square metres of roof came down?').asksVolumeOrArea).toBe(true);
    expect(analyseQuestion('How many cubic metres of rock fell on the road?').asksVolumeOrArea).toBe(true);
  });

  it('is not asked by a place called a square ("on the market square")', () => {
    expect(analyseQuestion('Roughly how many people attended the festival on the market square over the weekend?').asksVolumeOrArea).toBe(false);
  });
});

describe('a sum refunded', () => {
  it('is money asked ("what is the final total that the town is refunding"), though a count of drivers is near', () => {
    expect(analyseQuestion('What is the final total that the town is refunding to drivers?').asksMoney).toBe(true);
  });
});

describe('a plan asked with "scheduled" or "hope"', () => {
  it.each(['On what date was the fumigation campaign originally scheduled to begin?', 'By what date did the caterer first hope to restart production?', 'When were the organisers hoping to reopen the hall?'])('asks about a plan: %j', (question) => {
    expect(analyseQuestion(question).asksAboutPlan).toBe(true);
  });
});

describe('questions read by their form', () => {
  it('asks a sum when asked how much people were underpaid', () => {
    expect(analyseQuestion('What was the final figure for the total amount firefighters had been underpaid?').asksMoney).toBe(true);
  });

  it('asks a cause when asked what someone said had brought a thing down', () => {
    expect(analyseQuestion('What did the main contractor initially say had brought the crane down?').type).toBe('why');
  });

  it('asks for one named thing after "over which", "under which", "along which"', () => {
    expect(analyseQuestion('Over which river did the Tanjung Rambai bridge stand?').asksWhichOne).toBe(true);
  });
});

describe('a length asked as someone told it', () => {
  it('is a length, not how long something lasted ("how long did the operator say the crack was")', () => {
    const analysis = analyseQuestion('How long did the mine operator say the crack was when it was found?');
    expect([analysis.type, analysis.measure]).toEqual(['count', 'distance']);
  });

  it('leaves "how long did the company say the repairs would take" a duration', () => {
    expect(analyseQuestion('How long did the company say the repairs would take?').type).toBe('duration');
  });
});

describe('a total of payments', () => {
  it('is a sum ("the final total of the delayed pension payments"), though "how many payments" is a count', () => {
    expect(analyseQuestion('What was the final total of the delayed pension payments?').asksMoney).toBe(true);
    expect(analyseQuestion('How many payments were made?').asksMoney).toBe(false);
  });
});

describe('the work someone does', () => {
  it.each([
    'What does Ioane Tuiletufuga-Sapolu do for a living?',
    'What was the occupation of the survivor who swam to the riverbank?',
    'What job does the print-works employee detained over the leak do?',
    'What work did the 74-year-old association member from Dondo do before he retired?',
    "What is Hassan Al-Aradi's profession?",
    'How does the woman whose late father stayed on the list earn her living?',
    'What was the job on board of the deckhand who swam ashore?',
  ])('reads "%s" as asking for it, with none of its asking words to find', (question) => {
    const analysis = analyseQuestion(question);
    expect(analysis.type).toBe('identity');
    expect(analysis.asksOccupation).toBe(true);
    expect(analysis.terms.map((t) => t.word.toLowerCase())).not.toEqual(expect.arrayContaining(['occupation']));
    expect(analysis.terms.map((t) => t.word.toLowerCase()).filter((w) => /^(?:job|work|living|profession)$/.test(w))).toEqual([]);
  });

  it.each(['What did the fire brigade do after the blast?', 'What crop did the farmer who lost her seed grow?'])('does not read "%s" as asking for it', (question) => {
    expect(analyseQuestion(question).asksOccupation).toBeUndefined();
  });
});

describe('a cause asked as what was blamed', () => {
  it.each(['What was first blamed for the Rustavi explosion?', 'What was initially blamed for the vaccine becoming unusable?', 'What was the flooding first blamed on?'])('reads "%s" as asking the cause first given, with no "blamed" to find', (question) => {
    const analysis = analyseQuestion(question);
    expect(analysis.type).toBe('why');
    expect(analysis.focus).toBeUndefined();
    expect(analysis.time.stage).toBe('initial');
  });
});

describe('a count asked as of the moment a story broke', () => {
  it.each(['How many allergic reactions had been reported when the recall was announced?', 'How many suspected cases had the city recorded when the dengue alert was declared?'])('reads "%s" as asking for the first report’s figure', (question) => {
    expect(analyseQuestion(question).time.stage).toBe('initial');
  });

  it('does not read a count announced later as the first ("when the joint count was announced")', () => {
    expect(analyseQuestion('In how many relief camps were people living when the joint count was announced?').time.stage).not.toBe('initial');
  });
});

describe('the noun a count counts', () => {
  it.each([
    ['How many measles cases have been confirmed in the outbreak in total?', 'case'],
    ['How many mumps patients were treated?', 'patient'],
    ['How many people does the cannery employ?', 'peopl'],
  ])('is the head of a noun phrase of plurals ("%s" counts %s)', (question, focus) => {
    expect(analyseQuestion(question).focus).toBe(focus);
  });
});

describe('a capacity asked about', () => {
  it('asks what may be carried, not who allowed it ("permitted to carry" is told "licensed to carry")', () => {
    const analysis = analyseQuestion('How many passengers was the launch permitted to carry?');
    expect(analysis.predicates.map((t) => t.word)).not.toContain('permitted');
  });
});
