// How news copy states a cause: "was caused by", "blamed on", "was behind", "the fault lay in", and the
// developing story's correction "a faulty router update, not a power failure, caused …". The answerer asks
// these of a sentence; which sentence answers a "why" is its business (answer.ts).
import { DATELINE_OPENING } from './sentences.ts';

/** "The company blamed a fiber cable", "blames the contractor": blaming something names it as the cause. */
const BLAMES = String.raw`blam(?:ed|es|ing)\b(?! (?:by|himself|herself|themselves|nobody|no one)\b)`;

/** "Due to heavy rain", not the schedule's "due to be harvested" or "was due to close". */
const DUE_TO = String.raw`(?<!\b(?:is|are|was|were|been|be|now|also|then|not|originally|initially|first) )due to (?!(?:be|begin|start|open|close|end|finish|resume|return|reopen|arrive|leave|run|meet|hold|sail|fly|expire|launch|go|appear|report|complete|vote|decide|rule|sign|publish|visit|move|pay|receive|face|retire|deliver|take)\b)`;

/** Any sign of a cause, the loose "after a …" included: enough to weigh a sentence as a cause's. */
const CAUSE_MARKER = new RegExp(
  String.raw`\b(caused by|because(?: of)?|${DUE_TO}|blamed (?:on|for)|${BLAMES}|as a result of|result(?:ed)? from|triggered by|sparked by|set off by|brought on by|linked to|traced (?:it |the \w+ )?to|poisoning|(?:most )?likely causes?|probable causes?|suspect(?:s|ed)? (?:that )?(?:the|a|an)\b|\b(?:a|an|the) suspected\b|under the (?:weight|strain|pressure|force) of|was the source|after (?:a|an|the)\b|over (?:unpaid|late|missed|overdue|disputed) (?:bills?|wages?|pay|payments?|debts?|invoices?|fees?|rent)\b|over (?:a|the) (?:dispute|row) (?:over|about)\b)`,
  'i',
);

/** Nouns for what went wrong, which a headline puts before "behind": "Date error behind till failure". */
const FAULT_NOUNS = String.raw`(?:mix-?up|error|fault|failure|glitch|update|mistake|blunder|problem|bug|defect|flaw|leak|breach|check|sort|spark)s?`;

/**
 * "Our preliminary view is that", "the first evidence pointed to", "early indications are that": a cause as first seen.
 * (Not a plan: "our first assessment is that the road can be reopened by Friday".)
 */
// ("According to the first statement from the office of the wali, the cabin was overloaded": the clause after the
// first account is what it said.)
const FIRST_VIEW = String.raw`(?:\b(?:first|initial|early|preliminary) (?:assessment|view|understanding|findings?|indications?|evidence|signs?|theory|suspicions?|beliefs?|explanations?|diagnos[ie]s|guess)(?: of (?:our|the|its) [\w'’-]+)? (?:is|are|was|were|suggests?|suggested|points? to|pointed to)\b(?! (?:that )?(?:[\w'’-]+ ){0,5}(?:can|could|will|would|should|may|might|must)\b)|\baccording to (?:the |its |their )?(?:first|initial|early|preliminary) (?:information|statements?|reports?|findings?|account|assessment|indications?)(?: (?:of|from|by) [^,.;]{2,80})?,(?! (?:that )?(?:[\w'’-]+ ){0,5}(?:can|could|will|would|should|may|might|must)\b))`;

