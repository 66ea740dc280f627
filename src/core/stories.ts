// Turn the text of a story file into stories: split files that hold several, strip page boilerplate,
// keep title, outlet, date and byline, and split the body into verbatim sentences.
import { capitalised, MONTH_ALTERNATIVES, WEEKDAY_ALTERNATIVES } from './calendar-words.ts';
import { findCalendarDate, isFullDate, isoDay, weekdayIndex } from './report-date.ts';
import { splitSentences } from './sentences.ts';
import type { Sentence, Story } from './types.ts';

// Page furniture that is never news: share buttons, "Read more", cookie banners, related links.
const BOILERPLATE: RegExp[] = [
  /^(short url|follow|share|share this( article| story)?|tweet|email|print|comments?|save|subscribe|sign up|sign in|log in|advertisement|ad|sponsored|skip to (main )?content|listen to (this )?article.*|copy link)$/i,
  /^most read from \S+/i,
  /^(read|see) (more|also)\b.*$/i,
  /^related( stories| articles| coverage| content)?\s*:?.*$/i,
  /^(more from|recommended|trending|popular)\b.{0,60}$/i,
  /\bcookies?\b.*\b(accept|consent|policy|use|agree)\b/i,
  // ("We use cookies to remember your language.", "Cookies help us keep you logged in", "The portal uses session
  // cookies only": a short line about the site's cookies, however worded.)
  // (Not "The cookies were made at the Hollins bakery": the site is named, or who runs it.)
  /^(?=(?:\S+\s+){0,24}\S+$)(?=.*\b(?:we|us|our|site|website|web|page|portal|browser|session|analytics|logged|preferences|settings|notice|rules|third-party)\b).*\bcookies\b/i,
  // Newsletter promotions: "Get the Island Times morning newsletter … free in your inbox. Sign up here."
  /\bnewsletters?\b.*\b(sign up|subscribe|inbox)\b/i,
  // "Get the Maritime Health Brief in your inbox every Monday: … Subscribe free."
  /\bin your inbox\b.{0,160}\b(subscribe|sign up)\b/i,
  // An e-mailed newsletter's own furniture: "View in browser | Forward to a friend", "Forwarded this email?".
  /^view (this e-?mail )?in (your )?browser\b|^forward(ed)? (this e-?mail|to a friend)\b/i,
  // An affiliate disclaimer ("We may earn a commission when you book through links on this page.") and a
  // podcast page's players and transcript notes ("▶ Listen on Apple Podcasts", "Transcript generated automatically …").
  /^we (?:may )?earn (?:a )?(?:small )?(?:commission|fee)\b.{0,160}$/i,
  /^\W{0,2}listen (?:on|now|to (?:the|this) (?:episode|podcast))\b.{0,120}$/i,
  /^(?:full |automatic |auto-generated )?transcript\b(?! of\b).{0,160}$/i,
  /^(accept( all)?|reject( all)?|manage (cookies|preferences))$/i,
  /^updated\s.{0,40}$/i,
  /^(published|posted|last updated)\s*:?.{0,40}$/i,
  /^(facebook|twitter|x|linkedin|whatsapp|telegram|reddit)(\s*[|·•,]\s*(facebook|twitter|x|linkedin|whatsapp|telegram|reddit|email))*$/i,
  /^©|^copyright\b/i,
  // A site's menu, wherever a page's furniture puts it: "Home | Vienna | Regions | Politics | Business".
  /^(?:[\p{L}&'’ -]{2,25}\s+\|\s+){3,}[\p{L}&'’ -]{2,25}$/u,
  // Breadcrumbs: "Home › Europe › Greece".
  /^[\p{L} &'’-]{2,30}(\s*[›»>/]\s*[\p{L} &'’-]{2,30}){1,5}$/u,
  /^(this (article|story) (was|has been) (updated|corrected)).{0,80}$/i,
  // Editors' notes above the text: "This transcript has been edited for length and clarity.", "This article was
  // translated from the Spanish original …", "This article appears in the October 2026 print issue of …".
  // (A correction, "This article was amended … An earlier version said 600", is news and stays.)
  /^this (article|story|transcript|report|piece|interview) (?:(?:was|has been|is) (?:edited|condensed|translated|originally published|first published|republished|produced|adapted|licensed|part of)|appears|first appeared|originally appeared)\b.{0,200}$/i,
  /^photo:|^image:|^\(?(photo|image|video) (by|credit)\b/i,
  // A fact-check's claim is what it checks, not what it found: "Claim: \"More than 5,000 patients …\"".
  /^(?:the )?claim\s*:/i,
  /^(share|follow us|follow) on\b.{0,40}$/i,
  // A site's footer of short parts: "Klinikum Grafenlind · Spitalgasse 12, 8640 Grafenlind · Imprint · Data protection",
  // "Loon Narrows Regional Airport Authority · 1 Terminal Road, Loon Narrows, AB · © 2026".
  /^(?=.*\s[|·•]\s).*(?:©|(?:^|\s[|·•]\s)(?:imprint|privacy(?: policy)?|data protection|accessibility|cookie (?:settings|policy)|terms(?: of (?:use|service))?|sitemap|all rights reserved)(?:\s[|·•]\s|$))/i,
  // A site's navigation bar: "≡ Menu   THE PLATTE VALLEY TIMES   Search   Subscribe".
  /^\W*menu\b.{0,80}\b(search|subscribe|sign in|log in)\b/i,
  // The line under a wire byline: "Associated Press Writer", "Staff Correspondent".
  /^(?:associated press|ap|staff|special|senior|chief)?\s*(?:writer|correspondent|reporter)$/i,
];

// Outlets named in bylines or on a header line of their own. A story from another outlet still loads; it is shown by file name.
const KNOWN_OUTLETS = 'Bloomberg News|Bloomberg|Reuters|Associated Press|AP|AFP|Agence France-Presse|The Guardian|The New York Times|The Washington Post|Al Jazeera|Arab News|BBC News|BBC|CNN|Kyiv Independent|The Financial Times|Financial Times';
const AGENCY_TAG = new RegExp(`^\\((${KNOWN_OUTLETS})\\)\\s*[—–-]\\s*`);
const OUTLET_AT_END = new RegExp(`\\b(${KNOWN_OUTLETS})\\s*$`);
const OUTLET_LINE = new RegExp(`^(${KNOWN_OUTLETS})$`);

interface Line {
  text: string;
  /** Index of the line in the file. */
  n: number;
}

/** Parse one file into stories. A file with no header at all is still one story. */
export function parseStoryFile(file: string, content: string): Story[] {
  const lines = content
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((text, n) => ({ text, n }));
  return splitIntoStoryBlocks(lines)
    .map((block, i) => buildStory(file, i + 1, block))
    .filter((story): story is Story => story !== undefined);
}

/**
 * Several stories in one file: a headline that is repeated within a few lines (once as the page title,
 * once above the article, with "Updated …" and "Follow" between) starts a story.
 */
function splitIntoStoryBlocks(lines: Line[]): Line[][] {
  const starts: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const title = lines[i]!.text.trim();
    if (!looksLikeHeadline(title)) continue;
    for (let j = i + 1; j < Math.min(lines.length, i + 10); j++) {
      if (lines[j]!.text.trim() === title) {
        if (starts.at(-1) === undefined || i > starts.at(-1)!) starts.push(i);
        break;
      }
    }
  }
  if (starts.length === 0) return [lines];
  const blocks: Line[][] = [];
  // Anything before the first repeated headline belongs to the first story.
  const firstStart = starts[0]! > 0 && lines.slice(0, starts[0]!).some((l) => l.text.trim()) ? 0 : starts[0]!;
  const bounds = [firstStart, ...starts.slice(1), lines.length];
  for (let k = 0; k < bounds.length - 1; k++) blocks.push(lines.slice(bounds[k]!, bounds[k + 1]!));
  return blocks;
}

