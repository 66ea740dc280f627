// The playground page in Debian's Chromium (playwright-core), against the real adapter, chat layer and
// scheduler in this process. The scheduler's clock is injected, so a subscribed brief arrives on demand.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createScheduleCommands } from '../../src/chat/commands/subscribe.ts';
import { silentLogger } from '../../src/log.ts';
import { createScheduler, type Scheduler } from '../../src/schedule/scheduler.ts';
import { openDatabase, type Database } from '../../src/store/db.ts';
import { createFeedbackStore, type FeedbackStore } from '../../src/store/feedback.ts';
import { sqliteStore, type Store } from '../../src/store/store.ts';
import { createSeedBriefing, startPlayground, type StartedPlayground } from '../adapters/playground/start-playground.ts';

// The page's globals as far as page.evaluate uses them here: tsconfig has no DOM lib, and a
// `/// <reference lib="dom" />` would let DOM names into every file of the program.
interface PageElement {
  matches(selector: string): boolean;
  dataset: Record<string, string | undefined>;
  textContent: string | null;
  classList: { contains(name: string): boolean };
  getBoundingClientRect(): { top: number; bottom: number };
}
declare const document: { activeElement: PageElement | null; querySelector(selector: string): PageElement | null; getElementById(id: string): PageElement | null };
declare const window: Record<string, unknown>;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');
const DOCS_SCREENSHOT = join(ROOT, 'docs/playground.png');
const MAX_DOCS_SCREENSHOT_BYTES = 150_000;
const DOCS_VIEWPORTS = [{ width: 1280, height: 800 }, { width: 1120, height: 700 }, { width: 1024, height: 640 }, { width: 960, height: 600 }];

// This machine's closed network refuses Chromium's background connections, so they are switched off.
const CHROMIUM_ARGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let browser: Browser;
let playground: StartedPlayground;
let scheduler: Scheduler;
let db: Database;
let store: Store;
let feedback: FeedbackStore;
let dataDir: string;
let now = new Date('2026-01-05T05:00:00Z'); // Monday 07:00 in Kyiv (UTC+2)
const clock = (): Date => now;

