import { describe, expect, it } from 'vitest';
import { occupationIn, pickOrigin, pickPerson, pickPlace } from '../../src/core/answer-spans.ts';
import { analyseQuestion } from '../../src/core/question-analysis.ts';
import { answerFromStories } from '../../src/core/answer.ts';
import { fixtureStoriesMentioning, libraryOf } from '../support/library.ts';

describe('pickPerson', () => {
  it('reads no place in a nationality before a kind of place ("this southern Moldovan district")', () => {
    const pensions = fixtureStoriesMentioning('tests/fixtures/fresh/round220/wire/stories');
    expect(answerFromStories('Where did the money handed out at the Stefanesti-Noi post office come from?', pensions).text).not.toMatch(/^Moldovan/);
  });

  it('takes no nationality after "a" for a place ("at a Thai oil refinery"), but a place so told ("in a Puebla burns unit")', () => {
    expect(pickPlace(analyseQuestion('Where were the bodies of the two missing workers found?'), 'Rescue workers found the bodies of two contract workers missing since an explosion at a Thai oil refinery last week.')).toBeUndefined();
    expect(pickPlace(analyseQuestion('Where did the woman die?'), 'Their count had missed a woman who died in a Puebla burns unit.')).toBe('Puebla');
  });

  it('takes no honorific for a name ("chaired by Hon. Joseph Mrema-Sanga")', () => {
    const customs = fixtureStoriesMentioning('tests/fixtures/fresh/round240/dev/stories');
    expect(answerFromStories('Which company supplied the new customs clearance system?', customs).text).not.toMatch(/^Hon\b/);
  });

  it('takes no place told by its bearing ("some 80 kilometers north of Buenos Aires") for a person', () => {
    expect(pickPerson(analyseQuestion('Who was killed in the fire at the solvent plant?'), 'A fire at a solvent plant in Villa Paraná Chico, an industrial town some 80 kilometers north of Buenos Aires, killed one worker.')).toBeUndefined();
  });

  it('takes no place told by its kind after it ("Los Capulies market", "Mbweni-Juu ward") for a person', () => {
    expect(pickPerson(analyseQuestion('Who died in the Latacunga market fire?'), "Traders burnt out of Latacunga's Los Capulies market have been selling again since Monday.")).toBeUndefined();
    expect(pickPerson(analyseQuestion('Who developed the building that collapsed?'), 'The rescue operation at the collapsed building on Kisiwani Street, Mbweni-Juu ward, ended on Thursday.')).not.toBe('Mbweni-Juu');
  });

  it('answers which company with a name ending on what a business trades as ("Sawwan Data Systems", "Kaneo Travel")', () => {
    const sentence = 'Sawwan Data Systems, which scanned the answer sheets, said in a short statement that the Ministry had approved the key.';
    expect(pickPerson(analyseQuestion('Which company scanned the Tawjihi answer sheets?'), sentence)).toBe('Sawwan Data Systems');
  });

  it('answers which company with a business a thing belonged "to", not a place it went to ("belonged to Gravas del Nechi Ltda, a company that …")', () => {
    const sentence = 'The overloaded truck belonged to Gravas del Nechi Ltda, a company that extracts gravel from river pits upstream.';
    expect(pickPerson(analyseQuestion('Which company owned the overloaded truck?'), sentence)).toBe('Gravas del Nechi Ltda');
  });

  it('answers which travel agency with a business, though an agency may be a public body ("The owner of Kaneo Travel, which ran the trip")', () => {
    const sentence = 'The owner of Kaneo Travel, which ran the trip, faces charges of allowing the boat to sail with more than its licensed load.';
    expect(pickPerson(analyseQuestion('Which travel agency ran the trip on the boat?'), sentence)).toBe('Kaneo Travel');
  });

  it('answers which company with a name the sentence gives as a business, not the place or owner beside it', () => {
    const sentence = 'The Lindqvist Planetarium at the Northstar Science Center will stay dark after its projector, made by Orionis Optics GmbH, failed.';
    expect(pickPerson(analyseQuestion('which company made the planetarium projector'), sentence)).toBe('Orionis Optics GmbH');
    expect(pickPerson(analyseQuestion('which company made the planetarium projector'), 'The Lindqvist Planetarium will stay dark after its projector failed.')).toBeUndefined();
  });

  it('takes no name from a work’s title in quotation marks ("Lustro: Renaissance Maiolica from Castelvaro")', () => {
    const sentence = 'Our touring exhibition “Lustro: Renaissance Maiolica from Castelvaro” was badly damaged early on Tuesday, when the lorry carrying it overturned.';
    expect(pickPerson(analyseQuestion('Which company was moving the exhibition when it was damaged?'), sentence)).toBeUndefined();
  });

  it('answers which country acted with a place the sentence names ("after the Netherlands agreed to pay")', () => {
    const sentence = 'The provincial government has cut its appeal to 6.8 million dollars after the Netherlands agreed to pay separately for repairing the 45 boreholes.';
    expect(pickPerson(analyseQuestion('Which country agreed to pay separately for mending the boreholes?'), sentence)).toBe('Netherlands');
  });

  it('takes no capitalised compound describing something for a name ("with Swedish-language packaging")', () => {
    const sentence = 'Fimea said on Friday that it had allowed Nordvalen to bring in 40,000 packs of the same tablets from Sweden with Swedish-language packaging.';
    expect(pickPerson(analyseQuestion('Who is paying for the tablets brought in from Sweden?'), sentence)).not.toBe('Swedish-language');
  });

  it('takes no place named by its kind for a person ("in the northern region of Navarra")', () => {
    const sentence = 'The Sierra de Ezkurdi wind farm in the northern region of Navarra began producing power again on Monday.';
    expect(pickPerson(analyseQuestion('Who manages the Sierra de Ezkurdi wind farm for its operator?'), sentence)).toBeUndefined();
  });

  it('takes no dateline of several words for a person ("HRONSKÁ LEHÔTKA — An electric van …")', () => {
    const sentence = 'HRONSKÁ LEHÔTKA — An electric delivery van rolled away with nobody at the wheel on Tuesday morning and crashed into a bus shelter.';
    expect(pickPerson(analyseQuestion('Who had been driving the van before it rolled away?'), sentence)).toBeUndefined();
  });

  it('takes no capitalised first word after a dateline for a person ("MANAWAROA – Voting packs …")', () => {
    const sentence = 'MANAWAROA – Voting packs for the Manawaroa mayoral by-election have been delivered to the wrong addresses, the electoral officer said today.';
    expect(pickPerson(analyseQuestion('Who won the Manawaroa mayoral by-election?'), sentence)).toBeUndefined();
  });

  it('takes no holiday with its article for a person ("The Christmas lights of Hollerau …")', () => {
    const sentence = 'HOLLERAU — The Christmas lights of Hollerau went dark on their opening night because the town overloaded the circuit, the mayor said on Tuesday.';
    expect(pickPerson(analyseQuestion('who is the mayor of hollerau'), sentence)).toBeUndefined();
  });

  it('does not take a capitalised word that describes the noun after it for a person ("the western Greek city")', () => {
    const sentence = 'Firefighters battled a blaze above the western Greek city of Patras, and police held Nikos Papadakis on Tuesday.';
    expect(pickPerson(analyseQuestion('who was held over the patras fire?'), sentence)).toBe('Nikos Papadakis');
  });

  it('does not take the number word opening a quotation for a person', () => {
    const sentence = '"One ship has stopped a whole region for five days," Aagaard said.';
    expect(pickPerson(analyseQuestion('whose ship is blocking the canal?'), sentence)).toBe('Aagaard');
  });

  it('answers who led something with the leader after "led by" and their role and title ("commission biologist Dr. Lena Hartsock")', () => {
    const sentence = 'The aerial survey, flown in two sections on consecutive mornings, was led by commission biologist Dr. Lena Hartsock.';
    expect(pickPerson(analyseQuestion('who led the aerial crane survey'), sentence)).toBe('Lena Hartsock');
  });

  it('reads a plant manager as the one who runs the plant, and "Director General Halvard Mo" as a role and a name', () => {
    const plant = 'Divers found the intake screens blocked by jellyfish, Napocor plant manager Teresita Lualhati said.';
    expect(pickPerson(analyseQuestion("who's the manager of the pagkilatan plant"), plant)).toBe('Teresita Lualhati');
    const director = 'Director General Halvard Mo said the later deadline would give families time after the summer holidays.';
    expect(pickPerson(analyseQuestion('who heads the tax directorate'), director)).toBe('Halvard Mo');
  });

  it('does not take a council leader for the boss of a theatre in the same town ("Strettonbury Borough Council leader Bev Hollins")', () => {
    const sentence = 'Strettonbury Borough Council leader Bev Hollins said the council would help the theatre reopen.';
    expect(pickPerson(analyseQuestion('whos the boss at the Strettonbury grand'), sentence)).toBeUndefined();
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

  it('is the name a description of the role stands in apposition to ("CaseLink, a new electronic case management system")', () => {
    const sentence = 'The registry began using CaseLink, a new electronic case management system, on that day.';
    expect(pickPerson(analyseQuestion('What is the name of the electronic case management system that printed the wrong dates?'), sentence)).toBe('CaseLink');
  });
});

describe('a business named after its kind', () => {
  it('is nobody who spoke for the strikers ("the ferry operator Labronica Traghetti")', () => {
    const analysis = analyseQuestion('Who spoke for the striking seafarers in Livorno?');
    expect(pickPerson(analysis, 'Italian seafarers extended their strike against the Livorno ferry operator Labronica Traghetti on Tuesday.')).toBeUndefined();
  });
});

describe('where something came from', () => {
  const asked = analyseQuestion('so where did the water in the chile mine actually come from');

  it('is the phrase after "came from", up to the origin it sets aside', () => {
    const sentence = 'Water that flooded the Santa Ines copper mine came from a burst pipeline on the surface and not from an underground spring, inspectors said.';
    expect(pickOrigin(asked, sentence)).toBe('a burst pipeline on the surface');
  });

  it('is where it "started on"', () => {
    const contamination = analyseQuestion('where was the contamination really coming from at salt creek');
    expect(pickOrigin(contamination, 'Salt Creek Brewing Co. now says the contamination started on its own canning line, not with its yeast supplier.')).toBe('its own canning line');
  });

  it('is never where it did not come from', () => {
    expect(pickOrigin(asked, 'The water did not come from the old shaft, the company said.')).toBeUndefined();
  });

  it('is asked only by a question about an origin', () => {
    expect(pickOrigin(analyseQuestion('where did the miners shelter'), 'The water came from a burst pipeline.')).toBeUndefined();
  });
});

describe('a business named by its apposition', () => {
  it('takes "Koodiveski OÜ, the company that develops …" for which company develops it', () => {
    const sentence = "Koodiveski OÜ, the company that develops the city's Kooliuks admissions system, found that the new distance module measured the distance wrongly.";
    expect(pickPerson(analyseQuestion('Which company develops the Kooliuks admissions system for the city?'), sentence)).toBe('Koodiveski OÜ');
  });
});

describe('the work a person is described by', () => {
  const occupationOf = (question: string, sentence: string): string | undefined => occupationIn(analyseQuestion(question), sentence);

  it('takes the apposition after the name asked about ("Ioane Tuiletufuga-Sapolu, a fisherman from Vaitoloa-Uta")', () => {
    const sentence = "Ioane Tuiletufuga-Sapolu, a fisherman from Vaitoloa-Uta, said he had lodged the lease for his family's new house in the second week of June.";
    expect(occupationOf('What does Ioane Tuiletufuga-Sapolu do for a living?', sentence)).toBe('a fisherman');
  });

  it('reads past an age and keeps what says the work is past ("Kirsten Ravnåsen-Holm, 71, a retired postwoman")', () => {
    const sentence = 'Among those who became ill is Kirsten Ravnåsen-Holm, 71, a retired postwoman from Raufoss, who spent eight days in hospital.';
    expect(occupationOf('What did the 71-year-old woman from Raufoss do for a living before she retired?', sentence)).toBe('a retired postwoman');
  });

  it('takes the work told before a name ("a shepherd named Bakyt …", "Our school cook, Philomena …")', () => {
    expect(occupationOf('What was the occupation of the survivor who swam to the riverbank?', 'One survivor, a shepherd named Bakyt Asanbekov-Toktorov, swam to the bank after the minibus hit the water.')).toBe('a shepherd');
    expect(occupationOf('What job does the woman who was in hospital for three nights do?', 'Our school cook, Philomena Charles-Bartholomew, who was in hospital for three nights, asked us to thank the nurses.')).toBe('our school cook');
  });

  it('does not take a word for anybody, or the question’s own word for the person ("One of our members, …")', () => {
    const sentence = 'One of our members, Sr Joaquim Mapossa-Nhantumbo, a retired railway mechanic from Dondo who is 74, told us he walked there.';
    expect(occupationOf('What work did the 74-year-old association member from Dondo do before he retired?', sentence)).toBe('a retired railway mechanic');
    expect(occupationOf('What does Ana Lima do for a living?', 'Ana Lima, a woman from the village, said the water rose in minutes.')).toBeUndefined();
  });

  it('takes work told with "the" in apposition to a name ("The night watchman, Mr Chaminda …", "Mr Nuwan …, the three-wheeler driver")', () => {
    const watchman = 'The night watchman, Mr Chaminda Wickremarachchi-Herath, said he saw flames at the back of the building and ran to wake the families.';
    expect(occupationOf('What was the job of the man who saw the flames?', watchman)).toBe('the night watchman');
    const driver = 'For Mr Nuwan Jayasooriya-Bandara, the three-wheeler driver from Minuwangoda whose housing loan was held up, the wait is over.';
    expect(occupationOf('What does the Minuwangoda man whose home loan was held up do for a living?', driver)).toBe('the three-wheeler driver');
  });

  it('takes an owner of a named kind of business for work ("a fishing boat owner"), but not a bare "owner"', () => {
    const sentence = "Semisi Tuala-Aiono, a fishing boat owner at Apia's fish market, said a refund arrived twice.";
    expect(occupationOf('What does Semisi Tuala-Aiono do for a living?', sentence)).toBe('a fishing boat owner');
    expect(occupationOf('What does Semisi Tuala-Aiono do for a living?', 'Semisi Tuala-Aiono, the owner, said a refund arrived twice.')).toBeUndefined();
  });

  it('does not take "the" work that points back at no one named ("the factory gates", "the driver said")', () => {
    expect(occupationOf('What was the job of the man who saw the flames?', 'The driver said he saw flames at the back of the bus.')).toBeUndefined();
  });

  it('does not take the work of someone the sentence names no one for ("a supervisor who made workers run")', () => {
    expect(occupationOf('What was the job of the worker who was ordered to run around the yard?', 'The strike began over a supervisor who made workers run around the factory yard in the sun.')).toBeUndefined();
  });
});

describe('the work of someone in the news', () => {
  it('answers what a person named in a report does for a living with the work told beside the name', () => {
    const round = fixtureStoriesMentioning('tests/fixtures/fresh/round347/dev/stories');
    expect(answerFromStories('What was the occupation of the supporter who was pulled out from under the crowd by two policemen?', round).text).toMatch(/^A tailor — Yaovi Mensah-Atcha, a 31-year-old tailor/);
  });
});

describe('the work of someone the question names by place', () => {
  it('is told beside the name of a person from that place, though the sentence does not tell what made them a survivor ("Koné Siriki-Dagnogo, a cocoa buyer from Daloa")', () => {
    const crash = libraryOf({
      'crash.txt': [
        'Coach crash survivors recall the night',
        'Published: Tuesday 3 July 2068',
        '',
        'Twelve passengers survived when the coach left the road near Korhogo on Sunday night.',
        '',
        "Koné Siriki-Dagnogo, a cocoa buyer from Daloa travelling to Korhogo for his brother's wedding, was sitting in the third row.",
      ].join('\n'),
    });
    expect(answerFromStories('What does the survivor from Daloa do for a living?', crash).text).toMatch(/^A cocoa buyer — /);
  });
});

describe('the work of someone the question describes by a deed told in other words', () => {
  it('is told beside the name of the one the sentence tells part of the deed of ("… a motorcycle-taxi driver who was waiting for a fare at the zone\'s gate, said he saw a light on the roof")', () => {
    const round = fixtureStoriesMentioning('tests/fixtures/fresh/round425/dev/stories');
    expect(answerFromStories('What did the witness who noticed someone working on the roof before midnight do for a living?', round).text).toMatch(/^A motorcycle-taxi driver — /);
  });
});

describe('the work of someone quoted by pronoun', () => {
  it('is told beside their name a sentence or two before the quotation ("Candelaria Tzoc-Batz, 41, a weaver …" / "… she told our reporter")', () => {
    const round = fixtureStoriesMentioning('tests/fixtures/fresh/round358/dev/stories');
    expect(answerFromStories('What does the woman who ended up on the bus roof with her two sons do for a living?', round).text).toMatch(/^A weaver — /);
  });

  it('is asked as what someone did before they retired, or what trade they are in', () => {
    expect(analyseQuestion('What did the pensioner who borrowed money for her tablets do before she retired?').asksOccupation).toBe(true);
    expect(analyseQuestion('What trade is the cooperative member who buys water from bicycle sellers in?').asksOccupation).toBe(true);
    expect(analyseQuestion('What did the woman who sheltered in a mango tree sell for a living?').asksOccupation).toBe(true);
    expect(analyseQuestion('What trade does the man who lined the village wells with concrete rings practise?').asksOccupation).toBe(true);
  });
});

describe('work told as a title, after a possessive, in a compound or in a clause', () => {
  const occupationOf = (question: string, sentence: string): string | undefined => occupationIn(analyseQuestion(question), sentence);

  it('takes a title before the name ("was crane operator Dragan Kovačević-Lulić")', () => {
    expect(occupationOf('What job was the man doing when he raised the alarm?', 'One of the first to raise the alarm was crane operator Dragan Kovačević-Lulić, who saw smoke pouring from a vent.')).toBe('a crane operator');
  });

  it('takes work told after a possessive ("the hospital’s night watchman, Sharif Nazarov")', () => {
    expect(occupationOf('What was the job of the man who raised the alarm?', "The alarm was raised by the hospital's night watchman, Sharif Nazarov, who saw smoke coming from the roof.")).toBe("the hospital's night watchman");
  });

  it('takes a compound WordNet lacks by its last word ("a winegrower", "a boatbuilder")', () => {
    expect(occupationOf('What does Giorgi Abashidze-Kvirikashvili do for a living?', 'Giorgi Abashidze-Kvirikashvili, a winegrower, said the hail stripped his vines.')).toBe('a winegrower');
  });

  it('reads a name whose surname opens on a particle ("Hamood Saif al-Rashdi, a bus driver")', () => {
    expect(occupationOf('What does the patient who spent four days in hospital do for a living?', 'Among those who fell ill is Hamood Saif al-Rashdi, a school bus driver from Nizwa, who spent four days in hospital.')).toBe('a school bus driver');
  });

  it('takes work told in a clause about someone named ("who spends the summer working as a lifeguard", "who sells tortillas")', () => {
    expect(occupationOf('What summer job does the student who missed a place have?', 'Rihards Ozols, who spends the summer working as a lifeguard on the beach, read that he had missed a place by one position.')).toBe('a lifeguard');
    expect(occupationOf('What does the woman who saw the roof fly off sell for a living?', 'Reina Chávez-Lemus, who sells tortillas from a stall across the road, said she heard two bangs.')).toBe('sells tortillas');
  });

  it('takes the doer of a deed the question describes ("seen … by a herdsman watering his cattle"), but never an animal', () => {
    expect(occupationOf('What was the job of the man who first saw water seeping from the dam?', 'Water was first seen seeping through the dam on Saturday by a herdsman watering his cattle, the commissioner said.')).toBe('a herdsman');
    expect(occupationOf('What does the bitten man do for a living?', 'He was bitten on the leg when he stopped to help a child being chased by a dog.')).toBeUndefined();
  });

  it('takes a word WordNet lacks that ends as a doer’s does ("a higgler at Coronation Market")', () => {
    expect(occupationOf('What does Paulette Samuels-Findlay do for a living?', 'Paulette Samuels-Findlay, a higgler at Coronation Market, said she could not pay the farmers.')).toBe('a higgler');
  });

  it('takes work told after an apposition and words between ("a nursing student who works weekend shifts as a waitress")', () => {
    expect(occupationOf('What job does the nursing student who borrowed money do at weekends?', 'Karla Menjívar-Osorio, a third-year nursing student who works weekend shifts as a waitress at a pupusería, said she had borrowed money.')).toBe('a waitress');
  });

  it('finds a person named in full by the name alone ("What job was Festo Mgaya-Lwila doing at the warehouse?")', () => {
    const warehouse = fixtureStoriesMentioning('tests/fixtures/fresh/round398/dev/stories');
    expect(answerFromStories('What job was Festo Mgaya-Lwila doing at the warehouse?', warehouse).text).toMatch(/^A tally clerk — /);
  });

  it('takes the work told just before the name asked about ("the ferryman Gatluak Riek-Puok", "Riek-Puok is a ferryman")', () => {
    expect(occupationOf('What does Gatluak Riek-Puok do for a living?', 'At the river crossing, the ferryman Gatluak Riek-Puok was back at work this week.')).toBe('the ferryman');
    expect(occupationOf('What does Gatluak Riek-Puok do for a living?', 'Gatluak Riek-Puok is a ferryman who takes people across the river in his wooden boat.')).toBe('a ferryman');
  });

  it('takes work told before a name with a clause between ("A forklift driver who escaped, Peter Ouma Wekesa, said")', () => {
    expect(occupationOf('What job did Peter Ouma Wekesa do at the port?', 'A forklift driver who escaped, Peter Ouma Wekesa, said the fire spread very fast along the cotton bales.')).toBe('a forklift driver');
    expect(occupationOf('What was the job of the man who raised the alarm at the depot?', 'A porter who sleeps at the depot, Lalman Kewat, said he raised the alarm after seeing sparks.')).toBe('a porter');
    expect(occupationOf('What was the job of the crewman found alive in a liferaft?', 'A Filipino cook from the Al Yarmouk Pride, Rodel Banzuelo, was found alive in a liferaft on Monday.')).toBe('a Filipino cook');
  });

  it('takes a bare title before a name ("rice trader Phan Thi Ngoan", "A passenger, schoolteacher Salah Boukadida")', () => {
    expect(occupationOf('What does the survivor Phan Thi Ngoan do for a living?', 'One of the survivors, rice trader Phan Thi Ngoan, 36, told reporters that passengers had been sitting on sacks.')).toBe('a rice trader');
    expect(occupationOf('What was the occupation of the passenger who was dozing in the second carriage?', 'A passenger, schoolteacher Salah Hmidet Boukadida from Redeyef, said he was dozing in the second carriage.')).toBe('a schoolteacher');
    expect(occupationOf('What was the occupation of the man who pulled nine people into his canoe?', 'One fisherman, Ebrima Touray-Njie, said he had pulled nine people into his canoe.')).toBe('a fisherman');
  });

  it('never takes a phrase that opens on an article for a title ("…, the provincial People’s Committee said")', () => {
    expect(occupationOf('What did the man fined by the committee do?', 'The supervisor has been dismissed and fined, the provincial People\'s Committee said.')).toBeUndefined();
  });

  it('takes work told past an age in a clause about the named person ("Ramón Villasboa-Ledesma, 74, who worked for thirty-one years as a crane operator")', () => {
    expect(occupationOf('What job did Ramón Villasboa-Ledesma do before he retired?', 'One of our members, Ramón Villasboa-Ledesma, 74, who worked for thirty-one years as a crane operator at the port of Villeta, explained the problem.')).toBe('a crane operator');
    expect(occupationOf('What job did the 71-year-old protester do before he retired?', 'Among the protesters was Santos Euceda-Paz, 71, who spent thirty-one years as a bus mechanic in the municipal transport depot.')).toBe('a bus mechanic');
  });

  it('reads the work past what follows it in the apposition ("a plasterer aged 34", "a machinist laid off in January", "a school cook and a mother of three")', () => {
    expect(occupationOf('What does the survivor who had been on the seventh floor do for a living?', "One survivor, Koffi N'Guessan-Aka, a plasterer aged 34, was on the seventh floor when the platform gave way.")).toBe('a plasterer');
    expect(occupationOf('What did Khadija Senhaji-Idrissi do for a living before she lost her job?', 'Khadija Senhaji-Idrissi, a machinist laid off in January by a car-cable factory, returned her second payment.')).toBe('a machinist');
    expect(occupationOf('What does the displaced mother of three do for work?', 'Manana Tsereteli-Abashidze, a school cook and a mother of three, found her family had dropped down the list.')).toBe('a school cook');
  });

  it('takes the work of the relative the question asks about ("her husband, a fisherman", "whose father is a mason")', () => {
    expect(occupationOf('What did the husband of the widow in the camp do for a living?', 'Hadiza Amadou Boubacar, a widow in the camp, said that her husband, a fisherman, had died on the way to the treatment tent.')).toBe('a fisherman');
    expect(occupationOf('What does the father of the nursing student do for a living?', 'Bimala Kathariya-Rana, a second-year nursing student whose father is a mason, said she had borrowed money.')).toBe('a mason');
  });

  it('takes the worker told by the deed the question describes its person by, never someone else’s deed to them', () => {
    expect(occupationOf('What was the trade of the man who slaughtered the first infected cow?', 'The village butcher who slaughtered the first infected cow, and who fell ill himself, has recovered.')).toBe('the village butcher');
    expect(occupationOf('What was the job of the worker who described being ordered to run around the yard?', 'A supervisor who made workers run around the factory yard in the sun has been dismissed.')).toBeUndefined();
  });

  it('reads "what does she work as" as asking for work', () => {
    expect(analyseQuestion('What does the mother whose two children were admitted work as?').asksOccupation).toBe(true);
  });
});

describe('who did something to a thing the report names', () => {
  const trains = libraryOf({
    'trains.txt':
      "New trains for the Cávado line\nPublished: Tuesday 10 December 2068\n\nComboios do Cávado's new Série 3700 trains began carrying passengers on Monday 9 December.\nThe first service left Barcelos at 6.40 a.m. with about 200 people on board.\nTickets cost the same as before, and season passes remain valid.\nThe new electric trains, built by Carrocerías Ferroviarias del Ebro in Zaragoza, are 2.94 metres wide at step level.\nThe mayor of Braga, Rui Teixeira-Lobo, said the town had waited ten years for them.",
  });

  it('is answered by a sentence that names the doer though not the thing, when its report names it', () => {
    expect(answerFromStories('Which company built the new Série 3700 trains?', trains).text).toMatch(/^Carrocerías Ferroviarias del Ebro — /);
  });

  it('is no leader named elsewhere in that report ("who runs …" asks a leader of what the question names)', () => {
    expect(answerFromStories('Who runs the Série 3700 trains?', trains).text).not.toMatch(/Teixeira-Lobo —/);
  });
});

describe('a business with its legal form', () => {
  it('keeps the name before a legal form set off by a comma or a point ("Gráfica Tejomar, Lda", "Siam Trafficon Co. Ltd.")', () => {
    expect(pickPerson(analyseQuestion('Which company printed the ballot papers?'), 'Gráfica Tejomar, Lda, of Barreiro, which printed the papers, has been asked to explain the fault.')).toBe('Gráfica Tejomar, Lda');
    expect(pickPerson(analyseQuestion('Which contractor repaired the upgrade?'), 'Engineers helped Siam Trafficon Co. Ltd., the contractor, repair the faulty upgrade.')).toBe('Siam Trafficon Co. Ltd');
  });
});
