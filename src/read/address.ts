// Which network addresses a server may fetch from on a caller's behalf: public unicast only, never
// loopback, private, link-local (cloud metadata at 169.254.169.254), carrier-grade NAT or reserved
// ranges, so that `summarize serve` cannot be used to reach the host's own network.
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import ipaddr from 'ipaddr.js';
import { InputError } from '../errors.js';

/** Whether an IP address (v4 or v6, IPv4-mapped v6 unwrapped) is public unicast. */
export const isPublicAddress = (address: string): boolean => {
  if (!ipaddr.isValid(address)) return false;
  let ip = ipaddr.parse(address);
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  return ip.range() === 'unicast';
};

const refused = (host: string, address: string): InputError =>
  new InputError(`${host}: refused: ${address} is not a public address (see --allow-private-urls)`, 'EPRIVATE');

/** A URL whose host is an IP literal is checked here; names are checked when they resolve. */
export const checkLiteralHost = (url: URL): void => {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (ipaddr.isValid(host) && !isPublicAddress(host)) throw refused(url.hostname, host);
};

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * dns.lookup that fails when any address a name resolves to is not public: used by the connection
 * itself, so a name cannot resolve to a public address when checked and a private one when used.
 */
export const publicLookup = (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err !== null) return callback(err, []);
    const bad = addresses.find((a) => !isPublicAddress(a.address));
    if (bad !== undefined) {
      const error = refused(hostname, bad.address) as InputError & NodeJS.ErrnoException;
      return callback(error, []);
    }
    if (options.all === true) return callback(null, addresses);
    const first = addresses[0]!;
    return callback(null, first.address, first.family);
  });
};
