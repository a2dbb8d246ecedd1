import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/render-app';
import { cbRoutes } from '../fixtures.test-data';

const LOGO = 'data:image/png;base64,iVBORw0KGgo=';

describe('certificate layout', () => {
  it('shows the current logo, refuses an image over its size, and saves the signatory with the images kept', async () => {
    const user = userEvent.setup({ applyAccept: false });
    const { calls } = renderApp('/cb/certificate-layout', {
      ...cbRoutes(['cb_admin']),
      'GET /api/v1/certificate-layout': { body: { logo: LOGO } },
      'PUT /api/v1/certificate-layout': (call) => ({ body: call.body }),
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
});
