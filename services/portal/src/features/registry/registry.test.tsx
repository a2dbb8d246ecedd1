import { createHash } from 'node:crypto';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render-app';
import { companyQuery, sha256Hex } from './verify';

const result = (status: string) => ({
  number: 'CH-2026-0001',
  status,
  holderName: 'Ateliers Démo CertHub SAS',
  holderSiren: '901234567',
  schemeId: 'label-engagement',
  schemeTitle: 'Label Engagement',
  scope: ['Formation continue'],
  sites: [{ siret: '90123456700013', name: 'Siège' }],
  validFrom: '2026-03-01',
  validUntil: '2029-02-28',
  cbName: 'CertHub Démo Certification',
});

describe('public registry', () => {
  it('reads a SIREN or a SIRET, spaces allowed', () => {
    expect(companyQuery('901 234 567')).toEqual({ siren: '901234567' });
    expect(companyQuery('90123456700013')).toEqual({ siret: '90123456700013' });
    expect(companyQuery('1234')).toBeUndefined();
  });

  it('hashes a file as the register does (SHA-256, hex)', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');
    expect(await sha256Hex(new Blob([bytes]))).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('shows a certificate’s live status to a visitor, then checks a dropped PDF against it', async () => {
    const user = userEvent.setup();
    const genuine = createHash('sha256').update('%PDF-1.4 genuine').digest('hex');
    const altered = createHash('sha256').update('%PDF-1.4 altered').digest('hex');
    renderApp(
      '/registry/CH-2026-0001',
      {
        'GET /api/v1/public/certificates/verify/CH-2026-0001': { body: result('suspended') },
        [`GET /api/v1/public/certificates/verify-hash/${genuine}`]: {
          body: { genuine: true, certificate: result('suspended') },
        },
        [`GET /api/v1/public/certificates/verify-hash/${altered}`]: { body: { genuine: false } },
      },
      { signedIn: false },
    );
    expect(await screen.findByRole('status')).toHaveTextContent('Certificat suspendu');
    expect(screen.getByText('Ateliers Démo CertHub SAS')).toBeInTheDocument();
    expect(screen.getByText('CertHub Démo Certification')).toBeInTheDocument();
    expect(document.title).toBe('Certificat CH-2026-0001 · CertHub');

    const input = screen.getByLabelText('Choisir le PDF');
    await user.upload(input, new File(['%PDF-1.4 genuine'], 'certificat.pdf', { type: 'application/pdf' }));
    expect(
      await screen.findByText(
        'certificat.pdf est bien un certificat émis par CertHub : n° CH-2026-0001, Certificat suspendu.',
      ),
    ).toBeInTheDocument();
    await user.upload(input, new File(['%PDF-1.4 altered'], 'copie.pdf', { type: 'application/pdf' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'copie.pdf ne correspond à aucun certificat émis par CertHub',
    );
  });

  it('searches by SIREN and scheme from the URL, each result a link to its page', async () => {
    renderApp(
      '/registry?company=901234567&scheme=label-engagement',
      { 'GET /api/v1/public/certificates': { body: { items: [result('valid')] } } },
      { signedIn: false },
    );
    const link = await screen.findByRole('link', { name: 'CH-2026-0001' });
    expect(link).toHaveAttribute('href', '/registry/CH-2026-0001');
    expect(within(link.closest('li') as HTMLElement).getByText(/Certificat valide/)).toBeInTheDocument();
  });

  it('searches the register by name, CB and status, keeps it in the URL, and asks the API once', async () => {
    const user = userEvent.setup();
    const { calls, router } = renderApp(
      '/registry',
      {
        'GET /api/v1/public/registry': {
          body: { items: [result('suspended')], page: 1, pageSize: 20, total: 1 },
        },
      },
      { signedIn: false },
    );
    await user.type(await screen.findByRole('textbox', { name: 'Nom de l’organisation ou numéro' }), 'Démo');
    await user.type(screen.getByRole('textbox', { name: 'Organisme certificateur' }), 'CertHub');
    await user.click(screen.getByRole('combobox', { name: 'Statut' }));
    await user.click(await screen.findByRole('option', { name: 'Certificat suspendu' }));
    await user.click(screen.getAllByRole('button', { name: 'Rechercher' })[0] as HTMLElement);
    const row = await screen.findByRole('row', { name: /Ateliers Démo CertHub SAS/ });
    expect(within(row).getByText('Certificat suspendu')).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: 'CH-2026-0001' })).toHaveAttribute(
      'href',
      '/registry/CH-2026-0001',
    );
    expect(router.state.location.search).toEqual({ q: 'Démo', cb: 'CertHub', status: 'suspended' });
    const asked = calls
      .filter((c) => c.path === '/api/v1/public/registry')
      .map((c) => new URLSearchParams(c.query));
    expect(asked.at(-1)?.get('q')).toBe('Démo');
    expect(asked.at(-1)?.get('status')).toBe('suspended');
  });
});
