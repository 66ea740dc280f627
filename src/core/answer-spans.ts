// The span a question asks for inside a sentence: where the question's words sit, and the person,
// office holder, description or place they point at.
import { isCalendarName } from './calendar-words.ts';
import { findNames, type Span } from './extract.ts';
import { literalPattern } from './literal-pattern.ts';
import { sharedLexicon } from './lexicon.ts';
import { numberValue } from './numbers.ts';
import { DATELINE_OPENING } from './sentences.ts';
import { namedThings, type QuestionAnalysis } from './question-analysis.ts';
import { STOP_WORDS, termOf, tokenize } from './terms.ts';

/** "Which ministry / regulator / agency …" wants a body, whose name says what it is. */
const ORGANISATION_KINDS = /^(ministri|depart|agenc|regul|watchdog|author|commiss|bodi|court|council|offic|bureau|board|institut|committe|servic|inspector|polic)$/;
const ORGANISATION_NAME = /\b(Ministry|Department|Agency|Commission|Authority|Office|Bureau|Board|Institute|Council|Committee|Service|Inspectorate|Court|Tribunal|Police|Regulator|Administration|Directorate|Ombudsman|Commissioner|Force|Guard|Survey|Observatory|Centre|Center|Society|Association|Federation|Union|Foundation|Trust|Charity|Network|Coalition|Alliance|Campaign|Group of)\b/;
/** "Which travel agency …": a kind that may be a business as well as a public body. */
const AGENCY = 'agenc';

