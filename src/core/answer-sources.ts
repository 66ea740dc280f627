// Whose figure it is: the source a question asks about ("according to the staff trade union", "what figure did the
// Red Cross give"), named in a sentence or its report, and whether that source gives a figure or only stands beside it.
import { termMatch, type Expansions } from './answer-gate.ts';
import { findQuantities, type Quantity } from './extract.ts';
import { sharedLexicon } from './lexicon.ts';
import { literalPattern } from './literal-pattern.ts';
import { withoutBeforeClauses, type QuestionAnalysis } from './question-analysis.ts';
import { termOf, tokenize } from './terms.ts';
import type { Library, Sentence } from './types.ts';

/**
 * The sentence (or the one before it, which may name who speaks) names the source the question asks about,
 * in at least half of its words: "the staff trade union" → "The union representing the centre's staff"; or the
 * report is the source's own ("according to the Gazette").
 */
export function givenBySource(analysis: QuestionAnalysis, expansions: Expansions, sentence: Sentence, library: Library): boolean {
  const story = library.storyById(sentence.storyId);
  const previous = story?.sentences[sentence.index - 1];
  return namesSource(analysis, expansions, [sentence.text, previous?.text ?? '', story?.outlet ?? '']);
}

/** The body a figure is named as the figure of is the source asked: "the council's" for "the Environmental Council of Zambia". */
function ownerIsSource(analysis: QuestionAnalysis, expansions: Expansions, owner: string): boolean {
  const asked = new Set(tokenize(analysis.source!.join(' ')).map((t) => t.term));
  const own = tokenize(owner).map((t) => t.term);
  return (own.length > 0 && own.every((t) => asked.has(t))) || namesSource(analysis, expansions, [owner]);
}

