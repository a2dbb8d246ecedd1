import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * did:web is resolved over HTTPS only: the test puts this TLS front (a certificate made for
 * 127.0.0.1, trusted by the verifier through NODE_EXTRA_CA_CERTS) before the gateway, as the
 * ingress does in production.
 */
export class HttpsFront {
  private constructor(
    private readonly server: Server,
    private readonly dir: string,
    readonly caFile: string,
    /** Where requests go: the gateway, whose port is known only once it started. */
    readonly forwardTo: (target: string) => void,
  ) {}

  static async start(): Promise<HttpsFront> {
    const dir = mkdtempSync(join(tmpdir(), 'certhub-tls-'));
    const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    let target = '';
    const server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (req, res) => {
      const upstream = request(
        `${target}${req.url}`,
        { method: req.method, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new HttpsFront(server, dir, cert, (url) => (target = url));
  }

  get url(): string {
    return `https://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server.close(resolve));
    rmSync(this.dir, { recursive: true, force: true });
  }
}