/** A sentence that says what caused something, not what might: "was caused by", "the most likely cause of". */
const STATED_CAUSE = new RegExp(
  [
    String.raw`\b(?:was|were|had been|has been|have been|to be) (?:caused|started|set off|triggered|sparked|brought on) (?:\w+ )?by\b`,
    String.raw`\b(?:most likely|probable|main|likely|real|root|underlying) (?:cause|reason)s?\b`,
    String.raw`\b(?:was|were|is|are) (?:the|to) (?:\w+ )?(?:cause|reason|blame)\b`,
    String.raw`\bthe (?:\w+ )?(?:cause|reason) (?:of [^,.;]{1,40} )?(?:, [^,]{3,80}, )?(?:was|is)\b`,
    String.raw`\bsuspect(?:s|ed)? (?:that )?(?:the|a|an)\b|\b(?:investigating|treating \w+ as|looking into) (?:a|an|the) (?:suspected|possible|probable)\b`,
    // "Investigators believed a section of rail had broken under the weight of the wagons": a cause as first thought.
    String.raw`\b(?:believed|believe|believes|thought|think|thinks) (?:that )?(?:the |a |an )?[^.;]{2,60}\b(?:had|has|was|were) (?:\w+ )?(?:broken|failed|given way|collapsed|burst|cracked|caused)\b|\bunder the (?:weight|strain|pressure|force) of\b`,
    String.raw`(?<!\b(?:what|who|which|not|whether|if) (?:\w+ ){0,3})\b(?:caused|triggered|sparked|(?<!\b(?:be|been|being|was|were|is|are) )led to)\b(?! by\b)`,
    // "A gas cylinder … exploded, starting the fire": what it set going.
    String.raw`, (?:starting|causing|sparking|triggering|setting off) (?:the|a|an)\b`,
    String.raw`\bblamed (?:it |the \w+ )?on\b|\b${BLAMES}`,
    String.raw`\b(?:was|were|is|are|had been|has been) (?:\w+ )?behind\b(?! (?:bars|schedule|closed doors|the (?:counter|desk|wheel)))|\b${FAULT_NOUNS} behind\b`,
    // ("The problem is also larger than first reported" gives no cause: the cause comes right after the verb.)
    // ("The fault lay in a valve", "responsibility lies with the contractor": what lies somewhere is a fault; a town that
    // "lies in the highlands" places nothing.)
    String.raw`\b(?:fault|error|problem|blame) (?:lay|lies|was|is)\b(?! (?:also|even|still|much|far|now|getting|growing|larger|bigger|worse|smaller|more|less|fixed|solved|over)\b)|\b(?:fault|error|problem|blame|cause|responsibility|trouble|failure|mistake|reason)s?\b[^.;,]{0,40}?\b(?:lay|lies) (?:in|with) (?:a|an|the|its|how)\b`,
    String.raw`\btraced (?:\w+ ){0,3}to\b|\b(?:the )?result(?:ed)? (?:of|from)\b`,
    String.raw`\bbecause of\b|\b${DUE_TO}|\b(?:died|dying|killed|poisoned) (?:of|from|by)\b`,
    // "Our first assessment is that the sand truck was heavily overloaded": the cause as first seen.
    FIRST_VIEW,
  ].join('|'),
  'i',
);

/** "The cause was not yet known", "the reason remains unclear": a cause said to be unknown is no cause given. */
const CAUSE_UNKNOWN = /\b(?:cause|reason)s?\s+(?:(?:is|was|were|are|has|had|have|remains?|remained)\s+)?(?:(?:not|still|yet|been)\s+){0,3}(?:known|unknown|unclear|clear|determined|established|undetermined|a mystery|under investigation|being investigated)\b|\bno (?:cause|reason) (?:has|had) (?:yet )?been (?:found|given|established)\b/i;
/** "Plainsway no longer blames the fiber cut", "was not caused by": a cause withdrawn is no cause given. */
const DENIED_CAUSE = /^\W*not\b|\bnot because\b|(?:\bno longer|\bnot|\bnever|n[’']t)\s+(?:\w+\s+)?(?:blam\w*|caus\w*|thought to (?:be|have))\b|\bnot (?:the |a )(?:main |real |only )?(?:cause|reason)\b|(?:\bnot|n[’']t|\bnever) (?:\w+ ){0,4}?(?:that|which|who) (?:caused|started|triggered|sparked)\b/i;

/**
 * "Corroded bolts, not just snow, brought the roof down", "an app update, not phone signal, locked out fans":
 * a later report correcting the cause first given puts the finding first and the discarded cause after "not".
 */
