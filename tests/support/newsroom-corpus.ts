// A newsroom-sized corpus for the benchmark: 25 topics, Zipf-distributed vocabulary (real news words and
// coined names), sentences of 6 to 45 words, six header styles, two-story files, re-cut duplicates,
// dates spread over two months, about 3.4 KB a file, and "needles": one-of-a-kind facts to find again.
import { seededRandom } from './synthetic-news.ts';

type Random = () => number;

const pick = <T,>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (random: Random, low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

const ONSETS = ['b', 'br', 'c', 'ch', 'd', 'dr', 'f', 'g', 'gr', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'pl', 'r', 's', 'sh', 'st', 't', 'tr', 'v', 'w', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou', 'ie'];
const CODAS = ['', 'n', 'r', 'l', 'm', 'st', 'nd', 'rk', 'x', 'th', 'ck', 'ss'];

function coinWord(random: Random): string {
  let word = '';
  for (let i = between(random, 2, 3); i > 0; i--) word += pick(random, ONSETS) + pick(random, VOWELS) + pick(random, CODAS);
  return word;
}

// Real words of news copy: the common ones make long postings, as in real news.
const NEWS_WORDS = (
  'government officials minister president police court city country year week month report people group company ' +
  'market prices workers plan deal talks vote election party leader council budget funds tax bank rate growth ' +
  'economy trade exports imports oil gas energy power water food health hospital school students teachers children ' +
  'families residents community region border army troops forces attack strike protest security crisis war peace ' +
  'agreement law bill parliament committee inquiry investigation evidence case trial judge lawyer statement spokesman ' +
  'spokeswoman director chief executive board shareholders profit loss revenue sales shares investors analysts data ' +
  'figures survey study research scientists climate weather storm flood fire drought heat rain wind road rail airport ' +
  'port ship flight passengers traffic transport housing rent homes land farmers crops prices inflation jobs unemployment ' +
  'wages union pension benefits services public private sector industry factory plant project contract tender ' +
  'construction repair damage cost million billion percent increase decrease rise fall record level target support ' +
  'opposition critics supporters campaign media press internet technology software network system service users ' +
  'customers network digital online platform meeting summit visit delegation ambassador embassy foreign domestic ' +
  'national local regional international global central northern southern eastern western coastal rural urban'
).split(/\s+/);
const VERBS = (
  'said announced reported confirmed denied warned expected agreed rejected approved blocked delayed launched opened ' +
  'closed raised cut increased reduced signed called urged promised planned began ended continued returned moved ' +
  'described estimated suggested argued claimed accused criticised welcomed praised questioned reviewed published'
).split(/\s+/);
const GLUE = 'the the the of of to in in and a on for with at by from as that was were is are has had have will would after before over under about since while'.split(/\s+/);

const TOPIC_NAMES = [
  'floods', 'elections', 'strike', 'wildfire', 'earthquake', 'budget', 'trial', 'summit', 'recall', 'outbreak',
  'merger', 'drought', 'protest', 'heatwave', 'ceasefire', 'housing', 'rail', 'harvest', 'shipping', 'energy',
  'tariffs', 'cyberattack', 'stadium', 'pension', 'mining',
] as const;

const COUNTED = ['households', 'workers', 'passengers', 'patients', 'homes', 'students', 'fishermen', 'tonnes', 'volunteers', 'vehicles', 'hectares', 'flights', 'voters', 'soldiers', 'tourists'];
const PARTICIPLES = ['evacuated', 'laid off', 'stranded', 'transferred', 'reconnected', 'relocated', 'rescued', 'delivered', 'deployed', 'recalled', 'burned', 'cancelled', 'registered', 'withdrawn', 'counted'];
const ROLES = ['mayor', 'health minister', 'fire chief', 'police commissioner', 'regional governor', 'union leader', 'harbour master', 'chief engineer', 'finance minister', 'party spokeswoman'];
const FIRST_NAMES = ['Amara', 'Bogdan', 'Chiara', 'Dmitri', 'Esther', 'Farid', 'Greta', 'Hiroshi', 'Ines', 'Jonas', 'Kemi', 'Lars', 'Mei', 'Nikolai', 'Olga', 'Pedro', 'Quinn', 'Rania', 'Soren', 'Tamar'];
const OUTLETS = ['Reuters', 'Bloomberg', 'AFP', 'Associated Press', 'The Guardian', 'Al Jazeera', 'BBC News'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const NEEDLE_THINGS = ['turbines', 'ambulances', 'laptops', 'tractors', 'generators', 'buses', 'drones', 'water pumps', 'fire engines', 'hospital beds'];
const NEEDLE_BODIES = ['water board', 'port authority', 'health trust', 'transit agency', 'school district', 'farming cooperative', 'rescue service', 'housing fund'];

/** The newest report date of the corpus; stories are spread over the 60 days before it. */
export const NEWSROOM_NEWEST = '2025-06-01';

export interface NewsroomFacts {
  town: string;
  place: string;
  person: string;
  counted: string;
  happened: string;
  operation: string;
  figure: string;
}

/** A one-of-a-kind fact placed in one file: the question, and the figure its answer must lead with. */
export interface Needle {
  file: string;
  question: string;
  figure: string;
}

export interface NewsroomFile {
  file: string;
  text: string;
  facts: NewsroomFacts;
}

export interface NewsroomCorpus {
  files: NewsroomFile[];
  needles: Needle[];
}

/** Zipf-distributed picks from a list: item k comes up about 1/k as often as the first. */
function zipf(random: Random, items: readonly string[]): string {
  const n = items.length;
  // Inverse of the continuous approximation of the harmonic CDF.
  const k = Math.floor(Math.exp(random() * Math.log(n + 1))) - 1;
  return items[Math.min(n - 1, Math.max(0, k))]!;
}

interface Topic {
  name: string;
  words: string[];
  operation: string;
}

export function newsroomCorpus({ count, seed = 7, needles = 200 }: { count: number; seed?: number; needles?: number }): NewsroomCorpus {
  const random = seededRandom(seed);
  const coined = Array.from({ length: 20_000 }, () => coinWord(random));
  const towns = Array.from({ length: Math.max(60, Math.ceil(count / 6)) }, () => capitalise(coinWord(random)));
  const surnames = Array.from({ length: 2_000 }, () => capitalise(coinWord(random)));
  const topics: Topic[] = TOPIC_NAMES.map((name) => ({
    name,
    words: [name, ...Array.from({ length: 24 }, () => pick(random, NEWS_WORDS)), ...Array.from({ length: 12 }, () => pick(random, coined))],
    operation: `${name} ${pick(random, ['response', 'operation', 'inquiry', 'programme', 'talks'])}`,
  }));
  // A needle names a town's body and a thing; other stories mention the same bodies and things with other
  // figures, so only the combination is one of a kind.
  const needleAt = new Map<number, { body: string; thing: string }>();
  const taken = new Set<string>();
  for (let n = 0; n < Math.min(needles, count); n++) {
    let i = between(random, 0, count - 1);
    while (needleAt.has(i) || i % 12 === 0) i = (i + 1) % count;
    const body = `${pick(random, towns)} ${pick(random, NEEDLE_BODIES)}`;
    const thing = pick(random, NEEDLE_THINGS);
    taken.add(`${body}|${thing}`);
    needleAt.set(i, { body, thing });
  }
  const distractor = (): string => {
    let body = '';
    let thing = '';
    do {
      body = `${pick(random, towns)} ${pick(random, NEEDLE_BODIES)}`;
      thing = pick(random, NEEDLE_THINGS);
    } while (taken.has(`${body}|${thing}`));
    return `The ${body} ${pick(random, ['ordered', 'bought', 'sold', 'repaired', 'lost'])} ${between(random, 13, 9_900)} ${thing} last ${pick(random, MONTHS)}, records show.`;
  };
  const files: NewsroomFile[] = [];
  const found: Needle[] = [];
  for (let i = 0; i < count; i++) {
    const file = `${String(i).padStart(6, '0')}_${pick(random, ['wire', 'web', 'feed', 'desk'])}.txt`;
    const original = i % 12 === 0 && i > 0 ? files[between(random, Math.max(0, i - 200), i - 1)] : undefined;
    if (original) {
      files.push({ file, text: recut(original.text, random), facts: original.facts });
      continue;
    }
    const topic = pick(random, topics);
    const word = (): string => (random() < 0.35 ? pick(random, topic.words) : random() < 0.5 ? zipf(random, NEWS_WORDS) : zipf(random, coined));
    const facts: NewsroomFacts = {
      town: pick(random, towns),
      place: pick(random, towns),
      person: `${pick(random, FIRST_NAMES)} ${pick(random, surnames)}`,
      counted: pick(random, COUNTED),
      happened: pick(random, PARTICIPLES),
      operation: topic.operation,
      figure: between(random, 12, 98_000).toLocaleString('en-US'),
    };
    const paragraphs = storyParagraphs(facts, random, word);
    const needle = needleAt.get(i);
    if (random() < 0.25) paragraphs.splice(between(random, 3, paragraphs.length - 1), 0, distractor());
    if (needle !== undefined) {
      const { body, thing } = needle;
      const figure = String(between(random, 13, 9_900));
      paragraphs.splice(between(random, 2, paragraphs.length - 1), 0, `The ${body} bought ${figure} ${thing} from ${capitalise(pick(random, coined))} suppliers on ${pick(random, WEEKDAYS)}, ${facts.person.split(' ')[1]} said.`);
      const question = pick(random, [`How many ${thing} did the ${body} buy?`, `How many ${thing} were purchased by the ${body}?`, `What number of ${thing} did the ${body} get from its suppliers?`]);
      found.push({ file, question, figure });
    }
    const date = dateBefore(NEWSROOM_NEWEST, between(random, 0, 59));
    const headline = `${facts.town} ${topic.name}: ${facts.figure} ${facts.counted} ${facts.happened} as ${word()} ${word()} ${pick(random, VERBS)}`;
    let text = withHeader(headline, paragraphs, facts, date, random, between(random, 0, 5));
    if (random() < 0.08) {
      // A second story in the same file, under a repeated page headline, as saved web pages have.
      const second = storyParagraphs({ ...facts, town: pick(random, towns), figure: between(random, 12, 9_000).toLocaleString('en-US') }, random, word).slice(0, 8);
      const title = `${facts.place} ${topic.name} ${word()} ${pick(random, VERBS)} after ${word()} ${word()}`;
      text += ['', '', title, 'Follow', title, '', ...second].join('\n');
    }
    files.push({ file, text, facts });
  }
  return { files, needles: found };
}

function storyParagraphs(facts: NewsroomFacts, random: Random, word: () => string): string[] {
  const day = pick(random, WEEKDAYS);
  const surname = facts.person.split(' ')[1]!;
  const role = pick(random, ROLES);
  const words = (n: number): string => Array.from({ length: n }, word).join(' ');
  const paragraphs = [
    pick(random, [
      `Authorities in ${facts.town} said ${facts.figure} ${facts.counted} were ${facts.happened} on ${day} as the ${facts.operation} began.`,
      `${facts.figure} ${facts.counted} were ${facts.happened} in ${facts.town} on ${day}, officials said, as the ${facts.operation} got under way.`,
      `By ${day} evening ${facts.figure} ${facts.counted} had been ${facts.happened} in ${facts.town}, according to a ${word()} statement.`,
    ]),
    pick(random, [
      `The ${facts.operation} in ${facts.town} was led by ${role} ${facts.person}, who said ${word()} crews would work through the night.`,
      `${capitalise(role)} ${facts.person} led the ${facts.operation} in ${facts.town} and promised ${words(2)} updates every hour.`,
    ]),
    `Officials from ${facts.town} met their counterparts in ${facts.place} to discuss the ${words(2)} plan.`,
  ];
  for (let k = between(random, 16, 26); k > 0; k--) paragraphs.push(fillerSentence(random, word, surname, facts.town));
  paragraphs.push(`A review of the ${facts.operation} is due in ${pick(random, MONTHS)}, the ${role} said.`);
  // Paragraphs of one to three sentences, as wire copy is written.
  const merged: string[] = [];
  for (let i = 0; i < paragraphs.length; ) {
    const take = i < 3 ? 1 : between(random, 1, 3);
    merged.push(paragraphs.slice(i, i + take).join(' '));
    i += take;
  }
  return merged;
}

function fillerSentence(random: Random, word: () => string, surname: string, town: string): string {
  const phrase = (low: number, high: number): string => {
    const out: string[] = [];
    for (let n = between(random, low, high); n > 0; n--) out.push(random() < 0.4 ? pick(random, GLUE) : word());
    return out.join(' ');
  };
  return pick(random, [
    () => `${capitalise(phrase(4, 14))} ${pick(random, VERBS)} ${phrase(3, 20)}.`,
    () => `“${capitalise(phrase(5, 16))},” ${surname} ${pick(random, VERBS)}.`,
    () => `The ${phrase(2, 5)} in ${town} ${pick(random, VERBS)} ${between(random, 2, 900)} ${phrase(2, 12)} since ${between(random, 1990, 2024)}.`,
    () => `${capitalise(phrase(2, 6))}, ${phrase(3, 10)}, ${pick(random, VERBS)} ${phrase(4, 18)} in ${pick(random, MONTHS)}.`,
    () => `Some ${between(random, 2, 4000).toLocaleString('en-US')} ${phrase(1, 3)} ${pick(random, VERBS)} ${phrase(2, 8)}, ${surname} added.`,
  ])();
}

function dateBefore(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

function withHeader(headline: string, paragraphs: string[], facts: NewsroomFacts, date: string, random: Random, shape: number): string {
  const outlet = pick(random, OUTLETS);
  const [lead, ...rest] = paragraphs;
  const [year, month, day] = date.split('-');
  switch (shape) {
    case 0:
      return [`date ${date} By ${pick(random, FIRST_NAMES)} ${facts.person.split(' ')[1]}son ${outlet}`, ...paragraphs].join('\n\n');
    case 1:
      return [headline, '', 'Short Url', `Updated ${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`, 'Follow', '', headline, '', `${facts.town.toUpperCase()}: ${lead}`, ...rest].join('\n');
    case 2:
      return [headline, `(${outlet}) — ${lead}`, `Most Read from ${outlet}`, ...rest, 'Read more: related coverage'].join('\n');
    case 3:
      return [headline, `By ${facts.person}`, outlet, `date ${date}`, '', ...paragraphs, '', 'Share this article'].join('\n');
    case 4:
      return [`date ${date}`, headline, '', ...paragraphs].join('\n\n');
    default:
      return paragraphs.join('\n\n');
  }
}

/** Another outlet's cut of the same copy: a new header and the last paragraphs dropped. */
function recut(text: string, random: Random): string {
  const lines = text.split('\n').filter((line) => line.trim() && !/^(date |Short Url|Updated |Follow|Most Read|Share this|Read more)/.test(line));
  const keep = lines.slice(0, Math.max(4, lines.length - between(random, 1, 4)));
  const date = /date (\d{4}-\d{2}-\d{2})/.exec(text)?.[1] ?? NEWSROOM_NEWEST;
  return [`date ${date} By Staff Reporter ${pick(random, OUTLETS)}`, ...keep].join('\n\n');
}
