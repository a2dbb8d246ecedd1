import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../../i18n/i18n';
import { demoRoutes, dossierFixture, renderApp, type Routes, unprocessable } from '../../test/render-app';

// Files go up by XMLHttpRequest: stood in for here, each stored under its context and name.
vi.mock('../upload/resumable', async (actual) => ({
  ...(await actual<typeof import('../upload/resumable')>()),
  uploadFile: vi.fn((await import('../../test/uploads')).storedDocument),
}));

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** A label certificate whose renewal window opened `opened` days ago (negative: opens later). */
const certified = (opened: number, status = 'valid') =>
  dossierFixture({
    status: 'certified',
    certificate: {
      certificateId: 'c-1',
      number: 'CERT-2026-0001',
      validFrom: day(opened - 900),
      validUntil: day(180 - opened),
      status,
      issuedAt: `${day(opened - 900)}T10:00:00Z`,
    },
    cycle: { surveillanceDue: [], renewalOpensOn: day(-opened) },
  });

/** The same certificate 20 days into its renewal window, the renewal opened as `renewal` says. */
const renewingFixture = (renewal: Record<string, unknown>) =>
  dossierFixture({
    ...certified(20),
    status: 'renewal',
    cycle: { surveillanceDue: [], renewalOpensOn: day(-20), renewal },
  });

const pdf = (name: string) => new File(['%PDF-1.7'], name, { type: 'application/pdf' });

function page(dossier: Record<string, unknown>, roles: string[] = ['org_admin'], extra: Routes = {}) {
  return renderApp('/dossiers/d-1', {
    ...demoRoutes,
    'GET /api/v1/me': {
      body: { userId: 'u-1', tenantType: 'organisation', tenantId: 'org-demo', roles },
    },
    'GET /api/v1/certification-bodies': {
      body: {
        items: [
          { id: 'cb-demo', code: 'demo', name: 'CertHub Démo Certification' },
          { id: 'cb-other', code: 'other', name: 'Bureau Autre Certification' },
        ],
        page: 1,
        pageSize: 100,
        total: 2,
      },
    },
    'GET /api/v1/schemes/label-engagement': {
      body: { schemeId: 'label-engagement', renewalComplementaryAudit: true },
    },
    'GET /api/v1/dossiers/d-1': { body: dossier },
    'GET /api/v1/dossiers/d-1/trail': { body: { items: [], page: 1, pageSize: 100, total: 0 } },
    'GET /api/v1/dossiers/d-1/decisions': { body: { items: [] } },
    'GET /api/v1/appeals': { body: { items: [], page: 1, pageSize: 100, total: 0 } },
    ...extra,
  });
}

const panel = () => screen.findByRole('region', { name: 'Renouveler' }, { timeout: 15_000 });

