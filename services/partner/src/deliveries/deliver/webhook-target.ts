import { lookup } from 'node:dns/promises';
import ipaddr from 'ipaddr.js';

/**
 * Webhook URLs are chosen by partners, and the partner service posts from inside the platform's
 * network: a URL pointing at a private, loopback or link-local address (the cloud metadata service,
 * NATS' monitoring port, MongoDB…) would make it a proxy into that network (SSRF). Only globally
 * routable unicast addresses are allowed, unless the deployment explicitly allows private targets
 * (local development, tests with a receiver on 127.0.0.1).
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress())
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  return parsed.range() === 'unicast';
}

/** Why `url` may not receive webhooks, or undefined when every address its host resolves to is public. */
export async function privateTargetReason(url: string): Promise<string | undefined> {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = ipaddr.isValid(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  } catch {
    return `its host ${host} does not resolve`;
  }
  const blocked = addresses.find((a) => !isPublicAddress(a));
  return blocked ? `its host ${host} resolves to a non-public address (${blocked})` : undefined;
}
