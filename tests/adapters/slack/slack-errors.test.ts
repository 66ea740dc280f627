import { describe, expect, it } from 'vitest';
import { describeDeliveryError, readErrorCode } from '../../../src/adapters/slack/slack-errors.ts';

describe('Slack delivery errors in the log', () => {
  it.each([
    ['our fetch deadline', new DOMException('The operation was aborted due to timeout', 'TimeoutError')],
    ['the Web API client wrapping a timeout', Object.assign(new Error('A request error occurred: timeout'), { code: 'slack_webapi_request_error', original: new DOMException('aborted', 'TimeoutError') })],
  ])('calls %s a timeout, not a refusal', (_case, err) => {
    const line = describeDeliveryError(readErrorCode(err), 'C0NEWS', 'briefing');
    expect(line).toMatch(/^Slack did not answer in time while posting to C0NEWS \(timeout\)/);
    expect(line).not.toContain('refused');
  });

  it('calls an unreachable Slack unreachable, not a refusal', () => {
    const err = Object.assign(new Error('A request error occurred: connect ECONNREFUSED'), { code: 'slack_webapi_request_error' });
    expect(describeDeliveryError(readErrorCode(err), 'C0NEWS', 'briefing')).toMatch(/^Slack could not be reached while posting to C0NEWS/);
  });
});
