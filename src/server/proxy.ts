/**
 * Who is the client, behind a reverse proxy? `X-Forwarded-For` and `X-Forwarded-Proto` are
 * believed only from the proxies named in TRUSTED_PROXIES (src/server/config.ts); from anyone
 * else they are ignored, so a client cannot pick the address the rate limits count.
 * The address chain is walked by proxy-addr (the library Express uses): from the socket's peer
 * back through X-Forwarded-For, as long as each hop is trusted; the first untrusted hop is the client.
 */
import proxyaddr from 'proxy-addr';
import type { IncomingHttpHeaders } from 'node:http';

export type TrustProxy = (address: string, hop: number) => boolean;

/**
 * TRUSTED_PROXIES: empty (trust nobody), a hop count (`1` = the nearest proxy, whatever its
 * address), or a comma-separated list of addresses, CIDR ranges and the names `loopback`,
 * `linklocal`, `uniquelocal`. Throws on an invalid entry.
 */
export function compileTrustedProxies(setting: string): TrustProxy {
  const value = setting.trim();
  if (value === '') return () => false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    return (_address, hop) => hop < hops;
  }
  return proxyaddr.compile(value.split(',').map((s) => s.trim()).filter(Boolean));
}

export interface NodeRequestLike {
  headers: IncomingHttpHeaders;
  socket: { remoteAddress?: string | undefined; encrypted?: boolean };
}

export interface ClientInfo {
  /** The client's address, as far as the trusted proxies tell. */
  address: string | undefined;
  /** https when the socket is TLS, or a trusted proxy says so in X-Forwarded-Proto. */
  protocol: 'http' | 'https';
}

export function resolveClient(req: NodeRequestLike, trust: TrustProxy): ClientInfo {
  const peer = req.socket.remoteAddress;
  if (!peer) return { address: undefined, protocol: req.socket.encrypted ? 'https' : 'http' };
  // proxy-addr reads req.socket.remoteAddress and req.headers['x-forwarded-for'].
  const address = proxyaddr(req as Parameters<typeof proxyaddr>[0], trust);
  let protocol: ClientInfo['protocol'] = req.socket.encrypted ? 'https' : 'http';
  if (!req.socket.encrypted && trust(peer, 0)) {
    const forwarded = String(req.headers['x-forwarded-proto'] ?? '').split(',')[0]!.trim().toLowerCase();
    if (forwarded === 'https' || forwarded === 'http') protocol = forwarded;
  }
  return { address, protocol };
}