/** "Kyle Brandt · Feb 12, 2026 · Comments (48)", "Updated: Tuesday 10 November 2026": a dated line of the header. */
function isDatedHeaderLine(text: string): boolean {
  return text.split(/\s+/).length <= 20 && (DATE_LABEL.test(text) || HEADER_PARTS.test(text)) && findCalendarDate(text) !== undefined;
}

/** "By Ruth Ackroyd, Calder FM newsroom", "Reporting by Imran Siddiqui and Jo Brannigan": a byline of its own line. */
function isBylineLine(text: string): boolean {
  return /^(?:(?:reporting|words|compiled|written)\s+)?by\s+\p{Lu}/iu.test(text) && text.split(/\s+/).length <= 16 && !/[.!?]$/.test(text);
}

/**
 * A site's nameplate taken for the headline: a few words, each capitalised ("The Pennine Post", "CALDER FM
 * NEWS", "Fish Farm Monitor"). A headline has words in lower case ("Mine flooded", "Ferry crews walk out").
 */
function isNameplate(title: string): boolean {
  const words = title.split(/\s+/);
  // ("THE DANUBE & ALPS POST": a nameplate in capitals may run longer; a headline is never all capitals.)
  return (words.length <= 4 || (words.length <= 6 && title === title.toUpperCase())) && words.every((w) => /^(?:\p{Lu}|&|of|the|and|on|for)/u.test(w)) && !/\d/.test(title);
}

