// /brief and /ask over HTTP: signed slash commands in, acks and response_url answers out.
import { afterEach, describe, expect, it } from 'vitest';
import { sendSigned } from '../../standins/slack.ts';
import { SIGNING_SECRET, blockTexts, closeHarnesses, firstSection, startHarness } from './harness.ts';

afterEach(closeHarnesses);

describe('Slack slash commands', () => {
  it('acks /brief at once, then posts the digest in the channel with both stories and their sources', async () => {
    const { standin, url, briefing, release } = await startHarness({ holdAnswers: true });
    // The digest is held back, so this 200 can only be the ack (Bolt answers 404 when none comes within 3 s).
    const sent = await standin.sendSlashCommand(url, SIGNING_SECRET, { command: '/brief', text: '', channel_id: 'C0NEWS' });
    expect(sent.status).toBe(200);
    expect(sent.body).toBe('');
    expect(standin.responses).toEqual([]);
    release();

    const response = await standin.waitForResponse((r) => r.id === sent.responseId);
    expect(response.body.response_type).toBe('in_channel');
    const digest = await briefing.digest();
    expect(digest.stories.map((s) => s.headline)).toEqual([
      expect.stringMatching(/prisoner/i), // the seeds hold two stories: the swap…
      expect.stringMatching(/Florida/), // …and the talks in Florida
    ]);
    const texts = blockTexts(response.body.blocks);
    expect(texts[0]).toBe('Today’s brief');
    expect(texts.filter((t) => /^\*\d\. /.test(t)).map((t) => t.split('*')[1])).toEqual(digest.stories.map((s, i) => `${i + 1}. ${s.headline}`));
    const sources = texts.filter((t) => t.startsWith('*Sources*')).join('\n');
    for (const citation of digest.citations) {
      expect(sources).toContain(`[${citation.n}] ${citation.outlet} — ${citation.title}`);
    }
    expect(response.body.text).toMatch(/^Today’s brief\n1\. /);
  });

  it('answers /brief help only to the asker, with usage and examples', async () => {
    const { standin, url } = await startHarness();
    const sent = await standin.sendSlashCommand(url, SIGNING_SECRET, { command: '/brief', text: 'help' });
    expect(sent.status).toBe(200);

    const response = await standin.waitForResponse((r) => r.id === sent.responseId);
    expect(response.body.response_type).toBe('ephemeral');
    const texts = blockTexts(response.body.blocks).join('\n');
    expect(texts).toContain('`/brief subscribe 07:30 Europe/Kyiv [daily|weekdays|weekends|mon,wed,fri]` — Post the brief here every day at a local time');
    expect(texts).toContain('`/ask &lt;question&gt;`');
    expect(texts).toContain('*Examples*\n`/ask how many prisoners were exchanged?`');
  });

  it('answers /ask with 390 and the source sentence quoted verbatim, with its outlet and title', async () => {
    const { standin, url } = await startHarness();
    const sent = await standin.sendSlashCommand(url, SIGNING_SECRET, { command: '/ask', text: 'how many were exchanged?' });
    expect(sent.status).toBe(200);

    const response = await standin.waitForResponse((r) => r.id === sent.responseId);
    expect(response.body.response_type).toBe('in_channel');
    expect(firstSection(response.body)).toMatch(/\b390\b/);
    const quote = '> “President Volodymyr Zelenskiy said Ukraine took in 390 people from captivity in Russia a week after the two sides agreed on exchanging 1,000 prisoners each in talks in Istanbul.”';
    const citation = blockTexts(response.body.blocks).find((t) => t.startsWith(quote));
    expect(citation).toMatch(/”\n\[\d+\] Bloomberg — Ukraine and Russia Begin Biggest Wartime Exchange of Prisoners$/);
  });

  it('says plainly when the stories do not answer /ask', async () => {
    const { standin, url } = await startHarness();
    const sent = await standin.sendSlashCommand(url, SIGNING_SECRET, { command: '/ask', text: 'What is the capital of Australia?' });
    expect(sent.status).toBe(200);

    const response = await standin.waitForResponse((r) => r.id === sent.responseId);
    expect(firstSection(response.body)).toMatch(/^\*Not in today’s stories\.\* .*Australia/);
    expect(response.body.text).toMatch(/^Not in today’s stories\./);
  });

  it('answers an empty /ask only to the asker, saying what to type', async () => {
    const { standin, url } = await startHarness();
    const sent = await standin.sendSlashCommand(url, SIGNING_SECRET, { command: '/ask', text: '' });
    expect(sent.status).toBe(200);

    const response = await standin.waitForResponse((r) => r.id === sent.responseId);
    expect(response.body.response_type).toBe('ephemeral');
    expect(firstSection(response.body).length).toBeGreaterThan(10);
  });

  it('rejects a slash command with a bad signature with 401 and answers nothing', async () => {
    const { standin, url } = await startHarness();
    const body = new URLSearchParams({ command: '/ask', text: 'how many were exchanged?', response_url: standin.responseUrl() }).toString();
    const sent = await sendSigned(url, SIGNING_SECRET, body, 'application/x-www-form-urlencoded', { badSignature: true });
    expect(sent.status).toBe(401);

    // A good command afterwards is answered; the forged one never was.
    const good = await standin.sendSlashCommand(url, SIGNING_SECRET, { command: '/brief', text: 'help' });
    await standin.waitForResponse((r) => r.id === good.responseId);
    expect(standin.responses).toHaveLength(1);
  });
});