export function questionTermPositions(analysis: QuestionAnalysis, sentence: string): number[] {
  const wanted = new Set(analysis.terms.map((t) => t.term));
  const positions: number[] = [];
  for (const match of sentence.matchAll(/[\p{L}\p{N}][\p{L}\p{N}’'.,-]*/gu)) {
    const token = tokenize(match[0])[0];
    if (token && wanted.has(token.term)) positions.push(match.index);
  }
  return positions;
}

export function nearestToQuestionTerms(analysis: QuestionAnalysis, sentence: string, spans: Span[]): Span | undefined {
  const positions = questionTermPositions(analysis, sentence);
  if (positions.length === 0) return spans[0];
  const distance = (s: Span): number => Math.min(...positions.map((p) => Math.abs(p - s.start)));
  return [...spans].sort((a, b) => distance(a) - distance(b))[0];
}

/** Titles of courtesy before a name ("Ms Thornton", "Dr Miriam Okafor"). */
const COURTESY_TITLES = 'Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame|Lord|Lady|Ing|Mgr|Dipl|Hon|Honourable|Honorable';
const COURTESY_TITLE_BEFORE = new RegExp(`^(?:${COURTESY_TITLES})\\.?\\s+`);
/** A title alone, read as a name ("Dr. Lena Hartsock" split as "Dr", "Ing. Miroslav Dvořáček" as "Ing"): nobody. */
const TITLE_ALONE = new RegExp(`^(?:${COURTESY_TITLES}|Capt|Col|Gen|Sgt|Insp|Rev)\\.?$`);

export function notInQuestion(analysis: QuestionAnalysis, span: Span): boolean {
  // "TCR" for "who's the md of thames & cotswold railway": the initials of what the question names.
  if (/^\p{Lu}{2,6}$/u.test(span.text) && initialsOfRuns(analysis.text).has(span.text)) return false;
  const asked = new Set(analysis.terms.map((t) => t.term));
  // "Ms Thornton" for "who is taking over from maeve thornton": a title is no part of who is named.
  const tokens = tokenize(span.text.replace(COURTESY_TITLE_BEFORE, ''));
  const terms = tokens.map((t) => t.term);
  // "Siam Pacific Bank" for "who was running siam pacific": the thing asked about, not who is asked for;
  // so is "Granger Falls Regional Medical Center" for "which company fires off the granger falls texts".
  // "The City of Merriton" for "who did merriton blame": beside the name the question gives, only common words.
  const names = tokens.filter((t) => !sharedLexicon().isWord(t.word.toLowerCase()));
  if (names.length > 0 && names.every((t) => asked.has(t.term))) return false;
  return terms.length > 0 && terms.filter((t) => asked.has(t)).length * 3 < terms.length * 2 && !(terms.length > 2 && asked.has(terms[0]!) && asked.has(terms[1]!) && !TITLE_WORDS.test(span.text));
}

/** "Prime Minister Mart Siimann", "Deputy Finance Minister …": an office's words before a person's name. */
const TITLE_WORDS = /\b(?:Prime|Deputy|Minister|Secretary|President|Mayor|Governor|Chief|Director|Chair(?:man|woman)?|Senator|General|Judge|Ambassador|Commissioner)\b/;

/** The initials of every run of two to six consecutive words of a text, small joining words skipped ("Thames & Cotswold Railway" → TCR). */
function initialsOfRuns(text: string): Set<string> {
  const words = text.split(/[^\p{L}]+/u).filter((w) => w && !/^(?:and|of|the|for)$/i.test(w));
  const runs = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    let letters = '';
    for (let j = i; j < Math.min(words.length, i + 6); j++) {
      letters += words[j]![0]!.toUpperCase();
      if (letters.length >= 2) runs.add(letters);
    }
  }
  return runs;
}

/** Who: the holder of the asked-for office, the agent after a passive "by", else the name nearest before the asked-for verb. */
/**
 * "Brightwing Fuel Services Ltd.", "the stadium's maintenance contractor, Techos y Cubiertas del Bajío", "made by
 * Medirack": a name a sentence gives as a business, by its legal form or by what it calls it.
 */
function looksLikeBusiness(sentence: string, span: Span): boolean {
  return COMPANY_FORM.test(sentence.slice(span.start, span.end + 12)) || BUSINESS_BEFORE.test(sentence.slice(Math.max(0, span.start - 45), span.start)) || BUSINESS_AFTER.test(sentence.slice(span.end, span.end + 60));
}
/** The nouns an apposition calls a business by. */
const BUSINESS_NOUNS = String.raw`(?:[\p{L}'’-]+\s+){0,3}?(?:company|firm|contractor|supplier|maker|manufacturer|operator|provider|developer|builder|installer|insurer|airline|carrier)\b`;
/** "Koodiveski OÜ, the company that develops …": a name its apposition calls a business. */
const BUSINESS_AFTER = new RegExp(String.raw`^\s*,\s*(?:the|a|an|its|their)\s+${BUSINESS_NOUNS}`, 'iu');
/** "Gravas del Nechi Ltda, a company that extracts gravel": a name its indefinite apposition calls a business. */
const A_BUSINESS_AFTER = new RegExp(String.raw`^\s*,\s*an?\s+${BUSINESS_NOUNS}`, 'iu');
// (A business's name often ends on what it trades in or as: "Sawwan Data Systems", "Akwaaba Trading", "Kaneo Travel".)
const COMPANY_FORM = /\b(?:Ltd|Limited|Inc|Incorporated|Corp|Corporation|Co|GmbH|AG|SA|S\.A|SL|S\.L|Srl|S\.r\.l|SpA|S\.p\.A|BV|NV|plc|PLC|LLC|Lda|A\/S|AB|ASA|Oy|Oyj|d\.o\.o|s\.r\.o|sp\. z o\.o|Pty|Bhd|Berhad|OÜ|UAB|SIA|Kft|Zrt|ApS|KG|SE|SAS|SARL|Ltda|Airlines?|Airways|Holdings?|Company|Companies|Systems|Technologies|Industries|Enterprises|Solutions|Logistics|Trading|Motors|Pharmaceuticals|Engineering|Consultants|Contractors|Travel|Tours|Shipping)(?![\p{L}])/u;
const BUSINESS_BEFORE = /\b(?:contractors?|suppliers?|firms?|company|companies|makers?|manufacturers?|operators?|subcontractors?|providers?|builders?|installers?|hauliers?|carriers?|insurers?|airlines?|vendors?|by|from)(?:\s+(?:that|which)\s+[^,;.]{1,40},)?\s*[,:]?\s*$/i;

/** "Portugal's civil aviation authority, ANAC", "the marine accident office (MAIB)": a body's initials after its description. */
function isBodysInitials(sentence: string, span: Span): boolean {
  return /^[A-Z]{2,6}$/.test(span.text) && BODY_NOUN_BEFORE.test(sentence.slice(Math.max(0, span.start - 40), span.start));
}
const BODY_NOUN_BEFORE = /\b(?:ministry|department|agency|commission|authority|office|bureau|board|institute|council|committee|service|inspectorate|court|regulator|watchdog|police|administration|directorate)\s*[,(]\s*$/i;

/** A short quotation that ends on no punctuation is a title ("Lustro: Renaissance Maiolica"), not speech ("We will reopen," she said). */
function isInQuotedTitle(sentence: string, span: Span): boolean {
  const quotes = sentence.matchAll(/["“]([^"”]{3,120})["”]/g);
  for (const quote of quotes) {
    const start = quote.index + 1;
    const end = start + quote[1]!.length;
    if (span.start >= start && span.end <= end) return !/[.,!?;:…]$/.test(quote[1]!.trim()) && quote[1]!.split(/\s+/).length <= 12;
  }
  return false;
}

/** "Who did the bureau blame", "who got / copped the blame", "who was in the frame": who was blamed is asked. */
export function asksWhoWasBlamed(analysis: QuestionAnalysis): boolean {
  return BLAME_ASKED.test(analysis.text);
}

/**
 * Whoever the sentence blames ("had blamed villagers for refusing the vaccine"), or else the name picked, if the
 * sentence blames it. ("What was the name of the website Kestrel blamed?" wants a name, not "a third-party booking website".)
 */
export function pickBlamed(analysis: QuestionAnalysis, sentence: string, named: string | undefined): string | undefined {
  const blamed = blamedIn(sentence);
  const isName = blamed !== undefined && /^\p{Lu}/u.test(blamed.replace(/^(?:the|a|an)\s+/i, ''));
  if (blamed && (isName || !/\bnamed?\b/i.test(analysis.text))) return blamed;
  return named && isBlamedIn(sentence, named) ? named : undefined;
}

const BLAME_ASKED = /\b(?:blame[ds]?|blaming|in the frame|at fault|scapegoat(?:ed)?|(?:point|pointed|pointing) the finger|(?:hold|holds|held|holding)\s+(?:\S+\s+){0,4}?responsible)\b/i;

/**
 * The sentence blames who or what the span names: "blamed the port's trawlers", "was first blamed", "pointed at
 * Dromgoole", or, for a blame since withdrawn, "not by pile driving on a nearby building", "apologised to Ravnedal Nett".
 */
function isBlamedIn(text: string, span: string): boolean {
  const name = literalPattern(span.replace(/^(?:the|a|an)\s+/i, ''));
  const words = String.raw`(?:[\p{L}\p{N}'’.&-]+\s+){0,4}?`;
  return [
    String.raw`blam\w*\s+(?:it\s+|this\s+|that\s+|them\s+)?(?:on\s+)?${words}${name}`,
    String.raw`${name}[^.;]{0,60}\b(?:was|were|had been|got|been|is|are)\s+(?:\w+ly\s+|first\s+)?(?:blamed|to blame|at fault|accused)`,
    String.raw`point\w*\s+(?:the\s+finger\s+)?at\s+${words}${name}`,
    String.raw`\bnot\s+(?:by\s+|because of\s+|from\s+|the fault of\s+|caused by\s+|due to\s+)?${words}${name}`,
    String.raw`apologi[sz]\w*\s+to\s+${words}${name}`,
    String.raw`(?:accused|suspected|faulted)\s+${words}${name}`,
  ].some((pattern) => new RegExp(pattern, 'iu').test(text));
}

/**
 * Who or what a sentence blames: "had blamed villagers for refusing the vaccine" → villagers; "blamed damage … during
 * the 2022 repainting by DeLuca Coatings Inc." → DeLuca Coatings Inc (a name inside the blamed phrase is who);
 * "A wrongly fitted speed sensor, not the man at the controls, caused …" → the man at the controls (blamed before).
 */
function blamedIn(text: string): string | undefined {
  const phrase =
    /\bblam(?:ed|es|ing)\s+(?!for\b|over\b|because\b|after\b)(?:it\s+on\s+|this\s+on\s+|on\s+)?((?:the\s+|a\s+|an\s+|its\s+|their\s+)?[^,.;:"“”]{2,90}?)(?=\s+(?:for|over|because|after|before|when|as|and said|saying)\b|[,.;:"“”]|$)/i.exec(text)?.[1] ??
    /,\s+not\s+((?:the\s+|a\s+|an\s+)?[^,]{2,60}),\s+(?:caused|was|were|is|had|led|started|set)\b/i.exec(text)?.[1];
  // ("apologised to the valve maker, Válvulas Serra Azul, which it had blamed for the accidents": who a relative clause blames.)
  const relative = /((?:the |a |an |its |their )?[^,;:]{2,60}?)(?:,\s+(\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*)*))?,\s+(?:which|who|whom)\s+(?:\p{L}+\s+){1,3}?blamed\b/u.exec(text);
  if (!phrase && relative) return relative[2] ?? relative[1]!.replace(/^.*\b(?:to|on|at|with|by)\s+(?=(?:the|a|an|its|their)\s)/i, '');
  if (!phrase) return undefined;
  // ("blamed the double charges on its card processor, Harborline Payments": what is blamed on whom; the name after a comma is who.)
  const on = / on ((?:the |its |their |a |an )?[^,]+)$/.exec(phrase);
  const blamed = on ? on[1]! : phrase;
  if (/^(?:it|this|that|them|him|her|itself|themselves|the (?:weather|storm|rain))$/i.test(blamed.trim())) return undefined;
  const apposed = new RegExp(`${literalPattern(blamed)},\\s+(\\p{Lu}[\\p{L}'’.&-]*(?:\\s+\\p{Lu}[\\p{L}'’.&-]*)*)`, 'u').exec(text)?.[1];
  if (apposed) return apposed.replace(/[.]$/, '');
  const names = findNames(blamed).filter((n) => !/^(?:The|A|An)$/.test(n.text));
  if (names.length > 0) return names.at(-1)!.text;
  return blamed.split(/\s+/).length <= 6 ? blamed.trim() : undefined;
}

/** "The Christmas" (a sentence's opening "The" joined to the next capitalised word): the name without its article. */
function withoutArticle(name: string): string {
  return name.replace(/^The\s+/, '');
}

export function pickPerson(analysis: QuestionAnalysis, sentence: string): string | undefined {
  // "Which country agreed to pay …?", "which town lent …?": a place acting, named as a place.
  if (PLACE_KINDS_ASKED.test(analysis.entityKind ?? '')) return pickActingPlace(analysis, sentence);
  const names = findNames(sentence).filter(
    (n) =>
      notInQuestion(analysis, n) &&
      // ("Which company owned the truck?" → "The truck belonged to Gravas del Nechi Ltda, a company that …": a business named
      // as one is no place it went to.)
      (!isPlaceMention(sentence, n) || (BUSINESS_KINDS.test(analysis.entityKind ?? '') && (COMPANY_FORM.test(n.text) || A_BUSINESS_AFTER.test(sentence.slice(n.end, n.end + 60))))) &&
      // A lone capitalised word opening the sentence (or its quotation) is as often a common noun ("Rescuers", "Labour activists").
      // ("MANAWAROA – Voting packs …": after a dateline too.)
      !(OPENING.test(sentence.slice(0, n.start)) && !n.text.includes(' ')) &&
      // ("HRONSKÁ LEHÔTKA — An electric van …": the dateline's town, however many words, is nobody.)
      !isDateline(sentence, n) &&
      // ("with Swedish-language packaging", "a French-speaking region": a capitalised compound describing something.)
      !/^\p{Lu}\p{L}*-\p{Ll}[\p{L}-]*$/u.test(n.text) &&
      !isNationality(sentence, n) &&
      !isModifier(sentence, n) &&
      numberValue(n.text.toLowerCase()) === undefined &&
      !GEOGRAPHIC_NAME.test(n.text) &&
      // "discharged on Monday": a day or a month is nobody.
      !withoutArticle(n.text).split(/\s+/).every(isCalendarName) &&
      // "Made in mainland China, not Taiwan", "sold last Christmas", "The Christmas lights of …": a one-word name WordNet knows first as a place or a time is nobody.
      !(!withoutArticle(n.text).includes(' ') && sharedLexicon().isPlaceOrTime(withoutArticle(n.text).toLowerCase())) &&
      !TITLE_ALONE.test(n.text) &&
      // "the exhibition “Lustro: Renaissance Maiolica from Castelvaro”": a name in a work's title is nobody's.
      !isInQuotedTitle(sentence, n) &&
      !(GROUP_KINDS.test(analysis.entityKind ?? '') && isPerson(sentence, n)) &&
      // "Which company will run the hubs?" is not answered by a council or a ministry.
      !(BUSINESS_KINDS.test(analysis.entityKind ?? '') && ORGANISATION_NAME.test(n.text)) &&
      // "Which company made the projector?" is not answered by the planetarium that owns it: a business is named as one.
      (!BUSINESS_KINDS.test(analysis.entityKind ?? '') || looksLikeBusiness(sentence, n)) &&
      // ("Which travel agency ran the trip?" → "Kaneo Travel": an agency may be a business, named as one.)
      (!ORGANISATION_KINDS.test(analysis.entityKind ?? '') || ORGANISATION_NAME.test(n.text) || isBodysInitials(sentence, n) || (analysis.entityKind === AGENCY && COMPANY_FORM.test(n.text))) &&
      // "Mansour told Reuters": who was told is not who acted.
      !/\btold\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, n.start - 10), n.start)) &&
      // "Who was driving the express?", "who was held over the fire?": a person, not a train, a bank or a festival.
      (!PERSON_ACTS.test(analysis.text) || mayBePerson(sentence, n)),
  );
  if (names.length === 0) return undefined;
  // "Who runs Kelvaig?": only a name given a leader's role ("managing director Graeme Passmore", "led by Ruth Kinsella").
  // (Never one the question names: "who's leading the campaign against Tallis" is not Mayor Tallis.)
  // ("Director General Halvard Mo" is read as the role and the name; "President Vladimir Putin's envoy" leads nothing asked.)
  if (analysis.asksLeader) {
    return names
      .map(withoutLeadingRole)
      .find((n) => isLeaderNamed(sentence, n) && !/^[’']s\b/.test(sentence.slice(n.end, n.end + 3)) && (!sharesAskedTerm(analysis, n) || leadsBodyNamedLikeThem(analysis, sentence, n)) && leadsWhatIsAsked(analysis, sentence, n))?.text;
  }
  const holder = officeHolder(analysis, sentence, names);
  if (holder) return holder.text;
  // "What's the name of the arbitrator?": a name elsewhere in the sentence is someone else's.
  if (analysis.asksNameOf) return undefined;
  const byAgent = names.find((n) => /\bby\s+(the\s+)?$/i.test(sentence.slice(Math.max(0, n.start - 8), n.start)));
  const positions = questionTermPositions(analysis, sentence);
  const chosen =
    byAgent ??
    [...names].sort((a, b) => {
      const d = (s: Span): number => (positions.length ? Math.min(...positions.map((p) => (p >= s.end ? p - s.end : 3 * (s.start - p)))) : s.start);
      return d(a) - d(b);
    })[0]!;
  const article = /\bthe\s+$/i.test(sentence.slice(Math.max(0, chosen.start - 4), chosen.start)) ? 'the ' : '';
  return article + withItsCompanyName(sentence, chosen);
}

/**
 * "Gráfica Tejomar, Lda", "Siam Trafficon Co. Ltd.": a legal form read as a name of its own belongs to the
 * business named just before it.
 */
function withItsCompanyName(sentence: string, name: Span): string {
  if (!LEGAL_FORM_ALONE.test(name.text)) return name.text;
  const before = COMPANY_BEFORE_FORM.exec(sentence.slice(0, name.start));
  return before ? sentence.slice(before.index, name.end) : name.text;
}
const LEGAL_FORM_ALONE = /^(?:Ltd|Limited|Inc|Corp|Co|GmbH|AG|SA|S\.A|SL|Srl|S\.r\.l|SpA|S\.p\.A|BV|NV|plc|PLC|LLC|Lda|Ltda|Pty|Bhd|Berhad|OÜ|UAB|SIA|Kft|Zrt|ApS|KG|SAS|SARL|s\.r\.o|d\.o\.o|Oy|Oyj|AB|ASA)\.?$/u;
const COMPANY_BEFORE_FORM = /((?:\p{Lu}[\p{L}'’&-]*\s+){0,4}\p{Lu}[\p{L}'’&-]*(?:\s+Co\.)?),?\s+$/u;

/**
 * What a sentence says a named person is: "Marco Rubio, Trump’s top diplomat and national security adviser,"
 * or "Trump’s son-in-law, Jared Kushner" or "property tycoon-turned-diplomat Steve Witkoff".
 */
export function describeNamed(analysis: QuestionAnalysis, sentence: string): string | undefined {
  const name = analysis.names.join(' ');
  const at = sentence.indexOf(name);
  const last = analysis.names.at(-1);
  const start = at >= 0 ? at : last ? sentence.indexOf(last) : -1;
  if (start < 0) return undefined;
  const end = at >= 0 ? at + name.length : start + last!.length;
  const after = /^,\s+((?:the |a |an )?[^,;]{3,80}?)(?:,|;|\.|$)/.exec(sentence.slice(end));
  if (after && !/^(who|which|said|says|told|added|and)\b/.test(after[1]!)) return after[1]!;
  const before = sentence.slice(0, start);
  // "Trump’s son-in-law, Jared Kushner": the phrase between the last separator and the comma.
  if (/,\s*$/.test(before)) {
    const chunk = before.replace(/,\s*$/, '').split(/[,;—]|\band\b|\bwith\b/).at(-1)?.trim();
    if (chunk && chunk.length >= 3 && chunk.length <= 80) return chunk;
  }
  // "President Volodymyr Zelenskiy": a title in the name's own capitalised run.
  const title = new RegExp(`\\b(${TITLES})(?:\\s+\\p{Lu}[\\p{L}’'.-]*)*\\s+$`, 'u').exec(before);
  if (title) return title[1]!;
  // "property tycoon-turned-diplomat Steve Witkoff": lower-case words right before the name.
  const words = before.trimEnd().split(/\s+/);
  const modifier: string[] = [];
  for (const word of words.reverse()) {
    if (!/^\p{Ll}[\p{L}’'-]*$/u.test(word) || STOP_WORDS.has(word) || modifier.length === 4) {
      // "Kremlin spokesperson", "Ukraine’s top negotiator": one capitalised word of whose office it is.
      if (modifier.length > 0 && /^\p{Lu}[\p{L}’'-]*$/u.test(word) && !/^(The|A|An|On|In|At|By)$/.test(word)) modifier.unshift(word);
      break;
    }
    modifier.unshift(word);
  }
  return modifier.length > 0 ? modifier.join(' ') : undefined;
}

/**
 * The work a sentence describes a person by, with its article: "Ioane Tuiletufuga-Sapolu, a fisherman from
 * Vaitoloa-Uta" → "a fisherman", "One survivor, a shepherd named Bakyt …" → "a shepherd", "Our school cook,
 * Philomena …" → "our school cook", "detained a 41-year-old bookbinder employed by …" → "a bookbinder". For a
 * question naming the person, only what is told beside the name; never a word of the question ("the survivor").
 */
export function occupationIn(analysis: QuestionAnalysis, sentence: string): string | undefined {
  const asked = new Set(analysis.terms.map((t) => t.term));
  const isWork = (head: string): boolean => !asked.has(termOf(head)) && namesWork(head);
  const phrase = (match: RegExpExecArray | null): string | undefined => {
    if (!match?.groups) return undefined;
    const mods = (match.groups.mods ?? '').split(/\s+/).filter((w) => w && !AGE_WORD.test(w));
    // ("Semisi Tuala-Aiono, a fishing boat owner at Apia's fish market": an owner of a named kind of business is its work.)
    if (!isWork(match.groups.head!) && !(OWNER.test(match.groups.head!) && mods.length > 0 && sharedLexicon().isNoun(mods.at(-1)!))) return undefined;
    const article = match.groups.article!.toLowerCase();
    const words = [...mods, match.groups.head!].join(' ');
    return article === 'a' || article === 'an' || article === 'one' ? withIndefiniteArticle(words) : `${article} ${words}`;
  };
  // ("One of the survivors, rice trader Phan Thi Ngoan, …", "In Ikunamel, copra cutter Willie Nakou-Iapatu sat …": the work
  // as a bare title before the name.)
  const titleBefore = (text: string, name: string): string | undefined => {
    const title = new RegExp(String.raw`(?:^|[,:;]\s+|\b(?:was|is|by|and|said|says)\s+)${WORK_TITLE}(?=${literalPattern(name)}$)`, 'u').exec(text);
    return title && isWork(title.groups!.head!) ? withIndefiniteArticle(title.groups!.title!) : undefined;
  };
  // ("Rihards Sproģis-Baltiņš, who spends the summer working as a lifeguard …", "Reina Isabel Chávez-Lemus, who sells
  // tortillas from a stall across the road": work told in the clause about someone named, the question's name if it has one.)
  const toldInClause = (name?: string): string | undefined => {
    const isOf = (match: RegExpExecArray): boolean => name === undefined || match[0].includes(name);
    for (const match of sentence.matchAll(new RegExp(String.raw`${NAMED_WHO}(?:[\p{Ll}-]+\s+){0,5}?(?:works?|worked|working|employed|spent|spends)(?:\s+[\p{Ll}-]+){0,3}?\s+as\s+${WORK_PHRASE}`, 'gu'))) {
      const found = isOf(match) ? phrase(match) : undefined;
      if (found) return found;
    }
    const trade = new RegExp(String.raw`${NAMED_WHO}(?<trade>${TRADE_VERBS}\s+(?:(?:an?|the|their|his|her)\s+)?(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)(?=\s+(?:from|at|in|on|for|with|near|outside|across|along|by)\b|\s*[,;.])`, 'u').exec(sentence);
    return trade && isOf(trade) ? trade.groups!.trade : undefined;
  };
  // (Not the person's own word: "a supervisor who made workers run around the yard" tells of someone else's deed to
  // "the worker who described being ordered to run around the yard".)
  const person = /([\p{L}-]+)\s+who\b/u.exec(analysis.text)?.[1];
  const tellsAskedDeed = (after: string): boolean => {
    const deed = /^\s+who\s+([^,;]{1,100})/.exec(after)?.[1];
    if (!deed || !person) return false;
    const told = new Set(tokenize(deed).map((t) => t.term));
    return [...asked].filter((term) => term !== termOf(person) && told.has(term)).length >= DEED_TERMS;
  };
  // The question's name, or its last word ("Ravnåsen-Holm" of "Kirsten Ravnåsen-Holm").
  const named = [analysis.names.join(' '), analysis.names.at(-1) ?? ''].find((n) => n && sentence.includes(n));
  const at = named ? sentence.indexOf(named) : -1;
  if (named && at >= 0) {
    const end = at + named.length;
    // (The name may go on past the question's part of it: "Hassan Ali Al-Aradi" for "Hassan Al-Aradi".)
    const rest = sentence.slice(end).replace(/^(?:\s+\p{Lu}[\p{L}’'-]*)*/u, '');
    const beside =
      phrase(new RegExp(`^(?:,\\s+(?:(?:aged\\s+)?\\d{1,3},\\s+)?|\\s+(?:is|was)\\s+)${WORK_PHRASE}`, 'u').exec(rest)) ??
      // (The name is kept after the slice: the phrase's head must be seen to stand before a name.)
      phrase(new RegExp(`${WORK_PHRASE}(?:\\s+who\\s+[^,;]{1,80})?(?:,|\\s+(?:named|called))?\\s+(?:\\p{Lu}[\\p{L}’'.-]*\\s+)*(?=${literalPattern(named)}$)`, 'u').exec(sentence.slice(0, end))) ??
      titleBefore(sentence.slice(0, end), named);
    // (A name that is a person's is told beside their work, or in a clause about them; one that is not, "the
    // 71-year-old woman from Raufoss", is a place.)
    if (beside || isPersonName(sentence, at)) return beside ?? toldInClause(named);
  }
  // Away from the question's name, the work is told beside someone's name ("Thomas Mushova-Kandere, a fisherman who
  // …", "a shepherd named Bakyt …"): "a supervisor who made workers run around the yard" is not the worker asked about.
  // (And "the" points back at someone already told of, "the factory gates" at no one.)
  for (const match of sentence.matchAll(new RegExp(WORK_PHRASE, 'gu'))) {
    const before = sentence.slice(0, match.index);
    const after = sentence.slice(match.index + match[0].length);
    // ("Water was first seen seeping … by a herdsman watering his cattle": the one a question describes by what they did
    // may be told by the deed alone, as its doer.)
    // ("A porter who sleeps at the depot, Lalman Kewat, said …": a clause about the worker may stand before the name.)
    const besideName = NAME_BEFORE.test(before) || NAME_AFTER.test(after) || NAME_AFTER_CLAUSE.test(after) || (analysis.names.length === 0 && /\bby\s+$/.test(before) && !sharedLexicon().isKindOf(match.groups!.head!, 'animal'));
    // ("The night watchman, Mr Chaminda Wickremarachchi-Herath, said …", "Mr Nuwan Jayasooriya-Bandara, the three-wheeler
    // driver from Minuwangoda": "the" in apposition to a name introduces its bearer.)
    // ("The village butcher who slaughtered the first infected cow …" for "the man who slaughtered the first infected
    // cow": the deed the question tells its person by, told of the worker.)
    const introduced = (/^,\s+/.test(after) && NAME_AFTER.test(after)) || NAME_BEFORE.test(before) || NAME_AFTER_CLAUSE.test(after) || tellsAskedDeed(after);
    const byDeed = analysis.names.length === 0 && tellsAskedDeed(after);
    const relative = RELATIVE_BEFORE.exec(before)?.[1];
    const ofAskedRelative = relative !== undefined && asked.has(termOf(relative));
    const found = (/^the$/i.test(match.groups!.article!) && !introduced) || !(besideName || byDeed || ofAskedRelative) ? undefined : phrase(match);
    if (found) return found;
  }
  const clause = toldInClause();
  if (clause) return clause;
  // ("One of the first to raise the alarm was crane operator Dragan Kovačević-Lulić", "A passenger, schoolteacher Salah
  // Hmidet Boukadida, said …": the work as a title before the name.)
  for (const match of sentence.matchAll(WORK_AS_TITLE)) {
    if (isWork(match.groups!.head!)) return withIndefiniteArticle(match.groups!.title!);
  }
  return undefined;
}
/** "a fisherman", "an electrician": the work with the article its first letter takes (the age dropped, "a 41-year-old" no more). */
function withIndefiniteArticle(words: string): string {
  return `${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words}`;
}
/** Up to three lower-case words of a title before a name, "crane operator", never opening on a determiner ("the provincial"). */
const WORK_TITLE = String.raw`(?!(?:the|a|an|his|her|their|its|our|this|that)\s)(?<title>(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(?<head>\p{Ll}[\p{Ll}-]*\p{Ll}))\s+`;
const WORK_AS_TITLE = new RegExp(String.raw`(?:^|,\s+|\b(?:was|is|by|and|said|says)\s+)${WORK_TITLE}(?=\p{Lu}[\p{L}’'-]+\s+\p{Lu})`, 'gu');

/** Whether the name at `at` is a person's: two or more capitalised words, not after "from", "in", "at", "of" or "near". */
function isPersonName(sentence: string, at: number): boolean {
  return /^\p{Lu}[\p{L}’'-]+\s+\p{Lu}/u.test(sentence.slice(at)) && !/\b(?:from|in|at|of|near|to)\s+$/i.test(sentence.slice(0, at));
}

/**
 * "a (retired) (41-year-old) (railway) mechanic", "a Filipino cook": an article, a people's adjective, up to three lower-case
 * words, and the head noun, before what may follow work in an apposition ("from", "who", "aged", "laid off", ",").
 */
const WORK_PHRASE = String.raw`(?<![\p{L}])(?<article>[Aa]n?|[Oo]ne|[Oo]ur|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts|[Tt]he(?:\s+\p{Ll}[\p{Ll}-]*['’]s)?)\s+(?<mods>(?:\p{Lu}\p{Ll}+(?:an|ese|ish|ino|ina|i)\s+)?(?:(?:\d{1,3}-year-old|[\p{Ll}][\p{Ll}-]*)\s+){0,3}?)(?<head>\p{Ll}[\p{Ll}-]*[\p{Ll}])(?=\s+(?:from|who|whose|named|called|employed|working|at|in|on|with|for|of|and|aged|laid|left|made|paid|sent|kept|held|hurt|found|caught|thrown|taken|born)\b|\s+\p{Ll}+(?:ing|ed)\b|\s*[,;.]|\s+\p{Lu})`;
// (A surname may open on a particle: "Hamood Saif al-Rashdi-Badi", "Pieter van der Berg".)
const NAME_BEFORE = /\p{Lu}[\p{L}’'-]+(?:\s+(?:(?:al|el|ad|bin|ibn|de|da|del|di|du|van|von|der|den|la|le)[\s-])*\p{Lu}[\p{L}’'-]+)+,\s+(?:(?:aged\s+)?\d{1,3},\s+)?$/u;
/** A person's name and "who" opening a clause about them: "Reina Isabel Chávez-Lemus, who ", "Karla Menjívar, a nursing student who ". */
const NAMED_WHO = String.raw`\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)+,\s+(?:(?:aged\s+)?\d{1,3},\s+)?(?:(?:an?|the)\s+[^,;]{0,60}?\s+)?who\s+`;
/** Verbs that tell a trade by what is sold, run, driven or grown: "sells tortillas", "runs a tea stall". */
const TRADE_VERBS = String.raw`(?:sells|sold|runs|ran|drives|drove|farms|farmed|grows|grew|repairs|repaired|mends|bakes|baked|teaches|taught|keeps|kept|raises|raised|herds|herded)`;
const NAME_AFTER = /^(?:,|\s+(?:named|called))?\s+(?:(?:Mr|Mrs|Ms|Dr|Sr|Sra|Sri)\.?\s+)?\p{Lu}[\p{L}’'-]+\s+\p{Lu}/u;
const NAME_AFTER_CLAUSE = /^\s+(?:who|from|of|at|on)\s+[^,;]{1,80},\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}’'-]+\s+\p{Lu}/u;
/** "her husband, a fisherman, …", "whose father is a mason": the work of a relative the question asks about. */
const RELATIVE_BEFORE = /\b(husband|wife|father|mother|son|daughter|brother|sister|uncle|aunt)(?:,\s+|\s+(?:is|was)\s+)$/i;
/** Words of the question a clause must tell to be the deed the question describes its person by. */
const DEED_TERMS = 3;
const AGE_WORD = /^\d{1,3}-year-old$/;

/**
 * Whether a noun names someone by the work they do: a person's noun, not one for anybody ("man", "neighbour",
 * "survivor", "passenger", "resident", "child", "friend"): WordNet's kinds of relatives, inhabitants, unfortunates,
 * travellers, juveniles and associates, and the few everyday words it files elsewhere.
 * ("Postwoman", "linewoman": compounds WordNet lacks are workers too.)
 */
function namesWork(word: string): boolean {
  const head = word.split('-').at(-1)!;
  if (ANYBODY.test(head)) return false;
  const lexicon = sharedLexicon();
  // ("Winegrower", "boatbuilder": a compound WordNet lacks names work when its last word does.)
  // (A word WordNet lacks that ends as a doer's does, "higgler", beside a name names work too.)
  if (!lexicon.isWord(head)) return /.{3,}(?:man|woman|person)$/.test(head) || workAtEndOf(head) || /^[a-z]{3,}(?:er|or|ist)$/.test(head);
  return lexicon.isAgent(head) && !ANYBODY_KINDS.some((kind) => lexicon.isKindOf(head, kind));
}
/** A compound's longest last part that is a word ("grower" of "winegrower") names work. */
function workAtEndOf(compound: string): boolean {
  for (let at = 3; at <= compound.length - 4; at++) {
    const tail = compound.slice(at);
    if (sharedLexicon().isWord(tail)) return namesWork(tail);
  }
  return false;
}
const OWNER = /^(?:owner|co-owner|keeper|holder)$/;
const ANYBODY = /^(?:man|men|woman|women|person|people|boy|girl|mother|father|parent|wife|husband|widow|widower|grandmother|grandfather|daughter|neighbou?r|supporter|fan|pensioner|customer|citizen|witness|mourner|local|one|victim|owner|head|member|group|family|company|firm|body)$/;
const ANYBODY_KINDS = ['relative', 'inhabitant', 'unfortunate', 'traveler', 'juvenile', 'associate', 'organization', 'social_group'];

const TITLES = 'President|Prime Minister|Chancellor|Governor|Minister|Foreign Minister|Defence Minister|Defense Minister|Secretary of State|Secretary|Senator|General|Mayor|King|Queen|Pope|Ambassador';

/** "The governor of Ukraine’s Odesa region, Oleh Kiper" / "top negotiator Rustem Umerov": the name beside the office. */
function officeHolder(analysis: QuestionAnalysis, sentence: string, names: Span[]): Span | undefined {
  if (!analysis.focus) return undefined;
  for (const match of sentence.matchAll(/[\p{L}’']+/gu)) {
    if (termOf(match[0].toLowerCase().replace(/[’']s$/, '')) !== analysis.focus) continue;
    const end = match.index + match[0].length;
    // "of Ukraine’s Odesa region": a possessive name qualifies the office; it does not hold it.
    const isPossessive = (n: Span): boolean => /^[’']s\b/.test(sentence.slice(n.end, n.end + 3));
    // A name asked for by its role stands right beside it ("the arbitrator, Jane Moss"), not further on ("a ship bound for Europe").
    const reach = analysis.asksNameOf ? 3 : 45;
    // "general manager of Prairie Crest": what the office is of, not who holds it.
    const after = names.find((n) => n.start >= end && n.start - end <= reach && !isPossessive(n) && !/^\s*(?:of|at|for|with)\s+(?:the\s+)?$/i.test(sentence.slice(end, n.start)));
    if (after) return after;
    // "a Brightmoor Systems engineer" is an engineer of Brightmoor's, unnamed.
    const before = [...names].reverse().find((n) => n.end <= match.index && match.index - n.end <= 12 && !/\b(?:a|an)\s+$/i.test(sentence.slice(Math.max(0, n.start - 4), n.start)));
    if (before) return before;
    // "CaseLink, a new electronic case management system": a name the office's phrase stands in apposition to.
    const described = [...names].reverse().find((n) => n.end <= match.index && APPOSED_DESCRIPTION.test(sentence.slice(n.end, match.index)));
    if (described) return described;
  }
  return undefined;
}

const APPOSED_DESCRIPTION = /^,\s+(?:a|an|the|its|their)\s+(?:[\p{Ll}-]+\s+){0,5}$/u;

/** An upper-case name opening the sentence before a dash ("HRONSKÁ LEHÔTKA — …", "BUHLEBEZWE, Eastern Cape – …"): the dateline's town. */
function isDateline(sentence: string, name: Span): boolean {
  return name.text === name.text.toUpperCase() && OPENING.test(sentence.slice(0, name.start)) && /^(?:,[^–—]{0,40})?\s+[–—-]\s/u.test(sentence.slice(name.end, name.end + 45));
}

const PLACE_KINDS_ASKED = /^(?:countri|citi|town|villag|provinc|region|state|nation|island|district|port)$/;
/** A place's name the sentence gives as one: by its kind ("the town of Pelhřimov") or as WordNet knows it ("the Netherlands"). */
function pickActingPlace(analysis: QuestionAnalysis, sentence: string): string | undefined {
  const place = findNames(sentence).find(
    (n) =>
      notInQuestion(analysis, n) &&
      !isInQuotedTitle(sentence, n) &&
      (PLACE_KIND_OF.test(sentence.slice(Math.max(0, n.start - 40), n.start)) || sharedLexicon().isPlaceOrTime(withoutArticle(n.text).toLowerCase().replace(/\s+/g, '_'))),
  );
  return place?.text;
}

/** What may stand before a sentence's first word: an opening quotation mark, or a dateline ("KNOCKFERRY — ", "SEPANG - "). */
const OPENING = new RegExp(String.raw`^(?:["“‘']|${DATELINE_OPENING}\s*)?$`, 'u');

/** "in southern Peru", "at Witkoff’s golf club": a name after a place preposition. */
/** "Mount Aspiring", "the Tana River": a place, never the answer to "who". */
const GEOGRAPHIC_NAME = /^(Mount|Mt|Lake|River|Cape|Port|Gulf|Bay|Strait|Glacier|Isle)\b|\b(River|Lake|Valley|Strait|Canal|Street|Road|Avenue|Island|Islands|Mountains?|Range|Basin|Sea|Ocean)$/;
/** Kinds of named groups: a gang, a company or a union is not answered by the person speaking for it. */
const GROUP_KINDS = /^(gang|group|compani|firm|union|team|airlin|carrier|oper|insur|contractor|chariti|parti|bank|newspap|organ)$/;

/** Companies and their like: a public body ("County Council", "Finance Ministry") is none of them. */
const BUSINESS_KINDS = /^(compani|firm|airlin|carrier|oper|insur|contractor|insurer)$/;
/** What only people do in the news: drive, lead, run, get held or charged, resign, take over. */
const PERSON_ACTS = /\bwho(?:['’]s| is| was| are| were)? (?:(?:the|a|an|that|this) )?(?:\w+ ){0,3}(?:bloke|guy|fella|man|woman|lady|person|restorer|conservator|curator|boss|engineer|expert|official|spokes(?:man|woman|person))\b|\bwho(?:['’]s| is| was| are| were)? (?:(?:the|a|an|that|this) )?(?:\w+ ){0,4}?(?:driving|drove|driven|leading|leads|led|heads?|heading|runs|running|ran|held|arrested|detained|charged|jailed|sentenced|fired|sacked|replac\w*|taking over from|took over from|succeed\w*|resigned|quit|killed|died|injured|hurt|shot|spoke for|speaks for|speaking for|piloting|flying|steering|steered|skippering|skippered|captaining|captained|commanding|commanded|at the (?:helm|wheel|controls))\b/i;
const PERSON_ROLE = /\b(chief executive|chief|spokes(?:man|woman|person)|director|minister|president|head|manager|officer|chairman|chairwoman|founder|owner|lawyer|driver|pilot|captain|leader|mayor|governor|judge|inspector|detective|prosecutor)\b/;
/** Names of things that are not people: a bank, a festival, a train, a company, an outlet. */
const NOT_A_PERSON = /\b(Bank|Festival|Express|Group|Holdings|Ltd|Inc|Company|Corporation|Corp|Services|Systems|University|Hospital|School|Club|Association|Party|Union|Airlines|Airways|Museum|Gallery|Times|News|Post|Press|Agency|Wire|Reuters|AFP|Xinhua|Energy|Foods|Homes|Pharmacy|Play|Bakehouse|Trust|Park|Station|Line|Railway|Railways|Pass|Republic|Kingdom|Road|Street|Bridge|Council|Ministry|Department|Authority|Works|Board|Commission|Service)\b/;

/** "Dr Miriam Okafor", "Joris van Dijk, Trekvast's chief executive", "chief executive Karin Ekström": a person, not the group they speak for. */
function isPerson(sentence: string, name: Span): boolean {
  if (TITLED_NAME.test(name.text) || OFFICE_BEFORE_NAME.test(name.text)) return true;
  if (ROLE_BEFORE_NAME.test(sentence.slice(Math.max(0, name.start - 40), name.start))) return true;
  return ROLE_AFTER_NAME.test(sentence.slice(name.end, name.end + 70));
}
const TITLED_NAME = new RegExp(`^(?:${COURTESY_TITLES}|Councillor|Cllr|Judge|Inspector|Detective|Sergeant|Sgt|Captain|Capt|Rev|Reverend|Bishop)\\b`);
const OFFICE_BEFORE_NAME = new RegExp(`^(?:${TITLES})\\s`);
const ROLE_BEFORE_NAME = new RegExp(`${PERSON_ROLE.source},?\\s+$`, 'i');
const ROLE_AFTER_NAME = new RegExp(`^,\\s+(?:a |an |the )?[\\p{L}’'\\s-]{0,40}${PERSON_ROLE.source}`, 'u');

function sharesAskedTerm(analysis: QuestionAnalysis, name: Span): boolean {
  const asked = new Set(analysis.terms.map((t) => t.term));
  return tokenize(name.text).some((t) => asked.has(t.term));
}

/** " of the Southern Ice Climate Institute in Hobart, who leads …": where someone works, then what they do. */
const WHO_AFTER_WORKPLACE = /^\s+(?:of|from|at)\s+[^,;.]{3,60},\s+(who\b[^.;]*)/;

/**
 * "Annelies Delbeke, chief executive of Glacerie Delbeke": a leader may share a name with the body they lead, when
 * their role names that body after them.
 */
function leadsBodyNamedLikeThem(analysis: QuestionAnalysis, sentence: string, name: Span): boolean {
  const asked = new Set(analysis.terms.map((t) => t.term));
  const shared = tokenize(name.text).filter((t) => asked.has(t.term));
  if (shared.length === tokenize(name.text).length) return false;
  const role = new RegExp(`^,\\s+(?:(?:the|its)\\s+)?${LEADER_ROLE}\\s+(?:of|at)\\s+([^,;.]+)`, 'iu').exec(sentence.slice(name.end, name.end + 90))?.[1];
  if (!role) return false;
  const roleTerms = new Set(tokenize(role).map((t) => t.term));
  return shared.every((t) => roleTerms.has(t.term));
}

/**
 * "Fiona Mackinlay, chair of the River Brennan District Salmon Fishery Board" does not run Kelvaig: when the
 * role names what is led, it is what the question names. ("Chief executive Oliver Braithwaite" names nothing.)
 */
function leadsWhatIsAsked(analysis: QuestionAnalysis, sentence: string, name: Span): boolean {
  const asked = new Set(namedThings(analysis).map((n) => termOf(n.toLowerCase())));
  // ("Kinetap's chief executive, Rory Gilsenan": the role may stand before the comma.)
  const before = sentence.slice(Math.max(0, name.start - 40), name.start).split(/[,;:"“”]/).filter((clause) => clause.trim() !== '').at(-1) ?? '';
  // ("…, president of the management board of Kopalnia Soli Wielosól S.A., which …": a point inside an abbreviation ends nothing.)
  const after = /^,\s+((?:[^,;.]|\.(?=\S))*)/.exec(sentence.slice(name.end, name.end + 90))?.[1] ?? '';
  // "Napocor plant manager Teresita Lualhati" for "the manager of the pagkilatan plant": the role names what is asked.
  const role = ROLE_ENDS_CLAUSE.exec(before)?.[0];
  // (Of the body asked about, when the question says which: "Railway director-general Mihai Rusnac" does not head
  // "the union behind the railway strike".)
  const body = ledBodyAsked(analysis.text);
  const isBodyWord = (term: string): boolean => (body ? body.terms.includes(term) : analysis.terms.some((q) => q.term === term));
  if (role && tokenize(role).some((t) => !ROLE_ALONE.test(t.word) && !TITLE_ALONE.test(t.word) && isBodyWord(t.term))) return true;
  // ("… for one vendor," technology director Troy Mackey said" for "the top boss of the school district": a role
  // with a lower-case field of its own, none of it asked about, leads that field, not the body asked about.)
  const field = /(?<![\p{L}'’-])(\p{Ll}[\p{L}-]*)\s+(?:director|manager|head|chief|officer)\s*$/u.exec(before)?.[1];
  const isAskedField = (term: string): boolean => analysis.terms.some((q) => q.term === term || (Math.min(q.term.length, term.length) >= 4 && (q.term.startsWith(term) || term.startsWith(q.term))));
  if (field && !FIELDLESS.test(field) && !tokenize(field).some((t) => isAskedField(t.term))) return false;
  // ("Dr Marisa Quarmby of the Southern Ice Climate Institute, who leads the Snowgum Dome project": a "who" after where they work.)
  // (", the commissioner of railway safety who led the inquiry" for "who headed the official investigation": what the leading verb takes is what is led.)
  // (", who chairs the Market Traders' Association" is not who runs the farmers market: most of what is led must be asked.)
  const ledPhrase = /\bwho\s+(?:is\s+|was\s+)?(?:leading|leads|led|heads|headed|heading|chairs|chaired|chairing|directs|directed|directing|runs|ran|running)\s+(?:the|its|their|an?)\s+((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)/iu.exec(after || (WHO_AFTER_WORKPLACE.exec(sentence.slice(name.end, name.end + 150))?.[1] ?? ''))?.[1];
  if (ledPhrase) {
    const ledWords = tokenize(ledPhrase).map((t) => t.word.toLowerCase()).filter((w) => !/^(?:of|for|and|the|in|at|on)$/.test(w));
    const isAskedWord = (word: string): boolean => analysis.terms.some((t) => t.term === termOf(word) || sharedLexicon().relatedWords(t.word.toLowerCase()).includes(word));
    return ledWords.filter(isAskedWord).length * 2 >= ledWords.length;
  }
  const led = [...bodiesLed(before, ROLE_ENDS_CLAUSE), ...bodiesLed(after, ROLE_IN_CLAUSE)].filter((n) => !ROLE_ALONE.test(n.text) && !/^(?:The|A|An)$/.test(n.text) && !TITLE_ALONE.test(n.text));
  if (led.length === 0) return true;
  // "RGO chief executive …" for "who heads the rural grants office": the initials of what is asked.
  const initials = initialsOfRuns(analysis.text);
  if (led.some((n) => initials.has(n.text))) return true;
  // The body named is the one asked about: it shares the question's name ("Trellis Pensions Administration"), or is
  // mostly the question's words ("the Irrigation Department" for "sri lanka's irrigation department").
  // ("Railway director-general Mihai Rusnac" for "the union behind the railway strike": what describes a body asked for
  // by its kind, "union", counts only in a body of that kind, "the Independent Union of Chrome Miners"; else its words
  // and the question's names must name it: "Meridale" for "who runs meridale examinations".)
  const head = body && !GENERIC_BODY.test(body.head) ? termOf(body.head) : undefined;
  const isOfAskedKind = (terms: string[]): boolean => !head || terms.includes(head) || terms.some((t) => sharedLexicon().relatedWords(body!.head).some((w) => termOf(w) === t));
  const allWords = new Set(analysis.terms.map((t) => t.term));
  const bodyWords = new Set([...(body?.terms ?? []), ...asked]);
  // ("The Belarusian State Customs Committee" is "belarus customs": a people's word begins with its country's.)
  const isAskedIn = (words: Set<string>) => (t: string): boolean => words.has(t) || [...words].some((w) => w.length >= 4 && t.startsWith(w) && /^s?(?:n|an|ian|ish|ese|i)$/.test(t.slice(w.length)));
  // ("Strettonbury Borough Council" is not "the Strettonbury Grand": a body that shares only its town is another.)
  const predicates = analysis.predicates.map((t) => t.term);
  return led.some((n) => {
    const terms = tokenize(n.text).map((t) => t.term);
    // ("The company that operates the Wielosól mine" → "Kopalnia Soli Wielosól S.A.": a business asked for, named with its legal form.)
    const isAskedKind = /\b(?:company|firm|business|operator)\b/i.test(analysis.text) && COMPANY_FORM.test(n.text);
    const namesIt = asked.size > 0 && [...asked].every((t) => terms.includes(t)) && (predicates.length === 0 || isAskedKind || predicates.some((t) => terms.includes(t)));
    const isAsked = isAskedIn(isOfAskedKind(terms) ? allWords : bodyWords);
    return namesIt || terms.filter(isAsked).length * 2 >= terms.length;
  });
}

/**
 * The bodies a clause that gives a leader's role names as led: its names, the role's own capitals left out
 * ("Managing director Raimo Lehtinen" names nothing), or a body written in lower case ("director of the
 * climbers coalition"). A clause without the role names nothing led: "Leila Hamdan, an archaeologist at Cairo
 * University" leads the dig the sentence says she leads, not the university.
 */
function bodiesLed(clause: string, roleAt: RegExp): Span[] {
  if (!roleAt.test(clause)) return [];
  const names = findNames(clause.replace(ROLES, (role) => ' '.repeat(role.length)));
  const body = names.length === 0 ? BODY_AFTER_ROLE.exec(clause.trim()) : null;
  return body ? [{ text: body[1]!.trim(), start: 0, end: 0 }] : names;
}

/**
 * The body a leader question asks about, when it says: "who heads the union behind the strike" → the union,
 * "the top boss of the shale run school district" → its words and its head noun, "district".
 */
export function ledBodyAsked(question: string): { terms: string[]; head: string } | undefined {
  const phrase = LED_BODY_ASKED.exec(question)?.[1];
  if (!phrase) return undefined;
  const words = phrase.toLowerCase().split(/\s+/).map((w) => w.replace(/['’]s?$/, ''));
  return { terms: words.map(termOf), head: words.at(-1)! };
}
const LED_BODY_ASKED =
  /\b(?:heads?|headed|runs?|ran|leads?|led|chairs?|chaired|directs?|directed|in (?:overall )?charge (?:of|at)|(?:head|boss|chief|leader|director|manager|chair(?:man|woman)?|president) (?:of|at))\s+(?:the\s+|its\s+|their\s+|an?\s+)?((?:[\p{L}'’.&-]+\s+){0,4}?[\p{L}'’.&-]+?)(?=\s+(?:of|at|in|on|behind|that|which|who|during|for|from|over|into|day)\b|\s*[?,]|$)/iu;
/** A body asked about only by its kind: any named one may be it. */
export function isGenericBody(word: string): boolean {
  return GENERIC_BODY.test(word.toLowerCase());
}
// ("The radiology department" is led by "the head of radiology": a department, unit or section is named by its field.)
const GENERIC_BODY = /^(?:body|organi[sz]ation|group|company|firm|business|operator|outfit|place|one|thing|department|unit|section|division|team)$/;

/** Words before a role that say its rank, not a field it leads ("managing director", "general manager", "president director"). */
const FIELDLESS = /^(?:the|a|an|its|their|our|his|her|said|says|executive|general|managing|deputy|acting|chief|senior|top|former|new|interim|joint|president|vice|assistant|overall|founding|regional|national|country|local)$/;

/** The roles of whoever leads a company, a body or an inquiry. */
const LEADER_ROLE = String.raw`(?:chief executive(?: officer)?|ceo|managing director|executive director|director(?:[- ]general)?|general manager|(?:plant |site |station |project )?manager|head|chair(?:man|woman|person)?|president|leader|boss|founder|owner|governor|principal|commissioner|secretary[- ]general|general secretary|chief)`;
const ROLE_ALONE = new RegExp(`^${LEADER_ROLE}$`, 'i');
const ROLE_IN_CLAUSE = new RegExp(`\\b${LEADER_ROLE}\\b`, 'i');
const ROLES = new RegExp(`\\b${LEADER_ROLE}\\b`, 'gi');
/**
 * Before the name, the role ends its clause ("Kinetap's chief executive, Rory Gilsenan"); "President Vladimir
 * Putin's envoy, Kirill Dmitriev" gives Putin's office, not the envoy's.
 */
const ROLE_ENDS_CLAUSE = new RegExp(`\\b${LEADER_ROLE}\\s*(?:(?:${COURTESY_TITLES})\\.?\\s*)?$`, 'i');
const BODY_AFTER_ROLE = new RegExp(`\\b${LEADER_ROLE}\\s+(?:of|at)\\s+(?:the\\s+)?([\\p{Ll}\\s'’-]+)$`, 'iu');
// ("The head of radiology, Dr Javier Olmedilla, said …": the role may stand before the name, set off by a comma.)
// "Led by commission biologist Dr. Lena Hartsock": the leader may come with a role and a title of their own.
const LEADER_BEFORE = new RegExp(String.raw`(?:\b${LEADER_ROLE},?\s+(?:\p{Lu}[\p{L}’'.-]*\s+)?|\b(?:the|its|their)\s+${LEADER_ROLE}\s+(?:of|at)\s+(?:the\s+)?\p{Ll}[\p{Ll}\s'’-]{2,40},\s+(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?|\b(?:led|headed|chaired|run|directed) by\s+(?:the\s+)?(?:(?!(?:a|an)\s)\p{Ll}[\p{L}-]*\s+){0,3}(?:(?:Dr|Prof|Mr|Mrs|Ms|Capt|Col|Gen|Sgt|Insp)\.?\s+)?)$`, 'iu');
const LEADER_AFTER = new RegExp(
  // (", the commissioner of railway safety who led the inquiry": a role the leader words name after it.)
  String.raw`^(?:,\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\p{L}’'&.-]+\s+){0,4}?${LEADER_ROLE}\b|,\s+(?:[\p{L}’'&.-]+\s+){1,6}?who\s+(?:is\s+|was\s+)?(?:leading|leads|led|heads|headed|heading|chairs|chaired|chairing|directs|directed|directing)\b|,?\s+(?:who\s+)?(?:is\s+|was\s+)?(?:leading|leads|led|heads|headed|heading|chairs|chaired|chairing|runs|ran|running)\b(?!\s+(?:to|for|into|towards|back|home|out|away|up|down|off|by)\b)|\s+(?:of|from|at)\s+[^,;.]{3,60},\s+who\s+(?:is\s+|was\s+)?(?:leading|leads|led|heads|headed|heading|chairs|chaired|chairing|directs|directed|directing)\b)`,
  'iu',
);

/** Whether the sentence names someone in a leader's role ("Director General Halvard Mo said …"). */
export function namesALeader(sentence: string): boolean {
  return findNames(sentence).map(withoutLeadingRole).some((n) => isLeaderNamed(sentence, n));
}

/** "Director General Halvard Mo" opening a sentence reads as one name: the role is not part of it. */
function withoutLeadingRole(name: Span): Span {
  const role = LEADING_ROLE.exec(name.text);
  // What is left must still be a name of two words or more ("Halvard Mo"), not a body ("Director General of Taxes").
  if (!role || !/^\p{Lu}\S*\s+\p{Lu}/u.test(name.text.slice(role[0].length))) return name;
  return { ...name, text: name.text.slice(role[0].length), start: name.start + role[0].length };
}
const LEADING_ROLE = new RegExp(String.raw`^${LEADER_ROLE}\s+`, 'i');

/** "Trellis managing director Graeme Passmore", "Graeme Passmore, the firm's managing director", "a review led by Ruth Kinsella". */
function isLeaderNamed(sentence: string, name: Span): boolean {
  return LEADER_BEFORE.test(sentence.slice(Math.max(0, name.start - 40), name.start)) || LEADER_AFTER.test(sentence.slice(name.end, name.end + 70));
}

/** A name that may be a person's: a titled or described one, or one that names no institution, train or outlet ("the Krakow-Gdansk"). */
function mayBePerson(sentence: string, name: Span): boolean {
  if (isPerson(sentence, name)) return true;
  const before = sentence.slice(Math.max(0, name.start - 40), name.start);
  return !NOT_A_PERSON.test(name.text) && !ORGANISATION_NAME.test(name.text) && !/\bthe\s+$/i.test(sentence.slice(Math.max(0, name.start - 4), name.start)) && !CRAFT_BEFORE.test(before) && !FIRM_BEFORE.test(before);
}
/** "The Livorno ferry operator Labronica Traghetti": a name given to a business, never a person. */
const FIRM_BEFORE = /\b(?:operators?|company|companies|firms?|carriers?|airlines?|insurers?|contractors?|suppliers?|makers?|manufacturers?|hauliers?|subcontractors?)\s+$/i;
/** "The Ukrainian tug Kiliya", "the barge Rijnstroom": a name given to a craft, never to whoever steered it. */
const CRAFT_BEFORE = /\b(?:barge|tug|tugboat|ship|vessel|tanker|freighter|ferry|boat|yacht|trawler|dredger|liner|train|plane|aircraft|jet|helicopter|satellite|rocket|probe|submarine|bus|truck|lorry)\s+$/i;

/** "A German climber", "two Australian men": a nationality describing someone, not who they are. */
function isNationality(sentence: string, name: Span): boolean {
  if (name.text.includes(' ') || !/(?:an|ese|ish|ch|i|ic)$/.test(name.text)) return false;
  const after = sentence.slice(name.end, name.end + 30);
  return /^\s+\p{Ll}/u.test(after) && !/^\s+(said|says|told|added|wrote|was|is|has|had|have|who|will|would|and|of|in|on|at|for)\b/.test(after);
}

/**
 * "the western Greek city", "the Krakow-Gdansk express": one capitalised word before a noun describes the
 * noun; it names nobody. A verb after it ("Castellano resigned", "Aquino said") makes it the one acting.
 */
function isModifier(sentence: string, name: Span): boolean {
  if (name.text.includes(' ')) return false;
  const next = /^\s+(\p{Ll}[\p{Ll}-]*)/u.exec(sentence.slice(name.end, name.end + 30))?.[1];
  return next !== undefined && !STOP_WORDS.has(next) && !sharedLexicon().isVerb(next);
}

function isPlaceMention(sentence: string, name: Span): boolean {
  const before = sentence.slice(Math.max(0, name.start - 40), name.start);
  // ("the northern region of Navarra", "the town of Moirinhos": a place by its kind.)
  // ("Los Capulies market", "Mbweni-Juu ward": a place by the kind after it; "a southern Moldovan district" names none.)
  // ("some 80 kilometers north of Buenos Aires": a place by its bearing.)
  return /\b(in|at|to|near|from|inside|across|throughout|outside|around|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of)\s+(the\s+)?(\p{Ll}[\p{Ll}-]*\s+){0,2}$/u.test(before) || PLACE_KIND_OF.test(before) || (PLACE_KIND_AFTER.test(sentence.slice(name.end, name.end + 14)) && !isNationality(sentence, name));
}
// ("Cambodia's Tonle Sap lake", "the Umm Qasr port": a feature of the land or a work built on it is a place too.)
const PLACE_KIND_AFTER = /^\s+(?:market|bazaar|ward|district|quarter|suburb|neighbourhood|neighborhood|village|town|county|province|region|valley|estate|township|commune|parish|lake|river|sea|bay|gulf|coast|island|islands|mountains?|hills?|plains?|delta|basin|reservoir|canal|highway|port|harbou?r|airport|dam|forest|desert|peninsula)\b/;
const PLACE_KIND_OF = /\b(?:region|province|state|district|county|city|town|village|municipality|island|prefecture|canton|commune|parish|oblast|governorate)\s+of\s+$/i;

/** Where: a name after "in", "at" or "to", nearest the asked-for words. */
export function pickPlace(analysis: QuestionAnalysis, sentence: string): string | undefined {
  // "Tourists from Germany" says where people came from, which answers only "where … from".
  const asksOrigin = /\bfrom\b/i.test(analysis.text);
  // ("In which province is the Kalgonde gold site?" is not answered by "northern Burkina Faso": a country is no province.)
  const asksPartOfCountry = PART_OF_COUNTRY_ASKED.test(analysis.text);
  const places = findNames(sentence).filter(
    (n) =>
      notInQuestion(analysis, n) &&
      isPlaceMention(sentence, n) &&
      (asksOrigin || !/\bfrom\s+(the\s+)?(\p{Ll}[\p{Ll}-]*\s+){0,2}$/u.test(sentence.slice(Math.max(0, n.start - 40), n.start))) &&
      !(asksPartOfCountry && sharedLexicon().isKindOf(n.text.toLowerCase().replace(/\s+/g, '_'), 'country')) &&
      // ("at a Thai oil refinery", "in an Iraqi port": after "a", a nationality before a noun describes it; "a Puebla burns unit" names a place.)
      !(/\b(?:a|an)\s+$/i.test(sentence.slice(Math.max(0, n.start - 4), n.start)) && isNationality(sentence, n)),
  );
  return nearestToQuestionTerms(analysis, sentence, places)?.text;
}

const PART_OF_COUNTRY_ASKED = /\b(?:which|what) (?:[a-z-]+ )?(?:province|region|district|county|state|department|prefecture|governorate|municipality|canton|oblast|territory|parish)\b/i;

/**
 * "Where did the water in the mine come from?" → "Water that flooded the mine came from a burst pipeline on the
 * surface and not from an underground spring": a source is told as a phrase after "came from", seldom as a name.
 */
export function pickOrigin(analysis: QuestionAnalysis, sentence: string): string | undefined {
  if (!ORIGIN_ASKED.test(analysis.text)) return undefined;
  for (const told of sentence.matchAll(ORIGIN_TOLD)) {
    // ("… did not come from its yeast supplier": where it did not come from.)
    if (NEGATED_ORIGIN.test(sentence.slice(Math.max(0, told.index - 20), told.index))) continue;
    const phrase = ORIGIN_PHRASE.exec(sentence.slice(told.index + told[0].length))?.[0].trim();
    if (phrase && /\p{L}{3}/u.test(phrase)) return phrase;
  }
  return undefined;
}
const ORIGIN_ASKED = /\bwhere\b.*\b(?:(?:come|came|comes|coming|originate|originated|stem|stemmed)\s+from|start|started|originate|originated|begin|began|traced?)\b/i;
const ORIGIN_TOLD = /\b(?:(?:came|come|comes|coming|originated|stemmed)\s+from|(?:started|began|originated)\s+(?:in|on|at|inside)|traced\s+(?:(?:it|them|the\s+\p{L}+)\s+)?(?:back\s+)?to)\s+/giu;
const NEGATED_ORIGIN = /\b(?:not|never|n['’]t)\s+(?:\p{L}+\s+)?$/iu;
/** The phrase up to where the clause ends, or sets another origin aside ("and not from …", "rather than …"). */
const ORIGIN_PHRASE = /^(?:[^,;:.!?"“”()—–]|\.(?=\S))+?(?=\s+(?:and\s+)?(?:not|rather than|instead of|but)\b|[,;:!?"“”()—–]|\.(?:\s|$)|$)/u;

/** A name that names something ("Lykia Garden Hotel", "Trisuli River"), not a nationality, a modifier or a day ("Turkish resort", "on Tuesday"). */
export function namesAThing(sentence: string, name: Span): boolean {
  return !isNationality(sentence, name) && !isModifier(sentence, name) && !name.text.split(/\s+/).every(isCalendarName);
}
