// The server-side request forgery guard: a feed or article URL may only reach public addresses. The host
// name is resolved here and the connection goes to the address that was checked (a custom `lookup`), so
// a name that resolves to 127.0.0.1, or changes its answer between check and connect, cannot slip past.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

const NON_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network", 0.0.0.0 reaches the local host
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata (169.254.169.254)
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  NON_PUBLIC.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['fc00::', 7], // unique-local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // old site-local
  ['ff00::', 8], // multicast
  ['64:ff9b::', 96], // NAT64: wraps an IPv4 address
  ['2002::', 16], // 6to4: wraps an IPv4 address
] as const) {
  NON_PUBLIC.addSubnet(network, prefix, 'ipv6');
}

/** The eight 16-bit groups of an IPv6 address (`::` expanded, a dotted IPv4 tail converted). */
function ipv6Groups(address: string): number[] {
  let text = address;
  const tail = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (tail) {
    const [a, b, c, d] = tail[1]!.split('.').map(Number) as [number, number, number, number];
    text = `${text.slice(0, tail.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', rest] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = rest ? rest.split(':') : [];
  const zeros = rest === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right].map((g) => parseInt(g, 16));
}

/** The IPv4 address inside an IPv4-mapped (`::ffff:127.0.0.1`) or IPv4-compatible IPv6 address, if any. */
function embeddedIpv4(address: string): string | undefined {
  const groups = ipv6Groups(address);
  if (groups.length !== 8 || groups.slice(0, 5).some((g) => g !== 0)) return undefined;
  if (groups[5] !== 0xffff && groups[5] !== 0) return undefined;
  const [high = 0, low = 0] = groups.slice(6);
  if (groups[5] === 0 && high === 0) return undefined; // :: and ::1 are checked as IPv6 below
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** True when the address is a public unicast address (not loopback, private, link-local, unique-local …). */
export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 0) return false;
  if (family === 4) return !NON_PUBLIC.check(bare, 'ipv4');
  // A public host has no reason to answer with an IPv4-mapped address; refusing them all is simplest.
  if (embeddedIpv4(bare) !== undefined) return false;
  return !NON_PUBLIC.check(bare, 'ipv6');
}

/** Why a URL's host may not be fetched: names the host and its address, and the setting that allows it. */
export function refusalFor(host: string, address: string): string {
  const where = host.replace(/^\[|\]$/g, '') === address ? address : `${host} resolves to ${address}`;
  return `refused ${where}: it is a private or local address, and feeds and articles must be on public addresses`
    + ` (set BRIEFING_ALLOW_PRIVATE_URLS=true to allow them, e.g. for a feed on your own network)`;
}

export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

export const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) => dnsLookup(hostname, { all: true, verbatim: true }, (err, addresses) => (err ? reject(err) : resolve(addresses))));

/** Thrown from the lookup so the request fails before any connection is made; the fetcher turns it into a problem. */
export class RefusedAddressError extends Error {
  override name = 'RefusedAddressError';
}

/** Which addresses a request may connect to. */
export type AddressPolicy = (address: string) => boolean;

export const anyAddress: AddressPolicy = () => true;

/**
 * A `lookup` for http.request: resolves with `resolver`, refuses the host when any of its addresses is not
 * allowed by the policy, and hands net.connect only the addresses it checked.
 */
export function guardedLookup(resolver: Resolver, isAllowed: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    resolver(hostname).then(
      (addresses) => {
        const family = typeof options.family === 'number' ? options.family : 0;
        const usable = addresses.filter((a) => family === 0 || a.family === family);
        const refused = usable.find((a) => !isAllowed(a.address));
        if (refused) return callback(new RefusedAddressError(refusalFor(hostname, refused.address)), '', 4);
        const first = usable[0];
        if (!first) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 4);
        if (options.all) return (callback as unknown as (err: null, all: LookupAddress[]) => void)(null, usable);
        callback(null, first.address, first.family);
      },
      (err: Error) => callback(err as NodeJS.ErrnoException, '', 4),
    );
  };
}
