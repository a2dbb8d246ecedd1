import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it, vi } from 'vitest';
import { renderApp, type Routes } from '../../test/render-app';
import { TestIssuer } from './test-issuer';

/** The app against a fake gateway, the issuer's DID document and status lists answered by `issuer`. */
async function renderVerify(path: string, routes: Routes) {
  const issuer = await TestIssuer.create(window.location.origin);
  const app = renderApp(path, routes, { signedIn: false });
  const gateway = globalThis.fetch;
  vi.stubGlobal('fetch', (input: Request | string, init?: RequestInit) =>
    String(input instanceof Request ? input.url : input).startsWith(issuer.base)
      ? issuer.fetch(input)
      : gateway(input, init),
  );
  return { ...app, issuer };
}

describe('the /verify page', () => {
  it('verifies the credential of the QR code’s number in the browser and says so plainly', async () => {
    const { issuer } = await renderVerify('/verify/CH-2026-0001', {});
    const jwt = await issuer.credential();
    // The fake gateway is consulted lazily: the route can be answered once the credential exists.
    vi.stubGlobal(
      'fetch',
      ((inner: typeof fetch) => (input: Request | string, init?: RequestInit) =>
        String(input instanceof Request ? input.url : input).endsWith(
          '/api/v1/public/credentials/CH-2026-0001',
        )
          ? Promise.resolve(Response.json({ number: 'CH-2026-0001', jwt }))
          : inner(input, init))(globalThis.fetch),
    );

    // The route's chunk and the verification both load first: slow on a busy machine.
    const status = await screen.findByRole('status', {}, { timeout: 20_000 });
    expect(status).toHaveTextContent('Attestation authentique et valide');
    expect(
      within(screen.getByRole('region', { name: 'Contrôles effectués' })).getAllByRole('listitem'),
    ).toHaveLength(4);
    expect(screen.getByText('Ateliers Démo CertHub SAS')).toBeInTheDocument();
    expect(screen.getByText('CertHub Démo Certification')).toBeInTheDocument();
    expect(document.title).toBe('Vérifier le certificat CH-2026-0001 · CertHub');
  });

  it('tells a number without a credential, and verifies a pasted one that was suspended', async () => {
    const user = userEvent.setup();
    const { issuer } = await renderVerify('/verify/CH-0000', {});
    expect(
      await screen.findByText(
        'Aucune attestation vérifiable ne porte le numéro CH-0000.',
        {},
        { timeout: 20_000 },
      ),
    ).toBeInTheDocument();

    issuer.flags.suspension.add(7);
    await user.click(screen.getByLabelText('Attestation à coller (vc+jwt)'));
    await user.paste(await issuer.credential({}, 7));
    await user.click(screen.getByRole('button', { name: 'Vérifier' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Attestation authentique, mais suspendue');

    await user.clear(screen.getByLabelText('Attestation à coller (vc+jwt)'));
    await user.type(screen.getByLabelText('Attestation à coller (vc+jwt)'), 'bonjour');
    await user.click(screen.getByRole('button', { name: 'Vérifier' }));
    expect(await screen.findByText(/Ce texte n’est pas une attestation vc\+jwt/)).toBeInTheDocument();
  });

  it('checks a dropped file for a credential', async () => {
    const user = userEvent.setup();
    await renderVerify('/verify', {});
    const scan = await PDFDocument.create();
    scan.addPage();
    await user.upload(
      await screen.findByLabelText('Choisir un fichier'),
      new File([new Uint8Array(await scan.save())], 'scan.pdf', { type: 'application/pdf' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'scan.pdf ne contient pas d’attestation vérifiable.',
    );
  });
});