describe('the renewal on the applicant’s dossier page', () => {
  it('says when the window opens, and offers nothing before', async () => {
    page(certified(-30));
    const region = await panel();
    const opens = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long' }).format(
      new Date(`${day(30)}T00:00:00`),
    );
    expect(region).toHaveTextContent(`Le renouvellement pourra être ouvert du ${opens} au`);
    expect(within(region).queryByRole('radio')).toBeNull();
    expect(within(region).queryByRole('button')).toBeNull();
  });

  it('in the window, the administrator chooses another CB (asked for), confirms, and the renewal opens there', async () => {
    const user = userEvent.setup();
    const app = page(certified(10), ['org_admin'], {
      'POST /api/v1/dossiers/d-1/renewal': { body: { dossier: certified(10) } },
    });
    const region = await panel();
    expect(region).toHaveTextContent('La fenêtre de renouvellement est ouverte jusqu’au');
    const same = await within(region).findByRole('radio', {
      name: /Audit de renouvellement avec CertHub Démo Certification/,
    });
    expect(same).toBeChecked();
    // The label scheme allows a complementary audit with the same CB.
    expect(
      await within(region).findByRole('radio', {
        name: /Audit complémentaire avec CertHub Démo Certification/,
      }),
    ).toBeVisible();
    await user.click(within(region).getByRole('radio', { name: /Audit initial avec un autre organisme/ }));
    await user.click(within(region).getByRole('button', { name: 'Renouveler…' }));
    // The CB is asked for before any confirmation.
    expect(await within(region).findByText('Ce champ est obligatoire')).toBeVisible();
    expect(screen.queryByRole('dialog')).toBeNull();
    const select = within(region).getByRole('combobox', { name: /Nouvel organisme certificateur/ });
    expect(select).toHaveFocus();
    await user.click(select);
    // The current CB is not among the others.
    expect(screen.queryByRole('option', { name: 'CertHub Démo Certification' })).toBeNull();
    await user.click(await screen.findByRole('option', { name: 'Bureau Autre Certification' }));
    await user.click(within(region).getByRole('button', { name: 'Renouveler…' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Ouvrir le renouvellement de DEMO-2026-000001 ?',
    });
    expect(dialog).toHaveTextContent(
      'Un audit initial avec Bureau Autre Certification, dans un nouveau dossier',
    );
    expect(within(dialog).getByRole('button', { name: 'Ouvrir le renouvellement' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(app.calls.find((c) => c.method === 'POST' && c.path.endsWith('/renewal'))?.body).toEqual({
        cbId: 'cb-other',
      }),
    );
  });

  it('sends the audit chosen with the same CB, and puts a refusal of the choice beside it', async () => {
    const user = userEvent.setup();
    const app = page(certified(10), ['org_admin'], {
      'POST /api/v1/dossiers/d-1/renewal': unprocessable(
        [{ field: 'auditChoice', message: 'scheme label-engagement renews through an initial audit only' }],
        'invalid',
      ),
    });
    const region = await panel();
    await user.click(await within(region).findByRole('radio', { name: /Audit complémentaire avec/ }));
    await user.click(within(region).getByRole('button', { name: 'Renouveler…' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Un audit complémentaire avec CertHub Démo Certification.');
    await user.click(within(dialog).getByRole('button', { name: 'Ouvrir le renouvellement' }));
    expect(await within(region).findByText(/renews through an initial audit only/)).toBeVisible();
    expect(app.calls.find((c) => c.method === 'POST' && c.path.endsWith('/renewal'))?.body).toEqual({
      auditChoice: 'complementary',
    });
  });

  it('with no other CB on the platform, says why that choice is not offered', async () => {
    page(certified(10), ['org_admin'], {
      'GET /api/v1/certification-bodies': demoRoutes['GET /api/v1/certification-bodies']!,
    });
    const region = await panel();
    const other = await within(region).findByRole('radio', { name: /Audit initial avec un autre organisme/ });
    await waitFor(() => expect(other).toBeDisabled());
    expect(other).toHaveAccessibleDescription(
      'Aucun autre organisme certificateur n’est inscrit sur la plateforme.',
    );
  });

  it('reads only for a member: the administrator opens the renewal', async () => {
    page(certified(10), ['org_member']);
    const region = await panel();
    expect(
      await within(region).findByText('L’administrateur de votre organisation ouvre le renouvellement.'),
    ).toBeVisible();
    expect(within(region).queryByRole('radio')).toBeNull();
    expect(within(region).queryByRole('button')).toBeNull();
  });

  it('in English: the documents’ states, a rejection’s reason, and filing a new one and a rejected one again', async () => {
    const user = userEvent.setup();
    const renewing = renewingFixture({
      openedAt: `${day(-2)}T09:00:00Z`,
      changeOfCb: false,
      auditType: 'renewal',
      auditChoice: 'initial',
      documents: [
        { n: 1, label: 'Nouveau devis signé', status: 'accepted', documentId: 'doc-1' },
        { n: 2, label: 'Certificat en cours', status: 'submitted', documentId: 'doc-2' },
        {
          n: 3,
          label: 'Extrait Kbis',
          status: 'rejected',
          documentId: 'doc-3',
          reason: 'Kbis older than three months',
        },
        { n: 4, label: 'Déclaration sur l’honneur', status: 'missing' },
      ],
    });
    const app = page(renewing, ['org_admin'], {
      'GET /api/v1/documents/doc-1': { body: { documentId: 'doc-1', name: 'devis.pdf' } },
      'GET /api/v1/documents/doc-2': { body: { documentId: 'doc-2', name: 'certificat.pdf' } },
      'GET /api/v1/documents/doc-3': { body: { documentId: 'doc-3', name: 'kbis-ancien.pdf' } },
      'PUT /api/v1/dossiers/d-1/renewal/documents': { body: renewing },
    });
    await act(() => changeLanguage('en'));
    const region = await screen.findByRole('region', { name: 'Renew' }, { timeout: 15_000 });
    expect(region).toHaveTextContent('Renewal opened on');
    expect(region).toHaveTextContent('renewal audit with CertHub Démo Certification');
    expect(region).toHaveTextContent('1 of 4 documents accepted');
    const item = (label: string) => within(region).getByRole('listitem', { name: label });
    expect(item('Nouveau devis signé')).toHaveTextContent('Accepted');
    expect(await within(item('Nouveau devis signé')).findByText('devis.pdf')).toBeVisible();
    expect(item('Certificat en cours')).toHaveTextContent('Filed, being checked');
    expect(item('Extrait Kbis')).toHaveTextContent('Rejected: Kbis older than three months. File it again.');
    expect(item('Déclaration sur l’honneur')).toHaveTextContent('To file');
    // Only the missing and the rejected take a file.
    expect(within(item('Nouveau devis signé')).queryByRole('button', { name: /Choose/ })).toBeNull();
    expect(within(item('Certificat en cours')).queryByRole('button', { name: /Choose/ })).toBeNull();
    const send = within(region).getByRole('button', { name: 'File the documents' });
    expect(send).toBeDisabled();

    const inputs = region.querySelectorAll<HTMLInputElement>('input[type="file"]');
    expect(inputs).toHaveLength(2);
    await user.upload(inputs[0] as HTMLInputElement, pdf('kbis-recent.pdf'));
    await user.upload(inputs[1] as HTMLInputElement, pdf('declaration.pdf'));
    await user.click(await within(region).findByRole('button', { name: 'File 2 documents' }));
    await waitFor(() =>
      expect(app.calls.find((c) => c.method === 'PUT')?.body).toEqual({
        documents: [
          { n: 3, documentId: 'dossier:d-1:renewal/kbis-recent.pdf' },
          { n: 4, documentId: 'dossier:d-1:renewal/declaration.pdf' },
        ],
      }),
    );
    expect(await within(region).findByRole('status')).toHaveTextContent(
      '2 documents filed: the certification body checks them.',
    );
    await act(() => changeLanguage('fr'));
  });

  it('with another CB: the old dossier leads to the new one, which asks for the documents', async () => {
    const moved = renewingFixture({
      openedAt: `${day(-1)}T09:00:00Z`,
      changeOfCb: true,
      auditType: 'initial',
      auditChoice: 'initial',
      newCbId: 'cb-other',
      newDossierId: 'd-2',
      documents: [],
    });
    page(moved, ['org_member']);
    const region = await panel();
    await waitFor(() => expect(region).toHaveTextContent('audit initial avec Bureau Autre Certification'));
    expect(within(region).getByRole('link', { name: 'Ouvrir le dossier du renouvellement' })).toHaveAttribute(
      'href',
      '/dossiers/d-2',
    );
    expect(within(region).queryByRole('listitem')).toBeNull();
  });

  it('on the new CB’s dossier, a member files the documents until the contract', async () => {
    const fresh = dossierFixture({
      status: 'draft',
      cbId: 'cb-other',
      cycle: {
        surveillanceDue: [],
        renewalOf: {
          dossierId: 'd-0',
          certificateId: 'c-0',
          cbId: 'cb-demo',
          changeOfCb: true,
          documents: [{ n: 1, label: 'Nouveau devis signé', status: 'missing' }],
        },
      },
    });
    page(fresh, ['org_member']);
    const region = await panel();
    await waitFor(() =>
      expect(region).toHaveTextContent(
        'Ce dossier renouvelle, chez un nouvel organisme certificateur, le certificat obtenu auprès de CertHub Démo Certification.',
      ),
    );
    expect(within(region).getByRole('link', { name: 'Voir le dossier précédent' })).toHaveAttribute(
      'href',
      '/dossiers/d-0',
    );
    expect(within(region).getByRole('listitem', { name: 'Nouveau devis signé' })).toHaveTextContent(
      'À déposer',
    );
    expect(within(region).getByRole('button', { name: 'Déposer les documents' })).toBeDisabled();
  });
});
