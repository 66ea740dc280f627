// Deterministic synthetic news: varied headers, bylines, datelines, figures and vocabulary, plus the
// facts each story states, so a test or the benchmark can ask questions the stories do (or don't) answer.

/** Small, fast, seeded PRNG (mulberry32): the same seed always gives the same stories. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const pick = <T,>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (random: Random, low: number, high: number): number => low + Math.floor(random() * (high - low + 1));

const ONSETS = ['b', 'br', 'c', 'cl', 'd', 'dr', 'f', 'g', 'gl', 'h', 'k', 'l', 'm', 'n', 'p', 'pr', 'r', 's', 'st', 't', 'tr', 'v', 'w', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou'];
const CODAS = ['', 'n', 'r', 'l', 'm', 'st', 'nd', 'rk', 'x', 'th'];

/** A made-up word of 2-3 syllables: vocabulary the stemmer and the index have never seen. */
function coinWord(random: Random): string {
  let word = '';
  for (let i = between(random, 2, 3); i > 0; i--) word += pick(random, ONSETS) + pick(random, VOWELS) + pick(random, CODAS);
  return word;
}

const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

const FIRST_NAMES = ['Amara', 'Bogdan', 'Chiara', 'Dmitri', 'Esther', 'Farid', 'Greta', 'Hiroshi', 'Ines', 'Jonas', 'Kemi', 'Lars', 'Mei', 'Nikolai', 'Olga', 'Pedro', 'Quinn', 'Rania', 'Soren', 'Tamar'];
const ROLES = ['mayor', 'health minister', 'fire chief', 'police commissioner', 'regional governor', 'union leader', 'harbour master', 'chief engineer'];
const OUTLETS = ['Reuters', 'Bloomberg', 'AFP', 'Associated Press'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface Event {
  /** What the people counted are ("households", "workers"). */
  counted: string;
  /** Past participle of what happened to them ("evacuated"). */
  happened: string;
  /** The operation, as a noun ("evacuation"). */
  operation: string;
  headline: string;
}

const EVENTS: Event[] = [
  { counted: 'households', happened: 'evacuated', operation: 'evacuation', headline: 'flood forces evacuations' },
  { counted: 'workers', happened: 'laid off', operation: 'restructuring', headline: 'factory cuts jobs' },
  { counted: 'passengers', happened: 'stranded', operation: 'rail shutdown', headline: 'rail strike strands travellers' },
  { counted: 'patients', happened: 'transferred', operation: 'hospital transfer', headline: 'hospital moves patients' },
  { counted: 'homes', happened: 'reconnected', operation: 'power restoration', headline: 'storm cuts power' },
  { counted: 'students', happened: 'relocated', operation: 'school relocation', headline: 'school closes after fire' },
  { counted: 'fishermen', happened: 'rescued', operation: 'sea rescue', headline: 'coastguard rescues crews' },
  { counted: 'tonnes', happened: 'delivered', operation: 'grain shipment', headline: 'grain shipment reaches port' },
  { counted: 'volunteers', happened: 'deployed', operation: 'wildfire response', headline: 'wildfire spreads near town' },
  { counted: 'vehicles', happened: 'recalled', operation: 'safety recall', headline: 'carmaker recalls vehicles' },
];

/** What a synthetic story states, for asking questions about it. */
export interface SyntheticFacts {
  town: string;
  place: string;
  person: string;
  role: string;
  counted: string;
  happened: string;
  operation: string;
  /** The figure as written in the story ("1,240"). */
  figure: string;
}

export interface SyntheticStory {
  file: string;
  text: string;
  facts: SyntheticFacts;
}

export interface SyntheticOptions {
  count: number;
  seed?: number;
  /** Every n-th story is a re-cut of an earlier one (another outlet's copy of the same wire story); 0 for none. */
  duplicateEvery?: number;
}

/** `count` stories with varied shapes: dated bylines, repeated page headlines with boilerplate, agency leads, or no header. */
export function syntheticStories({ count, seed = 7, duplicateEvery = 20 }: SyntheticOptions): SyntheticStory[] {
  const random = seededRandom(seed);
  const towns = Array.from({ length: Math.max(40, Math.ceil(count / 4)) }, () => capitalise(coinWord(random)));
  const surnames = Array.from({ length: 400 }, () => capitalise(coinWord(random)));
  const vocabulary = Array.from({ length: 3000 }, () => coinWord(random));
  const stories: SyntheticStory[] = [];
  for (let i = 0; i < count; i++) {
    const file = `${String(i).padStart(5, '0')}_synthetic.txt`;
    const original = duplicateEvery > 0 && i > 0 && i % duplicateEvery === 0 ? stories[between(random, 0, i - 1)] : undefined;
    if (original) {
      stories.push({ file, text: recut(original.text, random), facts: original.facts });
      continue;
    }
    const event = pick(random, EVENTS);
    const facts: SyntheticFacts = {
      town: pick(random, towns),
      place: pick(random, towns),
      person: `${pick(random, FIRST_NAMES)} ${pick(random, surnames)}`,
      role: pick(random, ROLES),
      counted: event.counted,
      happened: event.happened,
      operation: event.operation,
      figure: between(random, 12, 9800).toLocaleString('en-US'),
    };
    const paragraphs = storyParagraphs(facts, random, vocabulary);
    const headline = `${facts.town} ${event.headline} as ${facts.figure} ${facts.counted} are ${facts.happened}`;
    stories.push({ file, text: withHeader(headline, paragraphs, facts, random, i % 4), facts });
  }
  return stories;
}

function storyParagraphs(facts: SyntheticFacts, random: Random, vocabulary: string[]): string[] {
  const day = pick(random, WEEKDAYS);
  const surname = facts.person.split(' ')[1]!;
  const words = (n: number): string => Array.from({ length: n }, () => pick(random, vocabulary)).join(' ');
  // Several phrasings of each fact, so shared word sequences are as common as in real copy, not in every story.
  const paragraphs = [
    pick(random, [
      `Authorities in ${facts.town} said ${facts.figure} ${facts.counted} were ${facts.happened} on ${day} after the ${facts.operation} began.`,
      `${facts.figure} ${facts.counted} were ${facts.happened} in ${facts.town} on ${day}, officials said, as the ${facts.operation} got under way.`,
      `By ${day} evening ${facts.figure} ${facts.counted} had been ${facts.happened} in ${facts.town}, according to a ${words(1)} statement.`,
    ]),
    pick(random, [
      `The ${facts.operation} was led by ${facts.role} ${facts.person}, who said ${words(1)} crews would ${words(1)} through the night.`,
      `${facts.role.charAt(0).toUpperCase() + facts.role.slice(1)} ${facts.person} led the ${facts.operation} and promised ${words(2)} updates every hour.`,
      `Leading the ${facts.operation}, ${facts.role} ${facts.person} asked ${words(1)} residents to avoid the ${words(1)} district.`,
    ]),
    pick(random, [
      `Officials from ${facts.town} met their counterparts in ${facts.place} to coordinate the ${words(2)} plan.`,
      `A delegation from ${facts.town} travelled to ${facts.place} for talks on the ${words(2)} response.`,
      `Talks between ${facts.town} and ${facts.place} on the ${words(1)} budget ended without agreement.`,
    ]),
    pick(random, [
      `“We have never seen ${words(3)} on this scale,” ${surname} told reporters. “Everyone is ${words(1)} what they can.”`,
      `“The ${words(2)} held, and that ${words(1)} lives,” ${surname} said on ${day}.`,
      `${surname} told a ${words(1)} conference that the ${words(2)} would be ${words(1)} “line by line”.`,
    ]),
  ];
  for (let k = between(random, 3, 9); k > 0; k--) {
    paragraphs.push(
      pick(random, [
        `Residents described ${words(between(random, 3, 6))} near the ${words(1)} while ${between(random, 2, 90)} ${words(1)} teams checked the ${words(2)}.`,
        `${capitalise(words(1))} ${words(between(random, 4, 8))}, ${words(between(random, 2, 5))} in ${pick(random, MONTHS)}.`,
        `The ${words(2)} of ${facts.town} ${words(between(random, 3, 7))} since ${between(random, 1990, 2024)}.`,
        `Some ${between(random, 2, 400)} ${words(1)} ${words(between(random, 2, 6))}, ${surname} added.`,
      ]),
    );
  }
  paragraphs.push(
    pick(random, [
      `A review of the ${facts.operation} is due in ${pick(random, MONTHS)}, the ${facts.role} said.`,
      `The ${facts.role} expects a ${words(1)} report on the ${facts.operation} by ${pick(random, MONTHS)}.`,
      `Questions about the ${words(2)} will go to the ${facts.town} council in ${pick(random, MONTHS)}.`,
    ]),
  );
  return paragraphs;
}

function withHeader(headline: string, paragraphs: string[], facts: SyntheticFacts, random: Random, shape: number): string {
  const outlet = pick(random, OUTLETS);
  const date = `2025-${String(between(random, 1, 12)).padStart(2, '0')}-${String(between(random, 1, 28)).padStart(2, '0')}`;
  const [lead, ...rest] = paragraphs;
  switch (shape) {
    case 0:
      return [`date ${date} By ${pick(random, FIRST_NAMES)} ${facts.person.split(' ')[1]}son ${outlet}`, ...paragraphs].join('\n\n');
    case 1:
      return [headline, '', 'Short Url', `Updated ${between(random, 1, 28)} ${pick(random, MONTHS)} 2025`, 'Follow', '', headline, '', `${facts.town.toUpperCase()}: ${lead}`, ...rest].join('\n');
    case 2:
      return [headline, `(${outlet}) — ${lead}`, `Most Read from ${outlet}`, ...rest].join('\n');
    default:
      return paragraphs.join('\n\n');
  }
}

/** Another outlet's cut of the same copy: a new header and the last paragraphs dropped. */
function recut(text: string, random: Random): string {
  const lines = text.split('\n').filter((line) => line.trim() && !/^(date |Short Url|Updated |Follow|Most Read)/.test(line));
  const keep = lines.slice(0, Math.max(4, lines.length - between(random, 1, 2)));
  return [`date 2025-06-0${between(random, 1, 9)} By Staff Reporter ${pick(random, OUTLETS)}`, ...keep].join('\n\n');
}
