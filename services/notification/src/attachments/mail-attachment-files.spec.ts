import { InternalTokens } from '@certhub/platform';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NotificationConfig } from '../config';
import { MailAttachmentFiles } from './mail-attachment-files';

const TOKENS = new InternalTokens('a-secret-of-at-least-thirty-two-chars', 'notification');

/** A stand-in document service: the bytes of `files` by id, 404 for any other. */
async function documentService(files: Record<string, Buffer>): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const id = /^\/internal\/documents\/([^/]+)\/content$/.exec(req.url ?? '')?.[1];
    const file = id ? files[id] : undefined;
    if (!file || !req.headers.authorization?.startsWith('Bearer ')) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/pdf' }).end(file);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const mail = (attachments: { documentId: string; name: string; size: number }[]) => ({
  _id: 'm-1',
  language: 'fr' as const,
  text: 'Bonjour',
  html: '<html><body><p>Bonjour</p></body></html>',
  attachments,
});

describe(MailAttachmentFiles.name, () => {
  let service: { url: string; server: Server };
  beforeAll(async () => {
    service = await documentService({ guide: Buffer.alloc(600, 1), pack: Buffer.alloc(600, 2) });
  });
  afterAll(() => service.server.close());

  const files = (maxBytes: number) =>
    new MailAttachmentFiles(
      { DOCUMENT_URL: service.url, MAIL_ATTACHMENTS_MAX_BYTES: maxBytes } as NotificationConfig,
      TOKENS,
    );

  it('joins the files that fit the budget and names the others, in the mail’s language', async () => {
    const joined = await files(1000).join(
      mail([
        { documentId: 'guide', name: 'Guide.pdf', size: 600 },
        { documentId: 'pack', name: 'Pack <com>.pdf', size: 600 },
        { documentId: 'gone', name: 'Ancien.pdf', size: 10 },
      ]),
    );
    expect(joined.attachments.map((a) => [a.filename, a.content.length, a.contentType])).toEqual([
      ['Guide.pdf', 600, 'application/pdf'],
    ]);
    expect(joined.text).toBe(
      'Bonjour\n\n' +
        'Le document « Pack <com>.pdf » n’a pas pu être joint à ce message : retrouvez-le sur le portail.\n' +
        'Le document « Ancien.pdf » n’a pas pu être joint à ce message : retrouvez-le sur le portail.',
    );
    expect(joined.html).toContain('« Pack &lt;com&gt;.pdf »');
    expect(joined.html.endsWith('</p></body></html>')).toBe(true);
  });

  it('counts the bytes received, not the size filed: a larger new version goes as a line', async () => {
    const joined = await files(1000).join(
      mail([
        { documentId: 'guide', name: 'Guide.pdf', size: 10 },
        { documentId: 'pack', name: 'Pack.pdf', size: 10 },
      ]),
    );
    expect(joined.attachments.map((a) => a.filename)).toEqual(['Guide.pdf']);
    expect(joined.text).toContain('« Pack.pdf »');
  });

  it('leaves a mail without attachments as it is', async () => {
    const plain = mail([]);
    expect(await files(1000).join(plain)).toEqual({ attachments: [], text: plain.text, html: plain.html });
  });
});
