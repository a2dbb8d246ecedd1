import type { Principal, RpcResponse } from '@certhub/contracts';
import { runtimeEnv, uniqueId, type SinkMail } from '@certhub/testing';
import { randomBytes } from 'node:crypto';
import { CB, ORG, dossierJourney } from './support/journey-events';
import { NotificationHarness, about, waitForMails } from './support/notification-harness';

const ORG_ADMIN = 'org.admin@certhub.local';
const CB_ADMIN = 'cb.admin@certhub.local';

type Attachment = RpcResponse<'notification.mail-attachments.add'>;
type Context = RpcResponse<'notification.mail-attachments.context'>;
/** MailDev's record of a mail's attachments. */
type WithAttachments = SinkMail & {
  attachments?: { fileName: string; generatedFileName: string; length: number }[];
};

const opened = (dossierId: string, reference: string, schemeId: string) => ({
  dossierId,
  reference,
  organisationId: ORG,
  cbId: CB,
  schemeId,
});

/** A PDF of its own: the document service takes each content once per context. */
const pdf = (size: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(size)]);

async function attachmentBytes(mail: SinkMail, fileName: string): Promise<Buffer> {
  const file = (mail as WithAttachments).attachments?.find((a) => a.fileName === fileName);
  if (!file) throw new Error(`no attachment ${fileName} in "${mail.subject}"`);
  const res = await fetch(
    `${runtimeEnv().MAILDEV_URL}/email/${mail.id}/attachment/${encodeURIComponent(file.generatedFileName)}`,
  );
  return Buffer.from(await res.arrayBuffer());
}

/**
 * A CB's mail attachments through the gateway: uploaded as documents by its administrator, filed
 * per scheme and mail, and joined to the mails its dossiers' events send (read back from MailDev).
 */