const CORRECTED_CAUSE = /^[^,;:]{3,120}, (?:and )?not (?:just |only |simply |merely )?(?:the |a |an |its |their )?[^,;:]{2,60}, (?:\w+ ){0,2}?(?:\w+ed|broke|brought|drove|took|cut|set|made|shut|knocked|sent|led|caused|locked|threw|blew|tore|froze|hit|put|was|were|is|are|lay|lies)\b/i;

/** "Failed because its detectors were damaged during the wash, not because of a power spike": the cause found, the one thought of set aside. */
const BECAUSE_NOT_OTHER = /\bbecause\b[^.;]{3,200}?,? (?:and )?not (?:simply |just |only )?because\b/i;

/** "…, and not a failure of leased data lines as it first said": the cause first given, named as withdrawn. */
const NOT_AS_FIRST_SAID = /\bnot (?:a |an |the )?[^,.;]{2,80}? as (?:it|they|he|she|we|officials|the [a-z]+) (?:had )?(?:first |initially |earlier |originally )?(?:said|thought|believed|claimed|suggested|reported|stated)\b/i;

/** "The roof was dragged out of line by a hoist that kept running, not blown over by the wind": the agent found, the one thought of set aside. */
const AGENT_NOT_OTHER = /\b(?:was|were|had been|has been) [a-z]+(?: [a-z]+){0,3} by [^.;]{3,120}, not (?:\w+ ){0,3}?(?:by|from|because of)\b/i;

/** The sentence gives some cause ("after a" too): marks a candidate worth weighing for a "why". */
export function marksCause(sentence: string): RegExpExecArray | null {
  return CAUSE_MARKER.exec(sentence);
}

/** The sentence states a cause as found or held, not one withdrawn, nor a question ("What went wrong?"). */
export function statesCause(sentence: string): boolean {
  if (/\?\s*$/.test(sentence)) return false;
  // "He said the cause was not yet known": no cause given.
  if (CAUSE_UNKNOWN.test(sentence)) return false;
  // ("No illegal discharge of solvents caused the failure": a cause ruled out, with none given in its place.)
  if (ONLY_RULES_OUT_CAUSE.test(sentence)) return false;
  if (CORRECTED_CAUSE.test(sentence) || AGENT_NOT_OTHER.test(sentence) || BECAUSE_NOT_OTHER.test(sentence)) return true;
  // ("We told the public it was the weather. That was not the main cause": a retelling of the cause first given.)
  return STATED_CAUSE.test(sentence) && (!DENIED_CAUSE.test(sentence) || OWNED_UP.test(sentence));
}

/** A cause given as a correction of the one first thought ("X, not Y, caused it"): how a developing story ends. */
export function correctsCause(sentence: string): boolean {
  return CORRECTED_CAUSE.test(sentence) || AGENT_NOT_OTHER.test(sentence) || BECAUSE_NOT_OTHER.test(sentence) || (STATED_CAUSE.test(sentence) && (REPLACED_CAUSE.test(sentence) || NOT_AS_FIRST_SAID.test(sentence)));
}
const ONLY_RULES_OUT_CAUSE = new RegExp(
  String.raw`^(?:${DATELINE_OPENING}\s+)?(?:No|Neither)\s+(?:[\p{L}'’-]+\s+){0,5}?(?:caused|causes|led to|triggered|started|sparked|was behind|were behind|is to blame|was to blame)\b(?![^.]*\b(?:but|instead|rather|it was)\b)`,
  'u',
);

/** "The error lies in the national computer rather than in a regional office", "caused not by the hail but by the heat", "caused by a manual error, not a software fault". */
const REPLACED_CAUSE = /\brather than\b|\binstead of\b|\bnot (?:by|in|from|with) [^.;]{2,80}\bbut (?:by|in|from|with)\b|\bcaused by [^,;]{2,80}, (?:and )?not (?:by )?(?:a|an|the)\b/i;