/** The body a figure is named as the figure of ("a government figure of", "the ministry's earlier count of"), if any. */
function ownerOfFigure(before: string): string | undefined {
  const named = OWNED_FIGURE_BEFORE.exec(before)?.[1];
  if (named === undefined) return undefined;
  const words = named.split(/\s+/).filter((w) => !FIGURE_ADJECTIVES.test(w));
  const last = words.at(-1);
  // (A body, told as one: "the association's", "a government"; not "a much higher figure of 47".)
  if (last === undefined) return undefined;
  const possessive = /[’']s?$/.test(last);
  if (!possessive && !(sharedLexicon().isNoun(last.toLowerCase()) && !/(?:er|est|ly)$/.test(last))) return undefined;
  return words.join(' ').replace(/[’']s?$/, '');
}
const OWNED_FIGURE_BEFORE = /\b(?:a|an|the|its|their|his|her)\s+((?:(?!(?:a|an|the)\s)[\p{L}’'-]+\s+){0,3}?(?!(?:a|an|the)\s)[\p{L}’'-]+)\s+(?:figure|count|estimate|tally|toll|total)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|only\s+|just\s+)?$/iu;
const FIGURE_ADJECTIVES = /^(?:final|official|new|revised|earlier|first|initial|latest|provisional|preliminary|original|previous|higher|lower|overall|joint|agreed|settled|disputed|own|real|true|actual|correct|corrected|confirmed|updated|current|death|casualty|injury|total|estimated|unofficial|rough|later|last|combined|whole|much|far|even|slightly|somewhat|rather|very|considerably|significantly)$/i;

/** "…, the ONS 14", "…, and the Red Cross 31", "… eight dead and the ministry six": a body named after a comma or "and", right before its figure, the verb left out. */
const GAPPED_TELLER = /(?:,\s+(?:and\s+)?|\s+and\s+)((?:the\s+)?\p{Lu}[\p{L}’'.&-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'.&-]*){0,4}|the\s+[\p{Ll}’'-]+(?:\s+[\p{Ll}’'-]+(?<!ed|ing|s))?)\s+$/u;

/**
 * The source the question asks about gives this figure: it is named before the figure as who said, put, counted or
 * estimated it, with no new clause between ("The Red Cross put the number at 8,100", "a Red Cross figure of 8,100");
 * or right after it as who said or gave it ("31 given by the provincial disaster relief office"); or, when the
 * sentence names no source itself, in the sentence before or as the report's outlet.
 */
export function sourceGives(analysis: QuestionAnalysis, expansions: Expansions, sentence: Sentence, quantity: Quantity, library: Library): boolean {
  const text = sentence.text;
  // ("according to the figure both … finally accepted" → "The two counts still do not agree: the company says 11, the
  // fire brigade 14": a sentence that says the sources differ gives neither the figure they agreed.)
  if (asksJointFigure(analysis) && STILL_DIFFER.test(text)) return false;
  // ("A joint survey by the city and the Clean Valley Forum found about 2,200 tonnes", "they agreed that the bridge carries
  // about 2,750 vehicles": a figure the source agreed with another is not its own count.)
  if (JOINTLY_GIVEN.test(text.slice(0, quantity.start).split(/[;:]|,\s+(?:which|who|whose)\b/i).at(-1)!) && !asksJointFigure(analysis)) return false;
  // ("According to the Ombudsman's Office" → "The mayor's office had counted 4,100, and the Ombudsman's Office 5,600";
  // "… 612, the City Health Office said, but the Department of Health's regional office puts the figure much higher"):
  // a source named whole only past a break after the figure tells another figure than this one.
  if (namesWholeSourceAfterBreak(analysis, text.slice(quantity.end)) && !namesWholeSource(analysis, text.slice(0, quantity.start))) return false;
  // ("The environment department and the farmers' association, which had earlier given estimates of 650 tons and 900
  // tons respectively": each body's figure in the order they are named.)
  const respective = respectiveTeller(text, quantity);
  if (respective !== undefined) return namesSource(analysis, expansions, [respective], text);
  // ("…, a rights group said Thursday, disputing a government figure of 460", "the ministry's earlier count of 1,900": a
  // figure named as a body's is that body's, whoever the sentence quotes.)
  const owner = ownerOfFigure(text.slice(Math.max(0, quantity.start - 70), quantity.start));
  if (owner !== undefined) return ownerIsSource(analysis, expansions, owner);
  // ("The hospital had counted 17 dead, the ONS 14": the verb left out after a comma, the figure is the body's named
  // right before it.)
  const gapped = GAPPED_TELLER.exec(text.slice(Math.max(0, quantity.start - 60), quantity.start))?.[1];
  if (gapped !== undefined && findQuantities(text.slice(0, quantity.start).split(/[;:]/).at(-1)!.replace(gapped, '')).length > 0) return namesSource(analysis, expansions, [gapped], text);
  // ("31 given by the provincial disaster relief office"; "Nine people were killed …, police said on Sunday.")
  const tail = text.slice(quantity.end);
  // ("An audit has put the amount … at 5.1 billion CFA francs, between the figures given by the company and the union":
  // a figure between two sources' is neither's.)
  if (BETWEEN_GIVEN.test(tail) && !asksJointFigure(analysis)) return false;
  // ("… stands at 21, civil defence and local officials said in a joint statement on Monday.": the joint figure is no one source's.)
  if (JOINT_TAIL.test(tail) && !asksJointFigure(analysis)) return false;
  // ("… put at 11, officials said, settling a difference between the government and the Red Crescent": a figure that
  // settles the asked source's dispute is not the source's own, though the sentence names it after "said".)
  // ("… spilled 5,200 tonnes, officials said Monday, ending a week in which the environmental agency and the port authority
  // gave different figures": told as ending the disagreement, too.)
  const settling = SETTLING_TAIL.exec(tail)?.[1] ?? DIFFERENCE_ENDED_TAIL.exec(tail)?.[1];
  if (settling !== undefined && namesSource(analysis, expansions, [settling]) && !asksJointFigure(analysis)) return false;
  // (Not across "but": "… to 2.6 million soles ($930,000), but police said the total haul was far larger" is the bank's figure.)
  // (Nor past it: "27, the Interior Ministry said on Wednesday, but the Red Crescent said …" is the ministry's; nor past
  // ", and" or ", while": "420, officials said on Friday, and the government and the Red Crescent gave different tolls".)
  // ("The Traders' Association puts the number at 63 and says several traders … do not appear on the company's books":
  // a telling verb joined to the figure's own by "and" has the figure's teller for subject, not a body named after it.)
  const givenBy = SAME_TELLER_GOES_ON.test(tail) ? undefined : /^(?:(?!\bbut\b|,\s+(?:while|whereas)\b)[^.;]){0,50}?\b(?:said|says|according to|given by|reported by|claimed by|estimated by|put forward by)\b(?:(?!\bbut\b|,\s+(?:and|while|whereas)\b|\b(?:and|while|whereas)\s+(?:the\s+)?(?:about\s+)?\d)[^.;]){0,80}/i.exec(tail)?.[0];
  const saidAtEnd = /,\s*((?:[^,;]{2,80}?)\s+(?:said|says|reported|estimated|told \w+)|(?:said|says|according to)\s+[^,;]{2,80})(?:\s+(?:on|in|late|early)\b[^,;]{0,30})?[.!]?["”]?$/i.exec(tail)?.[1];
  if ([givenBy, saidAtEnd].some((part) => part !== undefined && namesSource(analysis, expansions, [part], text))) return true;
  const before = text.slice(0, quantity.start);
  // The clause the figure is told in, back to the last break that starts another ("…, because", "…, but", ";").
  const clause = before.split(/[;:]|,\s+(?:because|but|while|although|though|after|as|when|whereas|and)\b|\bbecause\b/i).at(-1)!;
  // ("… The authority estimates that the government lost about 380 million shillings": the source named again by its last word.)
  const head = analysis.source!.at(-1)!;
  // ("… according to the count that officials and parents finally agreed?" → "Health officials and parents agreed
  // Wednesday that 124 children were sickened": the agreed figure is told by the agreeing.)
  // ("The Bursar told a Guild meeting on Thursday evening that 2,140 students …": whoever is told is the audience, not the source.)
  const told = clause.replace(AUDIENCE, '$1');
  // ("The hospital accepted the total of 15": a figure the source accepted is the agreed one, not its own count.)
  if (namesSource(analysis, expansions, [told], text) || namesByHead(told, head)) return asksJointFigure(analysis) ? ATTRIBUTION.test(clause) || AGREED.test(clause) : ATTRIBUTION.test(clause) && !AGREED.test(clause);
  if (namesSource(analysis, expansions, [text])) return false;
  // ("How many sheets did An Post say were sold at the start?" → "About 3,000 sheets … were sold at post office counters
  // on Monday": a named body's own story tells its figures unattributed, when nobody else is said to give them.)
  // (Not one told as "our": that is the report's author's, which the next test weighs.)
  // (Nor one its own clause gives to someone: "The commission had earlier given 310,000 hectares and the society 450,000".)
  // (A titled person giving it, "Mr McAlinden-Gault put the cost … at", speaks for the body the report is about.)
  // (Nor one another body heard or found: "The committee heard that sixteen people died.")
  if (isNamedSource(analysis) && !SAID_BY_SOMEONE.test(text) && !HEARD.test(clause) && !OUR.test(clause) && (!GIVEN_BY_SOMEONE.test(clause) || TITLED_TELLER.test(clause))) return true;
  // ("Supporters who bought from the fake site lost, by our first estimate, about €39,000": a body telling its own figure
  // as "our", in a report that names it, but not as a third party: a hotel's page that says "the Deputy Ministry of
  // Tourism … puts the number at 520" tells the hotel's own count as "our".)
  if (OUR.test(clause) && !SAID_BY_SOMEONE.test(clause)) {
    const report = library.storyById(sentence.storyId);
    // (The report's own words first; its sentences are read one by one only when those name the source.)
    const namesIt = report !== undefined && namesSource(analysis, expansions, [report.title, report.outlet, report.byline, report.body.slice(0, 1500)]);
    // (Another sentence giving the source a figure of its own makes the report a third party's; a quotation of it gives none.)
    if (namesIt && !report.sentences.some((other) => other.index !== sentence.index && ATTRIBUTION.test(other.text) && namesSource(analysis, expansions, [other.text]) && findQuantities(other.text).length > 0)) return true;
  }
  // ("The Garment Workers' Union said 16,500 workers …": a figure its own clause gives to someone is theirs, whoever the sentence before names.)
  if (SAID_BEFORE_FIGURE.test(clause)) return false;
  // (The sentence before, or the outlet, must name the source by its own last word: "the Royal Irrigation Department" in
  // Phrae province is not Phrae's disaster office.)
  // (Nor one told by a body its own clause names: "The district agriculture office has registered 2,600 … The Abahizi
  // Banana Growers' Cooperative reports 4,100 households.")
  const teller = NAMED_TELLER.exec(clause)?.[1];
  if (teller !== undefined && !namesSource(analysis, expansions, [teller])) return false;
  const story = library.storyById(sentence.storyId);
  const around = [story?.sentences[sentence.index - 1]?.text ?? '', story?.outlet ?? ''];
  const namesHead = around.some((text) => tokenize(text).some((t) => t.term === termOf(head)));
  return namesHead && namesSource(analysis, expansions, around);
}
/** Every word of the source, in its order, at most two other words apart: "the Ombudsman's Office", "Department of Health's regional office". */
function namesWholeSource(analysis: QuestionAnalysis, text: string, then = ''): boolean {
  const words = analysis.source!.map((word) => `${literalPattern(word)}(?:['’]s?)?`);
  return new RegExp(`\\b${words.join(`(?:\\s+[\\p{L}'’-]+){0,2}?\\s+`)}\\b${then}`, 'iu').test(text);
}
/** Past a break ("but", ", and", ", while", ";"), the whole source told with a figure of its own, or one higher or lower. */
function namesWholeSourceAfterBreak(analysis: QuestionAnalysis, tail: string): boolean {
  const broken = /^[^.;]*?(?:\bbut\b|,\s+(?:and|while|whereas)\b|\bwhereas\b|;)([^.]*)/i.exec(tail)?.[1];
  return broken !== undefined && namesWholeSource(analysis, broken, `[^;]*?(?:\\d|\\b(?:higher|lower|more|fewer|different|larger|smaller)\\b)`);
}
const SAME_TELLER_GOES_ON = /^[^,.;]{0,60}?\s+and\s+(?:says|said|adds|added|told|tells|reports|reported|claims|claimed)\b/i;
/** "The Bursar told a Guild meeting that …": whom a teller told, up to what was told. */
const AUDIENCE = /\b(told|informed|briefed|assured|reassured)\s+(?:a|an|the|its|their)?\s*(?:[\p{L}'’-]+\s+){0,5}?(?=(?:on|at|in|late|early)\s+(?:\p{L}+\s+){0,3}?that\b|that\b)/iu;
/** "According to the estate's manager": the source's last word is owned by the word before it (read once a question). */
const ownedHeads = new WeakMap<QuestionAnalysis, boolean>();
function asksOwnedHead(analysis: QuestionAnalysis): boolean {
  let owned = ownedHeads.get(analysis);
  if (owned === undefined) {
    const source = analysis.source!;
    owned = source.length > 1 && new RegExp(`\\b${literalPattern(source.at(-2)!)}['’]s\\s+${literalPattern(source.at(-1)!)}\\b`, 'i').test(analysis.text);
    ownedHeads.set(analysis, owned);
  }
  return owned;
}

/**
 * "The union", "a trade union": the source named again by its last word, with at most a lowercase word that says what
 * kind ("the Lesotho police" is another country's police).
 */
function namesByHead(clause: string, head: string): boolean {
  const told = new RegExp(`\\b(?:the|its|their|a|an)\\s+(?:(?!(?:rival|other|another|second|smaller|different|separate|new)\\s)([\\p{L}-]+)\\s+)?${literalPattern(head)}\\b(?![’']s)`, 'iu').exec(clause);
  return told !== null && (told[1] === undefined || /^[\p{Ll}-]+$/u.test(told[1]));
}

/**
 * Two bodies named together and two figures told together, in the same order: "the police and the lifeguards, which
 * had given tolls of seven and nine", "… 650 tons and 900 tons respectively". The body whose figure this is, if so.
 */
function respectiveTeller(text: string, quantity: Quantity): string | undefined {
  if (!/\brespectively\b|\b(?:which|who) had (?:\w+ )?(?:given|put forward|reported|counted) (?:tolls|estimates|figures|counts|totals) of\b/i.test(text)) return undefined;
  const figures = findQuantities(text);
  const at = figures.findIndex((q) => q.start === quantity.start);
  const isPair = (first?: Quantity, second?: Quantity): boolean => first !== undefined && second !== undefined && /^(?:\s+[\p{L}-]+){0,2}?\s+and\s+(?:the\s+)?$/u.test(text.slice(first.end, second.start));
  const place = isPair(figures[at], figures[at + 1]) ? 0 : isPair(figures[at - 1], figures[at]) ? 1 : -1;
  if (place < 0) return undefined;
  const first = figures[at - place]!;
  const bodies = [...text.slice(0, first.start).matchAll(PAIRED_BODIES)].at(-1);
  return bodies?.[place + 1];
}
const PAIRED_BODIES = /((?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,5}?)\s+and\s+((?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,5}?)(?=,\s+(?:which|who)\b|\s+(?:had|have|has)\s+(?:\w+\s+)?(?:given|put|reported|estimated|counted))/giu;

const BETWEEN_GIVEN = /^(?:[^.;]|\.\d){0,60}?\bbetween (?:the )?(?:two )?(?:figures|estimates|counts|tolls|numbers|totals|claims)\b/i;
const JOINTLY_GIVEN = /\bjoint(?:ly)?\b|\bboth (?:the )?[^.;]{3,80}? (?:have |had |has )?(?:now )?(?:agreed|accepted)\b|\bagreed (?:on )?(?:a|one|the) (?:single |joint |common |final |new )?(?:figure|count|number|total|tally|estimate)\b|\bboth (?:now )?(?:agree|accept|sides|sources|bodies)\b|\bthe agreed (?:figure|count|total|number|tally|estimate)\b|\b(?:they|both|all|the two(?: \w+)?) (?:now )?agreed?\b|\bagreed (?:(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) )?(?:on|that)\b|\b(?:and|with) (?:the )?[^.;]{3,80}? (?:now )?agreed?\b(?= (?:on|that|to)\b)|\b(?:and|with) (?:the )?[^.;,]{3,60}? agreed\b|\bsettl(?:ed|ing) (?:a|the|their) (?:dispute|disagreement|question|difference)s?\b|\bsettled (?:on )?(?:the|a|its|their) (?:[\p{L}-]+ ){0,2}?(?:toll|figure|count|number|total|tally)\b|\b(?:been|was|were|is|are) (?:now |finally |since )?settled at\b/iu;
/** The joint figure is what is asked ("according to the joint audit"), not what came before it ("before the joint count"). */
function asksJointFigure(analysis: QuestionAnalysis): boolean {
  const asked = withoutBeforeClauses(analysis.text);
  return JOINTLY_GIVEN.test(asked) || /\bjoint|\bagreed|\breconcil|\bsettle|\bboth\b[^?,;]{0,60}\b(?:accept|agree)/i.test(asked);
}
const STILL_DIFFER = /\b(?:(?:do|does|did)(?: still)? not|don['’]t|doesn['’]t|didn['’]t|never|yet to|still to|have not|has not|haven['’]t|hasn['’]t) (?:yet )?(?:agree|agreed|match|matched|tally|tallied)\b|\b(?:still|continue to|continued to) (?:differ|disagree|diverge|vary)\b/i;
const JOINT_TAIL = /^[^.;]{0,120}?\b(?:in a joint (?:statement|communiqu\w*|report|announcement|release|press conference)|said jointly|jointly (?:said|announced|reported))\b/i;
/** "…, settling a difference between the government and the Red Crescent": the parties named after it. */
const SETTLING_TAIL = /^[^.;]{0,120}?\bsettl(?:ed|ing) (?:a|the|their) (?:dispute|disagreement|difference|gap)s?\b([^.;]*)/i;
/** "…, ending a week in which the agency and the port authority gave different figures": the parties named before it. */
const DIFFERENCE_ENDED_TAIL = /^[^.;]{0,120}?\b(?:ending|closing|resolving)\b([^.;]{0,120}?\b(?:gave|had given|giving|issued|had issued) (?:different|conflicting|differing|contradictory)\b)/i;
const ATTRIBUTION = /\b(?:said|says|say|told|tells|tell|wrote|writes|shows|showed|lists|listed|spoke|spoken|speaks|cited|cites|quoted|quotes|put|puts|putting|estimat\w*|count\w*|reported|reports|gave|gives|claim\w*|found|finds|recorded|records|figure|number|total|tally|toll|according|admit\w*|announc\w*|confirm\w*|stated|states|revealed|disclosed)\b/i;
const AGREED = /\b(?:agree[ds]?|accept(?:ed|s)?)\b/i;
const SAID_BEFORE_FIGURE = /\b(?:said|says|claimed|claims|reported|estimated|counted|given|gave|gives|put the (?:number|figure|total|toll) at|(?<!\b(?:it|they|he|she|we)\s)(?:found|showed) that)\b/i;
/** A clause opening on a name that tells the figure: "The Abahizi Banana Growers' Cooperative reports". */
const NAMED_TELLER = /^\s*(?:The\s+)?(?!(?:He|She|It|They|We|I|This|That)\s)(\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\p{L}'’-]*)*)\s+(?:(?:now|also|still|later|earlier|first|then|meanwhile|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today)\s+)?(?:reports|records|registers|counts|estimates|says|said|reported|counted|estimated|recorded|registered|puts|put|gives|gave)\b/u;
const TITLED_TELLER = /\b(?:Mr|Ms|Mrs|Miss|Dr|Prof|Eng)\.?\s+\p{Lu}/u;
const GIVEN_BY_SOMEONE = /\b(?:given|gave|gives|put|puts|counted|counts|estimated|estimates|reported|recorded|claimed)\b/i;
const OUR = /\b(?:our|we)\b/i;
const HEARD = /\b(?:heard|learned|learnt|was told|were told|found|concluded|agreed|accepted|adopted)\s+(?:that\b|on\b)/i;
const SAID_BY_SOMEONE = /\b(?:said|says|told|according to|reported|estimated|claimed|claims)\b/i;

const BARE_PLACE_USE = /\b(?:in|into|to|from|at|out of|left)\s+(?:hospital|school|court|prison|jail|church|port|harbour|harbor|office|parliament|college|university|camp|town|custody|care)\b/gi;

/** The source asked about is a name ("An Post", "Meridale", "the Red Cross"), not a kind of body ("the union"). */
function isNamedSource(analysis: QuestionAnalysis): boolean {
  const names = new Set(analysis.names.flatMap((n) => n.toLowerCase().split(/\s+/)));
  return analysis.source!.every((word) => names.has(word));
}

/**
 * At least half the source's words are in the texts, as written, as a synonym, or as a kind of them: "the
 * national association of truck drivers" names "the lorry drivers' organisation" (an association is an organisation).
 * `whole` is the sentence the texts were cut from: when it names the source's kind elsewhere, the texts must name it too.
 */
export function namesSource(analysis: QuestionAnalysis, expansions: Expansions, texts: string[], whole?: string): boolean {
  // ("The number of people in hospital is given as 11 by the sanitary inspectorate": a bare noun after "in" is a place
  // things are in, not the county hospital telling.)
  const words = texts.flatMap((text) => tokenize(text.replace(BARE_PLACE_USE, ' ')));
  // ("The provincial government put the damage at …" names the province: an adjective names what it pertains to.)
  const pertained = words.filter((t) => /(?:al|an)$/i.test(t.word)).flatMap((t) => sharedLexicon().pertainsTo(t.word.toLowerCase()).map((noun) => termOf(noun)));
  const terms = new Set([...words.map((t) => t.term), ...pertained]);
  const named = analysis.source!.filter((word) => termMatch(termOf(word), expansions, terms, []) > 0);
  // (A kind alone names too much: a department is a kind of office too; one word must be the source's own.)
  if (named.length === 0) return false;
  // (A source's word is held when named, or when a word of the texts is a kind of it.)
  const holds = (word: string): boolean => named.includes(word) || words.some((t) => sharedLexicon().isKindOf(t.word.toLowerCase(), word));
  // ("The estate's manager" is not named by "the Nyabitare tea estate": the one the possessive owns must be there.)
  if (asksOwnedHead(analysis) && !holds(analysis.source!.at(-1)!)) return false;
  // ("According to the provincial hospital" is not "… said it had admitted 41 patients, while the provincial health
  // office put the number at 34", nor "the district council" the "Tuban district" of "…, but the local council put the
  // toll at 23": when the sentence names the kind of body asked elsewhere, the words naming the figure's teller must too.)
  const kind = analysis.sourceHead;
  if (whole !== undefined && kind !== undefined && analysis.source!.length > 1 && !holds(kind) && termMatch(termOf(kind), expansions, new Set(tokenize(whole.replace(BARE_PLACE_USE, ' ')).map((t) => t.term)), []) > 0) return false;
  return analysis.source!.filter(holds).length * 2 >= analysis.source!.length;
}