describe('mail attachments of a CB', () => {
  let h: NotificationHarness;
  let context: Context;

  const upload = async (name: string, bytes: Buffer): Promise<string> => {
    const res = await fetch(
      `${h.gateway.url}/api/v1/documents?contextId=${encodeURIComponent(context.contextId)}&filename=${encodeURIComponent(name)}`,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${await h.token(CB_ADMIN)}`,
          'content-type': 'application/octet-stream',
        },
        body: new Uint8Array(bytes),
      },
    );
    if (res.status !== 201) throw new Error(`upload ${name} → ${res.status}: ${await res.text()}`);
    return ((await res.json()) as { documentId: string }).documentId;
  };
  const file = async (schemeId: string, mailKind: string, documentId: string) => {
    const res = await h.api<Attachment>(CB_ADMIN, 'POST', '/mail-attachments', {
      schemeId,
      mailKind,
      documentId,
    });
    if (res.status !== 201)
      throw new Error(`filing ${documentId} → ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  };

  beforeAll(async () => {
    // A small budget, so that the test can overrun it with small files.
    h = await NotificationHarness.start(['gateway', 'identity', 'document', 'notification'], {
      MAIL_ATTACHMENTS_MAX_BYTES: String(64 * 1024),
    });
    const opened = await h.api<Context>(CB_ADMIN, 'POST', '/mail-attachments/context', {});
    expect(opened.status).toBe(200);
    context = opened.body;
    expect(context).toMatchObject({ contextId: `cb:${CB}:mail-attachments`, accept: ['pdf', 'zip'] });
  }, 120_000);
  afterAll(() => h?.stop());

  it('joins the scheme’s questionnaire guide to the mail of a dossier opened with the CB', async () => {
    const scheme = uniqueId('scheme');
    const guide = pdf(20_000);
    const filed = await file(scheme, 'questionnaire', await upload('Guide du questionnaire.pdf', guide));
    expect(filed).toMatchObject({
      schemeId: scheme,
      mailKind: 'questionnaire',
      name: 'Guide du questionnaire.pdf',
      size: guide.length,
    });
    // The decision's pack of the same scheme is not the questionnaire's.
    await file(scheme, 'decision', await upload('Charte de marque.pdf', pdf(1_000)));

    const j = dossierJourney();
    await h.publish('certhub.dossier.created.v1', opened(j.dossierId, j.reference, scheme), ORG);
    const [mail] = await waitForMails(ORG_ADMIN, 1, about(j.reference));
    const attachments = (mail as WithAttachments).attachments ?? [];
    expect(attachments.map((a) => a.fileName)).toEqual(['Guide du questionnaire.pdf']);
    expect((await attachmentBytes(mail!, 'Guide du questionnaire.pdf')).equals(guide)).toBe(true);
    expect(mail!.text).not.toContain('n’a pas pu être joint');
  });

  it('joins the decision’s pack to the certificate mail; what passes the budget or is gone is named instead', async () => {
    const scheme = uniqueId('scheme');
    const rules = pdf(30_000);
    await file(scheme, 'decision', await upload('Règles de marque.pdf', rules));
    // Past the 64 KiB left: named, not joined.
    await file(scheme, 'decision', await upload('Pack communication.pdf', pdf(40_000)));
    // Deleted from the context after filing: the fetch fails, the mail still goes.
    const gone = await upload('Ancien logo.pdf', pdf(500));
    await file(scheme, 'decision', gone);
    const deleted = await h.api(CB_ADMIN, 'DELETE', `/documents/${gone}`);
    expect(deleted.status).toBe(200);

    const j = dossierJourney();
    await h.publish('certhub.certificate.issued.v1', { ...j.certificateIssued, schemeId: scheme }, ORG);
    const [mail] = await waitForMails(ORG_ADMIN, 1, about(j.certificateIssued.number));
    expect(((mail as WithAttachments).attachments ?? []).map((a) => a.fileName)).toEqual([
      'Règles de marque.pdf',
    ]);
    expect((await attachmentBytes(mail!, 'Règles de marque.pdf')).equals(rules)).toBe(true);
    const named = mail!.text ?? '';
    expect(named).toMatch(/(Pack communication\.pdf)[\s\S]*(Ancien logo\.pdf)/);
    expect(mail!.html).toContain('Ancien logo.pdf');
  });

  it('lists a CB’s filings by scheme and mail, and a removed one no longer goes', async () => {
    const scheme = uniqueId('scheme');
    const a = await file(scheme, 'questionnaire', await upload('A.pdf', pdf(300)));
    const b = await file(scheme, 'questionnaire', await upload('B.pdf', pdf(300)));
    const list = await h.api<RpcResponse<'notification.mail-attachments.list'>>(
      CB_ADMIN,
      'GET',
      `/mail-attachments?schemeId=${scheme}&mailKind=questionnaire&pageSize=1`,
    );
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ total: 2, page: 1, pageSize: 1, items: [{ id: a.id }] });
    expect((await h.api(CB_ADMIN, 'DELETE', `/mail-attachments/${a.id}`)).status).toBe(200);
    expect((await h.api(CB_ADMIN, 'DELETE', `/mail-attachments/${a.id}`)).status).toBe(404);

    const j = dossierJourney();
    await h.publish('certhub.dossier.created.v1', opened(j.dossierId, j.reference, scheme), ORG);
    const [mail] = await waitForMails(ORG_ADMIN, 1, about(j.reference));
    expect(((mail as WithAttachments).attachments ?? []).map((x) => x.fileName)).toEqual(['B.pdf']);
    expect(b.name).toBe('B.pdf');
  });

  it('refuses the same document twice, a document of no mail-attachments context, and bad input', async () => {
    const scheme = uniqueId('scheme');
    const id = await upload('Guide.pdf', pdf(300));
    await file(scheme, 'decision', id);
    expect(
      (
        await h.api(CB_ADMIN, 'POST', '/mail-attachments', {
          schemeId: scheme,
          mailKind: 'decision',
          documentId: id,
        })
      ).status,
    ).toBe(409);
    const unknown = await h.api<{ errors?: { field: string }[] }>(CB_ADMIN, 'POST', '/mail-attachments', {
      schemeId: scheme,
      mailKind: 'decision',
      documentId: 'no-such-document',
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors?.[0]?.field).toBe('documentId');
    expect(
      (
        await h.api(CB_ADMIN, 'POST', '/mail-attachments', {
          schemeId: scheme,
          mailKind: 'welcome',
          documentId: id,
        })
      ).status,
    ).toBe(422);
    expect((await h.api(CB_ADMIN, 'GET', '/mail-attachments?pageSize=500')).status).toBe(422);
  });

  it('is the CB administrator’s alone: 403 for an organisation’s admin, 404 for another CB’s', async () => {
    const scheme = uniqueId('scheme');
    const mine = await file(scheme, 'questionnaire', await upload('Mine.pdf', pdf(300)));
    expect((await h.api(ORG_ADMIN, 'GET', '/mail-attachments')).status).toBe(403);
    expect((await h.api(ORG_ADMIN, 'POST', '/mail-attachments/context', {})).status).toBe(403);
    expect((await h.api(ORG_ADMIN, 'DELETE', `/mail-attachments/${mine.id}`)).status).toBe(403);

    // Another CB's administrator, as the gateway would name him: none of cb-demo's filings exist for him.
    const other: Principal = {
      userId: uniqueId('u'),
      tenantType: 'cb',
      tenantId: uniqueId('cb'),
      roles: ['cb_admin'],
    };
    const seen = await h.call('notification.mail-attachments.list', { schemeId: scheme }, other);
    expect(seen.total).toBe(0);
    await expect(
      h.call('notification.mail-attachments.remove', { attachmentId: mine.id }, other),
    ).rejects.toMatchObject({ code: 'not_found' });
    // Nor can he file cb-demo's document as his own.
    await expect(
      h.call(
        'notification.mail-attachments.add',
        { schemeId: scheme, mailKind: 'questionnaire', documentId: mine.documentId },
        other,
      ),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    const still = await h.api<RpcResponse<'notification.mail-attachments.list'>>(
      CB_ADMIN,
      'GET',
      `/mail-attachments?schemeId=${scheme}`,
    );
    expect(still.body.total).toBe(1);
  });
});
