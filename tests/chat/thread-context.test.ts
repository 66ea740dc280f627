import { describe, expect, it } from 'vitest';
import { isFollowUp, resolveFollowUp, ThreadMemory } from '../../src/chat/thread-context.ts';

describe('resolveFollowUp', () => {
  it.each([
    ['how many civilians were freed?', 'and soldiers?', 'how many soldiers were freed?'],
    ['How many were exchanged?', 'and civilians?', 'How many civilians were exchanged?'],
    ['How many were exchanged?', 'and on Saturday?', 'How many were exchanged on Saturday?'],
    ['Did Putin attend the talks?', 'what about Zelensky?', 'Did Zelensky attend the talks?'],
  ])('reads "%s" then "%s" as "%s"', (previous, followUp, expected) => {
    expect(resolveFollowUp(previous, followUp)).toBe(expected);
  });

  it('leaves a question that stands on its own unchanged', () => {
    expect(resolveFollowUp('How many were exchanged?', 'Who mediated previous swaps?')).toBe('Who mediated previous swaps?');
  });

  it('leaves a follow-up unchanged when the thread has no earlier question', () => {
    expect(resolveFollowUp(undefined, 'and soldiers?')).toBe('and soldiers?');
  });
});

describe('isFollowUp', () => {
  it.each(['and soldiers?', 'what about Russia?', 'on Saturday?'])('treats "%s" as a follow-up', (text) => {
    expect(isFollowUp(text)).toBe(true);
  });

  it('treats a full question as new', () => {
    expect(isFollowUp('How many civilians were freed on Friday?')).toBe(false);
  });
});

describe('ThreadMemory', () => {
  it('forgets the oldest thread once it holds more than its capacity', () => {
    const memory = new ThreadMemory(2);
    memory.remember('a', 'first?');
    memory.remember('b', 'second?');
    memory.remember('c', 'third?');
    expect([memory.lastQuestion('a'), memory.lastQuestion('b'), memory.lastQuestion('c')]).toEqual([undefined, 'second?', 'third?']);
  });
});

describe('a long thread of follow-ups', () => {
  it('keeps the combined question bounded after sixty follow-ups', () => {
    let question = 'how many prisoners were exchanged?';
    for (let turn = 0; turn < 60; turn++) question = resolveFollowUp(question, `and on day ${turn}?`);
    expect(question.length).toBeLessThanOrEqual(300);
    expect(question).toContain('on day 59');
  });
});