function looksLikeHeadline(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean).length;
  return words >= 3 && words <= 25 && !/[.:]$/.test(text) && !/^[•·▪*]\s/.test(text);
}

/** A paragraph this long is news, not a page's furniture. */
const NEWS_PARAGRAPH_WORDS = 15;

const KICKER_HEADLINE = /^\p{Lu}[\p{Lu}\d '’&-]{1,30}:\s+\S/u;

interface Header {
  title: string;
  outlet: string;
  date: string;
  byline: string;
  /** The date came from a labelled line ("Posted Monday 5 August 2041"), not from a title or kicker that dates the event. */
  dateLabelled?: boolean;
}

/**
 * Lines that a hard-wrapped file broke inside a sentence, joined again: "The state commission, in its" /
 * "conclusions handed to the regional khokim …". In a file wrapped throughout, a line continues onto the next (not
 * blank) one when it ends no sentence and runs to near the wrap width, or to half of it with the next line going on
 * in lower case. (A paragraph a line, as most files are written, ends each line with its sentence: nothing is
 * joined; nor is a headline above a "date …" or "(Bloomberg) —" line.)
 */
function unwrapped(lines: string[]): string[] {
  const width = Math.max(0, ...lines.map((l) => l.length));
  // (Only a file wrapped throughout is joined by width: a short file's headline may be its longest line.)
  const broken = lines.filter((l, i) => l.length >= width * WRAPPED_SHARE && !LINE_ENDS_STATEMENT.test(l) && (lines[i + 1] ?? '') !== '').length;
  if (broken < WRAPPED_LINES) return lines;
  const out: string[] = [];
  let carry = '';
  for (const [i, line] of lines.entries()) {
    const text = carry ? `${carry} ${line}` : line;
    const next = lines[i + 1] ?? '';
    const continues = line !== '' && next !== '' && !LINE_ENDS_STATEMENT.test(line) && !LIST_ITEM.test(next) && (line.length >= width * WRAPPED_SHARE || (line.length >= width / 2 && /^[\p{Ll}\d]/u.test(next)));
    if (continues) {
      carry = text;
      continue;
    }
    out.push(text);
    carry = '';
  }
  return out;
}
const LINE_ENDS_STATEMENT = /[.!?:;"”’)\]|]$/;
const LIST_ITEM = /^(?:[•·▪*–-]\s|\d+[.)]\s)/;
/** A line this close to the longest line's length was broken there by the wrapping: an editor wraps most lines within a word of its width. */
const WRAPPED_SHARE = 0.8;
/** How many lines must break off mid-sentence near the width before a file counts as wrapped. */
const WRAPPED_LINES = 4;

function buildStory(file: string, index: number, block: Line[]): Story | undefined {
  const header: Header = { title: '', outlet: '', date: '', byline: '' };
  const paragraphs: string[] = [];
  let seenBody = false;
  const lines = unwrapped(block.map((line) => line.text.trim())).filter(Boolean);
  for (const [i, raw] of lines.entries()) {
    let text = raw;
    const dated = /^date\s+(\d{4}-\d{2}-\d{2})\b\s*/i.exec(text);
    if (dated) {
      header.date ||= dated[1]!;
      text = text.slice(dated[0].length);
      text = takeByline(text, header);
      if (!text) continue;
    }
    // An e-mailed newsletter's subject is its headline (a date in it, "recall is on for May 19", is not the report's).
    const subject = seenBody ? null : /^subject:\s+(.+)$/i.exec(text);
    if (subject) {
      header.title ||= subject[1]!;
      continue;
    }
    // "Updated 17 March 2025" can follow a photo caption; an unlabelled date counts only above the text.
    // So does a line that is a date alone ("Thursday 28 May 2026", "Hrabošice, Monday 30 November 2026") above the
    // first sentence of a report whose header gave none: a committee's, a letter's or a notice's furniture (lines
    // that end no statement: a headline may ask a question, a name end on "A.M.B.A.") can be taken for text above it.
    // (Nor is a page's furniture taken for text, "Home | Vienna | Regions | …" or "This email contains tracking pixels.",
    // any more than a short line: a dated header line before the first paragraph of news still dates the report.)
    const isAboveNews = !header.date && paragraphs.every((p) => p.split(/\s+/).length < NEWS_PARAGRAPH_WORDS);
    if ((!seenBody || isLabelledDateLine(text) || (!header.date && isDateAlone(text) && !paragraphs.some((p) => /\p{Ll}{2,}[.!]["”’]?$/u.test(p))) || (isAboveNews && isDatedHeaderLine(text))) && text !== header.title && takeDateLine(text, header)) continue;
    if (isBoilerplate(text)) {
      const outlet = /^most read from (.+)$/i.exec(text);
      if (outlet) header.outlet ||= outlet[1]!.trim();
      continue;
    }
    const outletLine = seenBody ? null : OUTLET_LINE.exec(text);
    if (outletLine) {
      header.outlet ||= outletLine[1]!;
      continue;
    }
    if (!seenBody && isBylineLine(text)) {
      takeByline(text.replace(/^(?:reporting|words|compiled|written)\s+(?=by\s)/i, ''), header);
      continue;
    }
    if (!seenBody && isHeaderFurniture(text)) {
      // "ISLAND TIMES" names the outlet; "Key points" or "Explainer | Transport" name nothing.
      // So does a site's name on the first line ("KilcarrowNow.ie", "Heartland Weekender").
      if ((text === text.toUpperCase() || i === 0) && !HEADER_PARTS.test(text) && !/^(from|to|cc):/i.test(text)) header.outlet ||= text;
      continue;
    }
    if (!seenBody && isNameplate(text) && !/[.!?”"]$/.test(text)) {
      header.outlet ||= text;
      continue;
    }
    // The headline: the first headline-like line above the text, unless that was only the site's nameplate
    // ("The West Highland Courier") or a strapline: the line right above the byline or the dated line is the headline.
    const isHeadlineLike = !seenBody && looksLikeHeadline(text) && !/[.!?”"]$/.test(text) && !isNameplate(text);
    if (isHeadlineLike && (!header.title || isNameplate(header.title) || isBylineLine(lines[i + 1] ?? '') || isDatedHeaderLine(lines[i + 1] ?? ''))) {
      // A nameplate, or the file's first line ("the midlands bulletin"), that a headline follows names the outlet.
      if (header.title && (isNameplate(header.title) || header.title === lines[0])) header.outlet ||= header.title;
      header.title = text;
      continue;
    }
    if (text === header.title) continue;
    // A newsletter's item or a community sheet's lead opens on a kicker in capitals ("WATER BILLS: IT WASN'T THE
    // METERS", "THE BIG ONE: Lotto players told they'd won. They hadn't."): with no headline above, it is the headline.
    if (!header.title && paragraphs.length <= 2 && KICKER_HEADLINE.test(text) && text.split(/\s+/).length <= 16) {
      header.title = text;
      continue;
    }
    const tag = AGENCY_TAG.exec(text);
    if (tag) header.outlet ||= tag[1]!;
    if (!seenBody) takeDateline(text, header);
    seenBody = true;
    paragraphs.push(text);
  }
  if (paragraphs.length === 0) return undefined;
  const id = `${file}#${index}`;
  const sentences = toSentences(id, paragraphs);
  if (sentences.length === 0) return undefined;
  const title = header.title || titleFromLead(sentences[0]!.text);
  const date = withFileDate(header.date || leadDate(sentences[0]!.text), file);
  return { id, file, index, title, outlet: header.outlet, date, byline: header.byline, body: paragraphs.join('\n\n'), sentences };
}

/** "By A and B Bloomberg News" → byline and outlet; returns what is left of the line. */
function takeByline(text: string, header: Header): string {
  const by = /^by\s+(.+)$/i.exec(text);
  if (!by) return text;
  let rest = by[1]!;
  const outlet = OUTLET_AT_END.exec(rest);
  if (outlet) {
    header.outlet ||= outlet[1]!;
    rest = rest.slice(0, outlet.index).trim();
  }
  header.byline ||= rest;
  return '';
}

/**
 * A header line that dates the report ("12 March 2025", "Updated 7 Oct 2025, 19:02 CEST", "Last updated:
 * 13/06/2025", "By Nikos Andreadis | Athens Morning Post | 4 October 2025"): the date (and an outlet named
 * between separators) go to the header. True when the line is header furniture, not news text.
 */
// ("Minutes of the ordinary meeting held on Tuesday 10 November 2026 …": the minutes are that meeting's.)
// ("Summary published Thursday 28 November 2052", "Page last updated …": the label may name what it dates; "Date of
// occurrence: Saturday 9 September" dates the event, not the page.)
const DATE_LABEL = /^(?:(?:summary|page|notice|report|minutes|statement|bulletin|record|entry|article|story|document|release|letter|circular|decision|order|advisory|alert)\s+)?(updated|published|posted|last (updated|modified)|first published|date(?! of (?:the )?(?:occurrence|incident|accident|event|birth|loss|fire|collision|spill|release|outbreak))|sent|released|issued|aired|broadcast|recorded|minutes of (?:the |a |an )?[\p{L} ]{0,40}?meeting held on)\b/iu;

const UPDATED_LABEL = /^(?:last\s+)?(?:updated|modified|revised)\b/i;

/** Separators of a header line's parts: "Environment · Friday 2 October 2026 · 5 min read", "Perth Daily Report — Health — …". */
const HEADER_PARTS = /\s+[|·•—–]\s+/;

/**
 * Above the headline, a two-word masthead ("ISLAND TIMES"), a kicker of short parts ("Explainer | Transport",
 * "Tasman Coast Times · LIVE") or an e-mail's "From:" line is furniture: taken for the text, it would end the
 * header before its date. (A longer nameplate, "The West Highland Courier", is isNameplate's.)
 */
function isHeaderFurniture(text: string): boolean {
  // A long line is text, whatever its separators: furniture is short (see MAX_BOILERPLATE_LINE).
  if (text.length > MAX_BOILERPLATE_LINE) return false;
  if (/^(from|to|cc):\s/i.test(text)) return true;
  const parts = text.split(HEADER_PARTS);
  // "Your neighborhood news · Eastbrook, Minn.": a strapline of short parts may end on an abbreviation's point.
  const endsAsSentence = parts.length > 1 ? /[!?:;,"”]$|\p{Ll}{4,}\.$/u.test(text) : /[.!?:;,"”]$/.test(text);
  if (endsAsSentence || findCalendarDate(text)) return false;
  if (parts.length === 1) return text.split(/\s+/).length <= 2;
  // A bar of three or more links ("▶ Listen on Apple Podcasts · Spotify · YouTube") has longer parts than a kicker.
  return parts.every((part) => part.split(/\s+/).length <= (parts.length >= 3 ? 5 : 4));
}

/** "Posted on 10 February 2027", or a header line with such a part ("English version · Posted on 10 February 2027"). */
function isLabelledDateLine(text: string): boolean {
  return DATE_LABEL.test(text) || (text.length <= MAX_BOILERPLATE_LINE && text.split(HEADER_PARTS).some((part) => DATE_LABEL.test(part.trim()) && findCalendarDate(part) !== undefined));
}

function takeDateLine(text: string, header: Header): boolean {
  const isLabelled = isLabelledDateLine(text);
  // A line ending as a sentence ends is news text, unless it ends with the year or the time ("4:15 p.m.") or is
  // labelled ("Updated: Sunday 2 August 2026, 10:00 · Aquamar Calablanca, S.L.").
  // ("Published: Monday 22 November 2032 · Last updated: … · Publisher: ÚRSO, … · Licence: CC BY 4.0 · Formats: CSV, JSON":
  // a data portal's line of short labelled parts may run long.)
  const isLongPartsLine = isLabelled && text.split(HEADER_PARTS).every((part) => part.split(/\s+/).length <= 8);
  if ((text.split(/\s+/).length > 20 && !isLongPartsLine) || (!isLabelled && /[.!?”"]$/.test(text) && !/(?:\d{4}|\d[ap]\.m|\d [ap]\.m)\.?$/i.test(text))) return false;
  const parts = outletAndDate(text) ?? text.split(HEADER_PARTS);
  const date = findCalendarDate(text);
  if (!date) return false;
  const dateShare = parts.length > 1 ? 1 : dateTextLength(text) / text.length;
  if (!isLabelled && dateShare < 0.4) return false;
  // ("First published: 10 June 2027 · Last updated: 26 August 2027": the page tells what was known at its last update.)
  const updated = [text, ...parts].map((part) => (UPDATED_LABEL.test(part.trim()) ? findCalendarDate(part) : undefined)).find((d) => d !== undefined);
  const day = isoDay(updated ?? date);
  if (updated && header.date && isFullDate(header.date) && isFullDate(day) && day > header.date) header.date = day;
  // ("Gökçeliman Marina fire, 14 July 2041 — update for policyholders" above "Update 4 · Posted Monday 5 August 2041":
  // a title's date is the event's; the labelled one is the page's.)
  else if (isLabelled && !header.dateLabelled && header.date && isFullDate(day) && (!isFullDate(header.date) || day > header.date)) header.date = day;
  else header.date ||= day;
  if (isLabelled) header.dateLabelled = true;
  for (const part of parts) {
    if (/^(?:compiled |written |reported )?by\s/i.test(part)) takeByline(part.replace(/^(?:compiled|written|reported)\s+/i, ''), header);
    else if (!findCalendarDate(part) && /^\p{Lu}[\p{L}'’&. -]{2,40}$/u.test(part) && !/\bmin(ute)?s? read\b/i.test(part)) {
      // "CREW BULLETIN" above "Wrenfield Flight Attendants Council · Tuesday, June 16, 2026": the body that
      // issues it, kept as the byline, names the report's subject as much as its text does.
      if (header.outlet && header.outlet !== part) header.byline ||= part;
      else header.outlet ||= part;
    }
  }
  return true;
}

/** "Xinhua News Agency, May 9, 1998", "Agence France-Presse -- 13 October 1998": an outlet, then the date. */
function outletAndDate(text: string): string[] | undefined {
  const line = /^(\p{Lu}[\p{L}'’&. -]{2,40}?)(?:,|\s+(?:--|[–—])|\s+[|·•])\s+(.+)$/u.exec(text);
  // "Updated Monday, January 26, 2026, 5:20 p.m." names no outlet before its date.
  if (!line || DATE_LABEL.test(line[1]!) || !findCalendarDate(line[2]!) || dateTextLength(line[2]!) / line[2]!.length < 0.6) return undefined;
  return [line[1]!.trim(), line[2]!];
}

/**
 * "Wednesday, 10 June 2026", "Hrabošice, Monday 30 November 2026", "Answer received: Wednesday, 7 October 2026",
 * "Thursday 15 October 2026, 19.30 · Ravnsbjerg Hallen": a date and at most a place, a label or a header's other parts.
 */
function isDateAlone(text: string): boolean {
  if (text.split(/\s+/).length > 14) return false;
  return text.split(HEADER_PARTS).some((part) => {
    const rest = part.replace(/^(?:\p{Lu}[\p{L}'’.-]*(?: \p{L}[\p{L}'’.-]*){0,2},|[\p{L} ]{2,30}:)\s+/u, '');
    return rest.length > 0 && dateTextLength(rest) / rest.length >= 0.8;
  });
}

function dateTextLength(text: string): number {
  // The date and its time and zone ("Thursday 5 June 2025, 14:20 CEST") against the whole line.
  // (A notice's "Valjevo, 14 December 2068 (Friday)" gives its weekday after it, in brackets.)
  const found = /(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}\s+\p{L}+\.?,?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4})(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)?(?:\s*\((?:mon|tues|wednes|thurs|fri|satur|sun)day\))?/iu.exec(text);
  return found ? found[0].length : 0;
}

const LEAD_DATE = new RegExp(
  `\\bon (${capitalised(WEEKDAY_ALTERNATIVES)}),? (?:\\d{1,2} (?:${capitalised(MONTH_ALTERNATIVES)})|(?:${capitalised(MONTH_ALTERNATIVES)}) \\d{1,2})(?:,? \\d{4})?\\b`,
);

/**
 * A report without a dated header often dates its news in the lead: "…, the council announced on Wednesday
 * 10 September 2025", "… resigned on Tuesday 17 February". Only a weekday with the date counts: "began on
 * 24 February 2022" dates an earlier event, and a lead names the news day with its weekday. A full date must
 * agree with its weekday; a day and month alone are kept as such ('--02-17') and take the source's year.
 */
function leadDate(lead: string): string {
  const found = LEAD_DATE.exec(lead);
  const date = found ? findCalendarDate(found[0]) : undefined;
  if (!found || !date) return '';
  if (date.year === undefined) return isoDay(date);
  const day = new Date(Date.UTC(date.year, date.month - 1, date.day));
  return day.getUTCMonth() === date.month - 1 && day.getUTCDay() === weekdayIndex(found[1]!) ? isoDay(date) : '';
}

/**
 * Wire archives name a file by its agency and day ("APW19980715.0412.txt"), and saved pages often carry the
 * day too ("2025-05-23-swap.txt"): when the text gives no date, or a day without its year ("DHAKA, July 16
 * (Reuters)"), the file name's day dates the report.
 */
function withFileDate(date: string, file: string): string {
  if (isFullDate(date)) return date;
  const named = /(?<!\d)((?:19|20)\d\d)-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?!\d)/.exec(file);
  if (!named) return date;
  const [, year, month, day] = named;
  const fromName = `${year}-${month}-${day}`;
  if (new Date(`${fromName}T12:00:00Z`).toISOString().slice(0, 10) !== fromName) return date;
  // A dateline's day and month stand; the name gives their year when it names the same month.
  if (date.startsWith('--')) return date.slice(2, 4) === month ? `${year}${date.slice(1)}` : date;
  return fromName;
}

/**
 * Raise when a change to how stories are read (headers, dates, titles) should reach stories already indexed:
 * a stored index built by another version is rebuilt from its sources.
 */
export const STORY_READER_VERSION = '17';

// "MANRESA, Spain, June 9 (Mediterranean Newswire) - ", "BANGOR, Maine (Northeast Wire) — ", "NAIROBI, Kenya (AP) _ ".
const DATELINE = /^((?:\p{Lu}[\p{Lu}\p{M} .'’-]{1,40})(?:,\s*[\p{L}\p{M}\p{N} .'’-]{2,30}){0,3}\s*)?\(([\p{L}][\p{L} .&'’-]{1,40})\)\s*(?:[—–_-]{1,2}|:)\s+/u;

/** A wire dateline on the first paragraph gives the place, the outlet and often the day. */
function takeDateline(text: string, header: Header): void {
  const dateline = DATELINE.exec(text);
  if (!dateline) return;
  header.outlet ||= dateline[2]!.trim();
  const date = dateline[1] ? findCalendarDate(dateline[1]) : undefined;
  if (date) header.date ||= isoDay(date);
}

/**
 * Page furniture is a short line; a longer one is a paragraph of news. The cap also keeps the unanchored
 * patterns (the cookie line) from scanning a 2 MB line once per match attempt.
 */
const MAX_BOILERPLATE_LINE = 500;

function isBoilerplate(text: string): boolean {
  if (text.length > MAX_BOILERPLATE_LINE) return false;
  return BOILERPLATE.some((pattern) => pattern.test(text));
}

/** Headings inside a body ("CEASEFIRE?", "Ukraine wary of Russia's intent") are not sentences to quote. */
function isSubheading(paragraph: string): boolean {
  const words = paragraph.split(/\s+/).length;
  if (words <= 6 && paragraph === paragraph.toUpperCase() && /\p{Lu}/u.test(paragraph)) return true;
  return words <= 12 && !/[.!?:;,"”’)]$/.test(paragraph) && !/^[•·▪*-]\s/.test(paragraph);
}

function toSentences(storyId: string, paragraphs: string[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of paragraphs) {
    if (isSubheading(paragraph)) continue;
    const text = paragraph.replace(/^[•·▪*-]\s+/, '');
    for (const span of splitSentences(text)) {
      const quoted = stripLeadIn(span.text);
      // A photo credit such as "(Russian Defense Ministry/AFP)" is not a sentence.
      if (/^\([^)]*\)$/.test(quoted)) continue;
      sentences.push({ id: `${storyId}:${sentences.length}`, storyId, index: sentences.length, text: quoted });
    }
  }
  return sentences;
}

/** A dateline or agency tag ("WASHINGTON: ", "(Bloomberg) — ") is not part of the sentence we quote. */
function stripLeadIn(text: string): string {
  const agency = /^\([\p{L} .&]+\)\s*[—–_-]\s*/u.exec(text) ?? DATELINE.exec(text);
  if (agency) return text.slice(agency[0].length);
  const dateline = /^[\p{Lu}][\p{Lu} .,'’-]{2,60}(?:,\s*[\p{L} ]{2,30})?:\s+(?=\p{Lu})/u.exec(text);
  if (dateline && dateline[0].replace(/,.*$/, '') === dateline[0].replace(/,.*$/, '').toUpperCase()) {
    return text.slice(dateline[0].length);
  }
  return text;
}

function titleFromLead(lead: string): string {
  const words = lead.split(/\s+/);
  if (words.length <= 16) return lead.replace(/[.!?]$/, '');
  return words.slice(0, 14).join(' ').replace(/[,;:—–-]+$/, '') + '…';
}