let context: BrowserContext | undefined;
/** Uncaught page errors and Content-Security-Policy refusals: each one is a bug in the page. */
let pageErrors: string[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'playground-e2e-'));
  db = openDatabase(join(dataDir, 'briefing.sqlite'));
  store = sqliteStore(db);
  const briefing = createSeedBriefing(clock);
  scheduler = createScheduler({ store, briefing, post: (channel, reply) => playground.adapter.post(channel.channelId, reply), log: silentLogger, now: clock });
  const schedule = createScheduleCommands({ subscriptions: store.subscriptions, preview: (channel) => scheduler.previewFor(channel), now: clock });
  feedback = createFeedbackStore(db);
  playground = await startPlayground({ briefing, now: clock, schedule, feedback });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  mkdirSync(ARTIFACTS, { recursive: true });
  mkdirSync(dirname(DOCS_SCREENSHOT), { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await playground?.adapter.stop();
  await store?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

afterEach(async () => {
  await context?.close();
  context = undefined;
  expect(pageErrors).toEqual([]);
  pageErrors = [];
});

async function openPage(viewport = { width: 1280, height: 800 }): Promise<Page> {
  // Reduced motion: scrolling jumps, so a screenshot never catches it halfway.
  context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  page.on('pageerror', (err) => pageErrors.push(err.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Uncaught/i.test(message.text())) pageErrors.push(message.text());
  });
  await page.goto(playground.url);
  await page.locator('#live-status[data-state="live"]').waitFor();
  await page.locator('#sources-list .story').first().waitFor();
  return page;
}

async function sendInChannel(page: Page, text: string): Promise<void> {
  await page.locator('#composer-input').fill(text);
  await page.locator('#composer-input').press('Enter');
}

const lastBotMessage = (page: Page, list = '#messages') => page.locator(`${list} .message-bot:not([aria-busy])`).last();

describe('playground page', () => {
  it('answers /ask with the figure and a citation, showing "thinking…" meanwhile', async () => {
    const page = await openPage();
    await expect(page.locator('#empty-state').isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: '/ask how many people returned from captivity?' }).click();
    expect(await page.locator('#composer-input').inputValue()).toBe('/ask how many people returned from captivity?');

    // Hold the answer back a moment, so the indicator can be seen.
    await page.route('**/api/events', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 600));
      await route.continue();
    });
    await page.locator('#composer-input').press('Enter');
    await page.locator('#messages .thinking').waitFor();
    const answer = lastBotMessage(page).locator('.answer');
    await answer.waitFor();
    expect(await page.locator('#messages .thinking').count()).toBe(0);
    expect(await answer.locator('.figure').textContent()).toMatch(/^390\b/);
    expect(await answer.locator('blockquote').first().textContent()).toContain('390 people had returned from captivity in Russia');
    expect(await answer.locator('.quote-source .outlet').first().textContent()).toBe('Bloomberg News');
    expect(await page.locator('#empty-state').isVisible()).toBe(false);

    await answer.locator('button.cite').first().click();
    await page.mouse.move(1, 400); // no hover colour in the pictures
    await page.screenshot({ path: join(ARTIFACTS, 'channel.png') });
    // The README's copy: the largest of these windows whose PNG fits the size budget.
    let docsShot: Buffer | undefined;
    for (const viewport of DOCS_VIEWPORTS) {
      await page.setViewportSize(viewport);
      await answer.locator('button.cite').first().click();
      await page.mouse.move(1, 400);
      docsShot = await page.screenshot();
      if (docsShot.length < MAX_DOCS_SCREENSHOT_BYTES) break;
    }
    expect(docsShot!.length).toBeLessThan(MAX_DOCS_SCREENSHOT_BYTES);
    writeFileSync(DOCS_SCREENSHOT, docsShot!);
  });

  it('opens the cited story with exactly the quoted sentence highlighted and in view, from the keyboard alone', async () => {
    const page = await openPage();
    await page.keyboard.type('/ask how many people returned from captivity?');
    await page.keyboard.press('Enter');
    await lastBotMessage(page).locator('.answer').waitFor();
    // The [n] buttons come before the message box in the focus order.
    for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.matches('button.cite'))); i++) await page.keyboard.press('Shift+Tab');
    const cite = await page.evaluate(() => ({ sentence: document.activeElement?.dataset.sentence }));
    expect(cite.sentence).toMatch(/#\d+:\d+$/);
    await page.keyboard.press('Enter');

    const highlighted = page.locator('.sentence.is-highlighted');
    await highlighted.waitFor();
    expect(await highlighted.count()).toBe(1);
    expect(await highlighted.getAttribute('data-sentence-id')).toBe(cite.sentence);
    const quote = await lastBotMessage(page).locator(`.quote-source:has(button.cite[data-sentence="${cite.sentence}"])`).locator('xpath=preceding-sibling::blockquote').textContent();
    expect(await highlighted.textContent()).toBe(quote);
    await page.waitForFunction(() => {
      const sentence = document.querySelector('.sentence.is-highlighted')!.getBoundingClientRect();
      const panel = document.getElementById('sources-list')!.getBoundingClientRect();
      return sentence.top >= panel.top && sentence.bottom <= panel.bottom;
    });
    expect(await page.evaluate(() => document.activeElement?.classList.contains('is-highlighted'))).toBe(true);
  });

  it('records a click on an answer’s helpful button, then a changed vote, and says so beside the buttons', async () => {
    const page = await openPage();
    await sendInChannel(page, '/ask how many prisoners were exchanged?');
    const answer = lastBotMessage(page);
    await answer.locator('.answer').waitFor();
    const helpful = answer.getByRole('button', { name: 'Helpful' });
    const wrong = answer.getByRole('button', { name: 'Wrong or unsupported' });
    const status = answer.locator('.feedback-status');

    await helpful.click();
    await status.filter({ hasText: 'Thanks! Noted that this answer was helpful.' }).waitFor();
    expect([await helpful.getAttribute('aria-pressed'), await wrong.getAttribute('aria-pressed')]).toEqual(['true', 'false']);

    await wrong.click();
    await status.filter({ hasText: 'Vote changed: this answer is now marked as wrong or unsupported.' }).waitFor();
    expect([await helpful.getAttribute('aria-pressed'), await wrong.getAttribute('aria-pressed')]).toEqual(['false', 'true']);
    await answer.locator('.feedback').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'feedback.png') });
    const votes = (await feedback.list()).filter((f) => f.question === 'how many prisoners were exchanged?');
    expect(votes.map((f) => [f.verdict, f.platform, f.channelId])).toEqual([['down', 'playground', 'general']]);
  });

  it('posts /brief with both of the day’s stories', async () => {
    const page = await openPage();
    await sendInChannel(page, '/brief');
    const digest = lastBotMessage(page).locator('.digest');
    await digest.waitFor();
    expect(await digest.locator('.digest-story h4').allTextContents()).toEqual([
      '1. Ukraine and Russia Begin Biggest Wartime Exchange of Prisoners',
      '2. US, Russian officials to meet in Florida for more Ukraine talks',
    ]);
  });

  it('answers @bot in a thread, keeps the context for a follow-up there, and closes the thread with Escape', async () => {
    const page = await openPage();
    await sendInChannel(page, '@bot how many prisoners were exchanged?');
    const threadAnswer = lastBotMessage(page, '#thread-messages').locator('.answer');
    await threadAnswer.waitFor();
    expect(await page.locator('#thread-pane').isVisible()).toBe(true);
    expect(await page.locator('#messages .answer').count()).toBe(0);
    expect(await page.locator('#messages .thread-link').textContent()).toBe('1 reply');

    await page.locator('#thread-input').fill('and on Saturday?');
    await page.locator('#thread-input').press('Enter');
    await page.locator('#thread-messages .message-bot:not([aria-busy]) .answer').nth(1).waitFor();
    // Read in the thread, "and on Saturday?" asks the thread's question about Saturday; alone it asks something else.
    const inContext = await playground.briefing.ask('how many prisoners were exchanged on Saturday?');
    const alone = await playground.briefing.ask('and on Saturday?');
    expect(inContext.citations[0]?.quote).not.toBe(alone.citations[0]?.quote);
    expect(await lastBotMessage(page, '#thread-messages').locator('blockquote').first().textContent()).toBe(inContext.citations[0]?.quote);
    expect(await page.locator('#messages .thread-link').textContent()).toBe('3 replies');

    await page.keyboard.press('Escape');
    expect(await page.locator('#thread-pane').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('thread-link'))).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.locator('#thread-messages .message').count()).toBe(4);
  });

  it('subscribes the channel and shows the scheduled brief when it is due, without a reload', async () => {
    const page = await openPage();
    await page.evaluate(() => Object.assign(window, { loadedOnce: true }));
    await sendInChannel(page, '/brief subscribe 07:30 Europe/Kyiv');
    await lastBotMessage(page).locator('.notice-success').waitFor();
    expect(await lastBotMessage(page).textContent()).toContain('Subscribed: this channel gets the morning brief at 07:30 Europe/Kyiv');

    now = new Date('2026-01-05T05:30:00Z');
    await scheduler.runDueSlots(now);
    const brief = lastBotMessage(page);
    await brief.locator('.digest-title', { hasText: 'Morning brief' }).waitFor();
    expect(await brief.locator('.message-label').textContent()).toBe('Scheduled');
    expect(await page.evaluate(() => window.loadedOnce)).toBe(true);
  });

  it('shows a readable error for a bad command and when the server cannot be reached', async () => {
    const page = await openPage();
    await sendInChannel(page, '/weather in Kyiv');
    const refused = page.locator('#messages [role="alert"]').last();
    await refused.waitFor();
    expect(await refused.textContent()).toContain('"/weather" is not a command here');

    await page.route('**/api/events', (route) => route.abort('internetdisconnected'));
    await sendInChannel(page, '/brief');
    await page.locator('#messages [role="alert"]', { hasText: 'Could not reach the playground server' }).waitFor();
    expect(await page.locator('#composer-input').inputValue()).toBe('/brief');
  });

  it('stacks the panes on a narrow window', async () => {
    const page = await openPage({ width: 600, height: 900 });
    const channel = await page.locator('.channel').boundingBox();
    const sources = await page.locator('.sources').boundingBox();
    expect(channel!.width).toBeGreaterThan(560);
    expect(sources!.y).toBeGreaterThanOrEqual(channel!.y + channel!.height - 1);
    await page.screenshot({ path: join(ARTIFACTS, 'narrow.png'), fullPage: true });
  });
});
