import type { DocumentResponse } from '@certhub/contracts';
import { passwordToken, uniqueId, waitFor } from '@certhub/testing';
import ExcelJS from 'exceljs';
import { SCHEME_TEMPLATES } from '../src/templates/scheme-templates';
import { pdfBytes, workbook } from './support/fixtures';
import { CB, DocumentHarness, ORG, tokens, userIdOf } from './support/document-harness';

const json = async <T>(res: Response) => (await res.json()) as T;
interface Problem {
  status: number;
  detail: string;
}

/**
 * Documents as evidence, through the gateway with real tokens: the schemes' templates, the
 * reference check the owning services call, frozen documents, closed contexts, need-to-know readers.
 */
describe('documents as evidence', () => {
  let h: DocumentHarness;
  let org: string;
  let cbAdmin: string;
  let auditor: string;

  beforeAll(async () => {
    h = await DocumentHarness.start();
    ({ org, cb: cbAdmin } = await tokens());
    auditor = await passwordToken('auditor@certhub.local');
  }, 120_000);
  afterAll(() => h?.stop());

  const uploaded = async (contextId: string, bytes = pdfBytes(), token = org) => {
    const res = await h.upload(token, contextId, bytes);
    expect(res.status).toBe(201);
    return json<DocumentResponse>(res);
  };

  it('serves the schemes’ templates to any signed-in user, stored once, and checks uploads against them', async () => {
    const sites = await waitFor('the seeded templates', async () => {
      const res = await h.api('/documents/template-label-sites', org);
      return res.status === 200 ? json<DocumentResponse>(res) : undefined;
    });
    expect(sites).toMatchObject({
      name: 'modele-declaration-sites.xlsx',
      fileKind: 'xlsx',
      contextId: 'template:schemes',
    });
    for (const token of [org, cbAdmin, auditor]) {
      const letter = await h.api('/documents/template-label-engagement/content', token);
      expect(letter.status).toBe(200);
      expect(letter.headers.get('content-type')).toBe(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
    }
    const bytes = Buffer.from(
      await (await h.api('/documents/template-label-sites/content', org)).arrayBuffer(),
    );
    const template = new ExcelJS.Workbook();
    await template.xlsx.load(bytes as never);
    const header = (template.getWorksheet('Sites')?.getRow(1).values as unknown[]).slice(1).map(String);
    expect(header[0]).toBe('SIRET');

    // Nobody writes into the templates, and each was stored once.
    expect((await h.upload(org, 'template:schemes', pdfBytes())).status).toBe(403);
    expect(await h.collection('documents').countDocuments({ contextId: 'template:schemes' })).toBe(
      SCHEME_TEMPLATES.length,
    );

    const { contextId } = await h.context({
      rules: {
        accept: ['xlsx'],
        maxBytes: 1024 * 1024,
        maxCount: 1,
        templateDocumentId: 'template-label-sites',
      },
    });
    expect((await h.upload(org, contextId, await workbook({ Feuil1: ['Nom'] }), 'sites.xlsx')).status).toBe(
      422,
    );
    expect((await h.upload(org, contextId, await workbook({ Sites: header }), 'sites.xlsx')).status).toBe(
      201,
    );
  });

  it('checks references: exists in the expected context and tenant, not deleted', async () => {
    const { contextId } = await h.context();
    const { contextId: other } = await h.context();
    const doc = await uploaded(contextId);
    const gone = await uploaded(contextId);
    expect((await h.api(`/documents/${gone.documentId}`, org, { method: 'DELETE' })).status).toBe(200);
    const ref = (documentId: string, field: string, over: object = {}) => ({
      field,
      documentId,
      contextId,
      ownerTenantId: ORG,
      ...over,
    });
    const { errors } = await h.call('document.documents.check', {
      references: [
        ref(doc.documentId, 'ok'),
        ref('no-such-document', 'missing'),
        ref(doc.documentId, 'elsewhere', { contextId: other }),
        ref(doc.documentId, 'otherTenant', { ownerTenantId: 'org-other' }),
        ref(gone.documentId, 'deleted'),
      ],
    });
    expect(errors).toEqual([
      {
        field: 'missing',
        message: `document no-such-document does not exist in ${contextId}: upload it there first`,
      },
      {
        field: 'elsewhere',
        message: `document ${doc.documentId} does not exist in ${other}: upload it there first`,
      },
      {
        field: 'otherTenant',
        message: `document ${doc.documentId} does not exist in ${contextId}: upload it there first`,
      },
      { field: 'deleted', message: `document ${gone.documentId} was deleted` },
    ]);
    // Only the owning services ask.
    await expect(
      h.call(
        'document.documents.check',
        { references: [] },
        {
          userId: userIdOf(org),
          tenantType: 'organisation',
          tenantId: ORG,
          roles: ['org_admin'],
        },
      ),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('freezes referenced documents: no deletion (409), a correction is a new version with the trail', async () => {
    const { contextId } = await h.context();
    const proof = await uploaded(contextId);
    const reason = `finding:${uniqueId('f')}:item:1`;
    const refs = [{ field: 'documentIds.0', documentId: proof.documentId, contextId, ownerTenantId: ORG }];
    // A failing reference freezes nothing.
    const refused = await h.call('document.documents.check', {
      references: [...refs, { ...refs[0]!, documentId: 'missing' }],
      freezeAs: reason,
    });
    expect(refused.errors).toHaveLength(1);
    expect(
      (await json<DocumentResponse>(await h.api(`/documents/${proof.documentId}`, org))).frozenBy,
    ).toBeUndefined();

    expect((await h.call('document.documents.check', { references: refs, freezeAs: reason })).errors).toEqual(
      [],
    );
    await h.call('document.documents.check', { references: refs, freezeAs: reason });
    expect(
      (await json<DocumentResponse>(await h.api(`/documents/${proof.documentId}`, org))).frozenBy,
    ).toEqual([reason]);

    const deleted = await h.api(`/documents/${proof.documentId}`, org, { method: 'DELETE' });
    expect(deleted.status).toBe(409);
    expect(deleted.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect((await json<Problem>(deleted)).detail).toMatch(/is evidence of finding:.*cannot be deleted/);

    const corrected = await h.api(`/documents/${proof.documentId}/content?filename=v2.pdf`, org, {
      method: 'PUT',
      headers: { 'content-type': 'application/octet-stream' },
      body: pdfBytes(),
    });
    expect(corrected.status).toBe(200);
    const versions = await json<{ items: { version: number; uploadedBy: { userId: string } }[] }>(
      await h.api(`/documents/${proof.documentId}/versions`, cbAdmin),
    );
    expect(versions.items.map((v) => v.version)).toEqual([2, 1]);
    expect(versions.items[0]?.uploadedBy.userId).toBe(userIdOf(org));
    // The first version, the one the item rested on, is still there.
    expect((await h.api(`/documents/${proof.documentId}/content?version=1`, cbAdmin)).status).toBe(200);
  });

  it('refuses uploads, new versions and deletions in a closed context (409), and reopens', async () => {
    const request = { contextId: `finding:${uniqueId('f')}:proofs` };
    await h.context(request);
    const doc = await uploaded(request.contextId);
    await h.context({ ...request, closed: true });
    const upload = await h.upload(org, request.contextId, pdfBytes());
    expect(upload.status).toBe(409);
    expect((await json<Problem>(upload)).detail).toMatch(/is closed/);
    expect((await h.api(`/documents/${doc.documentId}`, org, { method: 'DELETE' })).status).toBe(409);
    const replace = await h.api(`/documents/${doc.documentId}/content`, org, {
      method: 'PUT',
      headers: { 'content-type': 'application/octet-stream' },
      body: pdfBytes(),
    });
    expect(replace.status).toBe(409);
    // Still read as before.
    expect((await h.api(`/documents/${doc.documentId}/content`, cbAdmin)).status).toBe(200);
    await h.context({ ...request, closed: false });
    expect((await h.upload(org, request.contextId, pdfBytes())).status).toBe(201);
  });

  it('need-to-know: a CB reader entry admits its listed users and roles only (404 for the others)', async () => {
    const { contextId } = await h.context({
      contextId: `audit:${uniqueId('a')}:report`,
      kind: 'audit_report',
      ownerTenantId: CB,
      readers: [{ tenantType: 'cb', tenantId: CB, userIds: ['someone-else'], roles: ['cb_admin'] }],
      writers: [{ tenantType: 'cb', tenantId: CB, userIds: [userIdOf(cbAdmin)] }],
    });
    const report = await uploaded(contextId, pdfBytes(), cbAdmin);
    for (const path of [
      `/documents?contextId=${encodeURIComponent(contextId)}`,
      `/documents/${report.documentId}`,
      `/documents/${report.documentId}/content`,
    ]) {
      expect((await h.api(path, auditor)).status).toBe(404);
      expect((await h.api(path, org)).status).toBe(404);
      expect((await h.api(path, cbAdmin)).status).toBe(200);
    }
    // Booked: the auditor is listed now.
    await h.context({
      contextId,
      kind: 'audit_report',
      ownerTenantId: CB,
      readers: [{ tenantType: 'cb', tenantId: CB, userIds: [userIdOf(auditor)], roles: ['cb_admin'] }],
      writers: [{ tenantType: 'cb', tenantId: CB, userIds: [userIdOf(cbAdmin)] }],
    });
    expect((await h.api(`/documents/${report.documentId}/content`, auditor)).status).toBe(200);
  });
});
