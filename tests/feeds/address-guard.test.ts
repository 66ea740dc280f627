// Which addresses a feed or article may be fetched from.
import { describe, expect, it } from 'vitest';
import { isPublicAddress } from '../../src/feeds/address-guard.ts';
import { createHostLimit } from '../../src/feeds/host-limit.ts';
import { decodeText } from '../../src/feeds/charset.ts';

describe('isPublicAddress', () => {
  it.each([
    '127.0.0.1', '127.1.2.3', '10.0.0.1', '172.16.5.4', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0',
    '224.0.0.1', '255.255.255.255', '::1', '::', 'fc00::1', 'fd12:3456::1', 'fe80::1', '::ffff:127.0.0.1', '::ffff:7f00:1',
    '::ffff:8.8.8.8', '0:0:0:0:0:ffff:a00:1', '[::1]', 'fe80::1%eth0', 'not-an-address',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['8.8.8.8', '93.184.216.34', '172.32.0.1', '2606:4700:4700::1111', '2001:4860:4860::8888'])('allows the public address %s', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe('createHostLimit', () => {
  it('runs at most the given number of tasks at once for one host, and others beside them', async () => {
    const limit = createHostLimit(2);
    let running = 0;
    let most = 0;
    const releases: Array<() => void> = [];
    const task = () =>
      new Promise<void>((resolve) => {
        running += 1;
        most = Math.max(most, running);
        releases.push(() => {
          running -= 1;
          resolve();
        });
      });
    const all = [1, 2, 3, 4].map(() => limit.run('news.example', task));
    const other = limit.run('other.example', task);
    await Promise.resolve();
    expect(running).toBe(3);
    while (releases.length > 0) {
      releases.shift()!();
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all([...all, other]);
    expect(most).toBe(3);
  });
});

describe('decodeText', () => {
  it.each([
    ['the Content-Type header', Buffer.from('Café', 'latin1'), 'text/xml; charset=ISO-8859-1'],
    ['the XML declaration', Buffer.from('<?xml version="1.0" encoding="iso-8859-1"?><t>Café</t>', 'latin1'), 'application/xml'],
    ['an HTML meta tag', Buffer.from('<html><head><meta charset="windows-1252"></head><body>Café</body></html>', 'latin1'), 'text/html'],
    ['nothing (UTF-8)', Buffer.from('Café', 'utf8'), undefined],
  ])('reads the charset from %s', (_case, bytes, contentType) => {
    expect(decodeText(bytes, contentType)).toContain('Café');
  });
});