/** How firmly a sentence gives its cause: a correction, then a finding ("was caused by", "was behind"), then a mere "because of". */
export function causeStrength(sentence: string): number {
  // A quotation gives the cause in a speaker's words ("the fault is ours"), which a report's own finding beats.
  const spoken = /^\s*["“‘]|\b(?:said|says|told \w+|added)[:,]\s*["“‘]/.test(sentence) ? 1.5 : 0;
  if (correctsCause(sentence)) return 3 - spoken;
  if (WEAK_CAUSE.test(sentence) && !STRONG_CAUSE.test(sentence)) return 1 - spoken;
  return 2 - spoken;
}
const WEAK_CAUSE = new RegExp(String.raw`\bbecause\b|\b${DUE_TO}|\bresult(?:ed)? (?:of|from)\b`, 'i');
const STRONG_CAUSE = /\b(?:caused|blam\w+|behind|fault|cause|reason|traced|triggered|sparked)\b/i;

/** The cause told as first seen, "our preliminary view is that …": a cause later reports may correct. */
export function tellsCauseAsFirstSeen(sentence: string): boolean {
  return FIRST_VIEW_PATTERN.test(sentence);
}
const FIRST_VIEW_PATTERN = new RegExp(FIRST_VIEW, 'i');

/** "The company had blamed the delay on a gearbox fault", "was first blamed on the meters": a cause told as the one held before. */
export function retellsEarlierCause(sentence: string): boolean {
  return /\b(?:had (?:first |earlier |initially |originally )?(?:been )?blamed|(?:first|initially|originally|earlier) (?:been )?blamed|had (?:first |initially )?(?:said|thought|believed|suspected) (?:that )?(?:the|a|an|it)\b)/i.test(sentence) || OWNED_UP.test(sentence);
}
/**
 * The cause first given, as a later sentence retells it or the first report tells it: "The company first blamed the
 * monthly product data file", "was first blamed on a sewer contractor's digger", "its first statement, blaming the
 * strength of the storm, was wrong", "caused by a broken step chain, not a brake failure as the operator first said",
 * "Skrytka24 blamed a cyber-attack on its mobile app". The words naming that cause, or undefined.
 */
