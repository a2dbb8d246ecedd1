import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp, type Routes } from '../../test/render-app';
import { candidate, candidateRoutes, certifiedCertification } from './records.fixtures';

const url = '/training/candidates/cand-1?tab=certification';
const files = '/api/v1/individual-certificates/ic-1';

/** A certified candidate whose certificate the establishment reads; `more` answers its files. */
const certified = (more: Routes = {}) =>
  candidateRoutes(candidate({ status: 'certified' }), {
    extra: {
      'GET /api/v1/candidates/cand-1/certification': certifiedCertification('CLEA-IND-0001'),
      'GET /api/v1/individual-certificates': {
        body: {
          items: [{ certificateId: 'ic-1', number: 'CLEA-IND-0001', status: 'valid', pdfAvailable: true }],
          page: 1,
          pageSize: 20,
          total: 1,
        },
      },
      ...more,
    },
  });

describe('the person’s credential on the certification tab', () => {
  afterEach(() => vi.restoreAllMocks());

  it('lets the establishment download the Open Badge and its QR code beside the PDF', async () => {
    const saved: string[] = [];
    // jsdom has no blob URLs; the saved file's name is what the link's click says.
    Object.assign(URL, { createObjectURL: () => 'blob:x', revokeObjectURL: () => {} });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    const { calls } = renderApp(
      url,
      certified({
        [`GET ${files}/credential.jwt`]: { body: 'eyJ.eyJ.sig' },
        [`GET ${files}/credential/qr.svg`]: { body: '<svg/>' },
      }),
    );
    await screen.findByRole('button', { name: 'Certificat (PDF)' }, { timeout: 15_000 });
    await userEvent.click(
      screen.getByRole('button', { name: 'Télécharger l’attestation vérifiable (.vc.jwt)' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'QR code de la page de vérification (SVG)' }));
    await waitFor(() => expect(saved).toEqual(['CLEA-IND-0001.vc.jwt', 'CLEA-IND-0001-qr.svg']));
    expect(calls.filter((c) => c.path.startsWith(files)).map((c) => c.path)).toEqual([
      `${files}/credential.jwt`,
      `${files}/credential/qr.svg`,
    ]);
  }, 60_000);

  it('says why when the credential is not there yet', async () => {
    renderApp(
      url,
      certified({
        [`GET ${files}/credential.jwt`]: {
          status: 409,
          body: {
            type: 'about:blank',
            title: 'Conflict',
            status: 409,
            detail: 'the credential of certificate CLEA-IND-0001 is not issued yet',
          },
        },
      }),
    );
    await userEvent.click(
      await screen.findByRole(
        'button',
        { name: 'Télécharger l’attestation vérifiable (.vc.jwt)' },
        { timeout: 15_000 },
      ),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(/not issued yet/);
  }, 60_000);
});
