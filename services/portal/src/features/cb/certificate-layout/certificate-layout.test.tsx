import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '../../../i18n/i18n';
import { renderApp } from '../../../test/render-app';
import { cbRoutes } from '../fixtures.test-data';

const LOGO = 'data:image/png;base64,iVBORw0KGgo=';
const DID = 'did:web:certhub.test:cbs:cb-demo';

/** The CB's did:web document with `keys` generations, the newest signing. */
const didDocument = (keys: number) => {
  const ids = Array.from({ length: keys }, (_, i) => `${DID}#key-${i + 1}`);
  return {
    '@context': ['https://www.w3.org/ns/did/v1'],
    id: DID,
    verificationMethod: ids.map((id) => ({
      id,
      type: 'JsonWebKey2020',
      controller: DID,
      publicKeyJwk: { kty: 'OKP', crv: 'Ed25519', x: 'x' },
    })),
    assertionMethod: ids,
  };
};

describe('certificate layout', () => {
  it('shows the current logo, refuses an image over its size, and saves the signatory with the images kept', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const { calls } = renderApp('/cb/certificate-layout', {
      ...cbRoutes(['cb_admin']),
      'GET /api/v1/certificate-layout': { body: { logo: LOGO } },
      'PUT /api/v1/certificate-layout': (call) => ({ body: call.body }),
      'GET /api/v1/public/cbs/cb-demo/did.json': { body: didDocument(1) },
    });
    expect(await screen.findByRole('img', { name: 'Image actuelle' })).toHaveAttribute('src', LOGO);
    expect(screen.getByText('Aucune image')).toBeInTheDocument();

    const [logoInput] = [...document.querySelectorAll('input[type="file"]')] as HTMLInputElement[];
    await user.upload(
      logoInput as HTMLInputElement,
      new File([new Uint8Array(80 * 1024)], 'grand.png', { type: 'image/png' }),
    );
    expect(await screen.findByText('« grand.png » dépasse 70 ko : réduisez l’image.')).toBeInTheDocument();
    await user.upload(
      logoInput as HTMLInputElement,
      new File(['GIF89a'], 'anime.gif', { type: 'image/gif' }),
    );
    expect(await screen.findByText('« anime.gif » n’est pas une image PNG ou JPEG.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findAllByText('Ce champ est obligatoire')).toHaveLength(2);
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);

    await user.type(screen.getByRole('textbox', { name: /Nom du signataire/ }), 'Claire Martin');
    await user.type(
      screen.getByRole('textbox', { name: /Fonction du signataire/ }),
      'Directrice de la certification',
    );
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByRole('status')).toHaveTextContent('les prochains certificats porteront');
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
      logo: LOGO,
      signatory: { name: 'Claire Martin', role: 'Directrice de la certification' },
    });
  });

  it('shows the signing key and changes it once confirmed, the new key then signing', async () => {
    const user = userEvent.setup();
    let keys = 1;
    const { calls } = renderApp('/cb/certificate-layout', {
      ...cbRoutes(['cb_admin']),
      'GET /api/v1/certificate-layout': { body: {} },
      'GET /api/v1/public/cbs/cb-demo/did.json': () => ({ body: didDocument(keys) }),
      'POST /api/v1/credentials/issuer-keys/rotation': () => {
        keys += 1;
        return { status: 201, body: { did: DID, kid: `${DID}#key-${keys}`, keys } };
      },
    });
    const section = await screen.findByRole('region', {
      name: 'Clé de signature des attestations vérifiables',
    });
    expect(await within(section).findByText(`${DID}#key-1`)).toBeInTheDocument();
    expect(within(section).getByText(/1 clé publiée/)).toBeInTheDocument();

    const change = within(section).getByRole('button', { name: 'Changer de clé de signature' });
    await user.click(change);
    const asked = await screen.findByRole('dialog', { name: 'Signer avec une nouvelle clé ?' });
    await user.click(within(asked).getByRole('button', { name: 'Annuler' }));
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await user.click(change);
    const confirm = await screen.findByRole('dialog', { name: 'Signer avec une nouvelle clé ?' });
    await user.click(within(confirm).getByRole('button', { name: 'Changer de clé' }));
    expect(await within(section).findByRole('status')).toHaveTextContent(
      `Nouvelle clé en service : ${DID}#key-2`,
    );
    expect(await within(section).findByText(/2 clés publiées/)).toBeInTheDocument();
    expect(within(section).getByText(`${DID}#key-2`)).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1);

    await act(() => changeLanguage('en'));
    expect(
      await screen.findByRole('region', { name: 'Signing key of verifiable credentials' }),
    ).toHaveTextContent(/2 keys published: credentials signed with the older ones keep verifying/);
  });
});