export function blamedCause(sentence: string): { cause: string; isRetold: boolean } | undefined {
  for (const { pattern, toldAsFirst } of BLAMED_CAUSE) {
    const cause = pattern.exec(sentence)?.[1]?.trim();
    // ("Blamed at first", "blamed online": how or when, not what.)
    if (!cause || cause.split(/\s+/).length > MAX_CAUSE_WORDS || /^(?:it|this|that|them|him|her|itself|themselves)$/i.test(cause) || NOT_A_CAUSE.test(cause)) continue;
    // (Some forms tell the cause as the one first given; "blamed" does so only with "first" or "had": "had blamed",
    // "was first blamed on".)
    return { cause, isRetold: toldAsFirst || retellsEarlierCause(sentence) || BLAMED_FIRST.test(sentence) };
  }
  return undefined;
}
const NOT_A_CAUSE = /^(?:at first|first|initially|originally|earlier|online|publicly|in public|wrongly|unfairly|again|too)\b/i;
/** "When the first results came out, the council blamed storms", "we blamed the welders too soon". */
const BLAMED_FIRST = /\b(?:first|initially|originally|at first)\b[^.;]{0,60}\bblam(?:ed|ing)\b|\bblamed (?:[\p{L}'’-]+ ){1,4}(?:too soon|too quickly|too early|prematurely)\b/iu;
const MAX_CAUSE_WORDS = 14;
/** Where the named cause ends: a new clause, or what it was blamed for ("… for the outage"). */
const CAUSE_END = String.raw`(?=\s+(?:for|as|and said|but|while|when|which|after|until|before|because|saying|too soon|too quickly|too early|prematurely|at first)\b|\s*[,.;:"”]|$)`;
/** How a cause blamed is told, and whether the form itself tells it as the one first given ("not Y as it first said"). */
const BLAMED_CAUSE: Array<{ pattern: RegExp; toldAsFirst: boolean }> = [
  { pattern: new RegExp(String.raw`\bnot (?:caused |brought down |started )?(?:by |because of |from )?((?:a |an |the )?[^,.;]{2,80}?),? as (?:it|they|he|she|we|officials|the [\p{L}'’-]+(?: [\p{L}'’-]+){0,3}) (?:had )?(?:first |initially |earlier |originally |at first )?(?:said|thought|believed|claimed|suggested|reported|stated|announced|blamed)\b`, 'iu'), toldAsFirst: true },
  { pattern: new RegExp(String.raw`\b(?:was|were|had been|has been) (?:first |initially |originally |earlier |at first )?blamed on ([^,.;]{2,120}?)${CAUSE_END}`, 'iu'), toldAsFirst: false },
  { pattern: new RegExp(String.raw`\b(?:first|initial|original|earlier) (?:statement|explanation|account|message|notice|report)s?,? (?:which |that )?blam(?:ed|ing) ([^,.;]{2,120}?)${CAUSE_END}`, 'iu'), toldAsFirst: true },
  { pattern: new RegExp(String.raw`\bblam(?:ed|es|ing) (?:it |the [\p{L}-]+ )?on ([^,.;]{2,120}?)${CAUSE_END}`, 'iu'), toldAsFirst: false },
  // ("… traced to water from a private bowser, after the borehole itself had first been blamed": the thing blamed first,
  // named in the clause that sets it aside.)
  { pattern: new RegExp(String.raw`\b(?:after|although|though|while|when|where)\s+((?:the|a|an|its|their) [\p{L}'’-]+(?: [\p{L}'’-]+){0,4}?)(?: itself| themselves)? (?:had|has) (?:first|initially|originally|earlier|at first) been (?:blamed|suspected)\b`, 'iu'), toldAsFirst: true },
  // ("The scanner first blamed had worked normally".)
  { pattern: new RegExp(String.raw`\b((?:the|a|an) [\p{L}'’-]+(?: [\p{L}'’-]+){0,3}) (?:first|initially|originally|earlier) blamed(?=\s+(?:had|has|was|were|is|are|did|does|would|could|turned|proved)\b|\s*[,.;])`, 'iu'), toldAsFirst: true },
  { pattern: new RegExp(String.raw`(?<!\b(?:somebody|someone|anybody|anyone|nobody|people|everyone|they) )\bblam(?:ed|es|ing)\b(?! (?:by|himself|herself|themselves|nobody|no one|on|for|had|has|have|was|were|is|are|would|could|did)\b) ([^,.;]{2,120}?)${CAUSE_END}`, 'iu'), toldAsFirst: false },
  // ("Our first assessment is that the sand truck was heavily overloaded", "the first evidence pointed to a gas explosion".)
  { pattern: new RegExp(String.raw`${FIRST_VIEW} (?:that )?((?:(?!\bnot\b)[^,.;]){2,120}?)${CAUSE_END}`, 'iu'), toldAsFirst: true },
  // ("Contradicting the builder's first explanation that heavy rain was to blame", "its first explanation, that clostridia in a water trough were to blame".)
  { pattern: new RegExp(String.raw`\b(?:first|initial|original|earlier) (?:explanation|account|theory|diagnosis)s?,? that ((?:(?!\b(?:was|were|had been|is|are) to blame\b)[^,.;]){2,120}?)(?= (?:was|were|had been|is|are) to blame\b|\s*[,.;:"”]|$)`, 'iu'), toldAsFirst: true },
];

/** "We blamed Barrion in public before we had checked", "we were wrong to blame the storm", "wrongly blamed": an apology for the cause first given. */
const OWNED_UP = /\bwrongly blamed\b|\bwrong to blame\b|\bblamed\b[^.;]{0,80}\bbefore (?:we|they|it|he|she|anyone) (?:had )?(?:checked|known|knew|looked|understood|investigated|had the facts|had all the facts|found out)\b|\bblamed (?:\w+ ){0,3}at first\b|\bjumped to (?:the |a )?(?:easy |wrong |obvious )?(?:answer|conclusion)s?\b|\b(?:we|they) told (?:the public|people|customers|residents|passengers|members|the community|everyone)\b[^.;]{0,40}\b(?:it was|was caused|had been hit|because)\b/i;
