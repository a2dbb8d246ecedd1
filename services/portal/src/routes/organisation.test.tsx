import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { demoRoutes, renderApp, type Routes, unprocessable } from '../test/render-app';

// The sites spreadsheet goes up by XMLHttpRequest: stood in for here.
vi.mock('../features/upload/transfer', async (actual) => ({
  ...(await actual<typeof import('../features/upload/transfer')>()),
  uploadSmall: vi.fn(async (file: File) => ({
    documentId: `doc-${file.name}`,
    name: file.name,
    size: file.size,
    contentType: file.type,
  })),
}));

const site = {
  id: 'org-demo-hq',
  organisationId: 'org-demo',
  siret: '90123456700013',
  name: 'Ateliers Démo CertHub SAS',
  address: { line1: '12 rue des Frères Lumière', postalCode: '69008', city: 'Lyon', country: 'FR' },
  headquarters: true,
};

const routes = (extra: Routes = {}): Routes => ({
  ...demoRoutes,
  'GET /api/v1/organisations/org-demo/sites': { body: { items: [site], page: 1, pageSize: 100, total: 1 } },
  'GET /api/v1/users': { body: { items: [], page: 1, pageSize: 100, total: 0 } },
  ...extra,
});

describe('the organisation page', () => {
  it('checks a site’s SIRET before sending and says what the API refused', async () => {
    const app = renderApp(
      '/organisation',
      routes({
        'POST /api/v1/organisations/org-demo/sites': {
          status: 409,
          body: {
            type: 'about:blank',
            title: 'Conflict',
            status: 409,
            detail: 'this site is already declared',
          },
        },
      }),
    );
    const sites = await screen.findByRole('region', { name: 'Sites' });
    expect(
      await within(sites).findByText(/SIRET 90123456700013 · 12 rue des Frères Lumière, 69008 Lyon/),
    ).toBeInTheDocument();
    await userEvent.type(within(sites).getByRole('textbox', { name: 'SIRET du site' }), '123');
    await userEvent.click(within(sites).getByRole('button', { name: 'Ajouter un site' }));
    expect(
      await within(sites).findByText('Ce SIRET n’est pas valide (14 chiffres, clé de contrôle).'),
    ).toBeInTheDocument();
    expect(app.calls.filter((c) => c.method === 'POST')).toEqual([]);

    await userEvent.clear(within(sites).getByRole('textbox', { name: 'SIRET du site' }));
    await userEvent.type(within(sites).getByRole('textbox', { name: 'SIRET du site' }), '90123456700013');
    await userEvent.click(within(sites).getByRole('button', { name: 'Ajouter un site' }));
    expect(await within(sites).findByRole('alert')).toHaveTextContent('this site is already declared');
  });

  it('offers only the roles an admin may grant and puts the API’s field errors on the invite form', async () => {
    const app = renderApp(
      '/organisation',
      routes({
        'POST /api/v1/users': unprocessable([
          { field: 'email', message: 'this address already has an account' },
        ]),
      }),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Inviter un membre' }));
    const dialog = await screen.findByRole('dialog', { name: 'Inviter un membre de votre organisation' });
    await userEvent.click(within(dialog).getByRole('combobox', { name: 'Rôle' }));
    expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual([
      'Administrateur',
      'Membre',
    ]);
    await userEvent.click(screen.getByRole('option', { name: 'Membre' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Prénom' }), 'Bruno');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Nom' }), 'Durand');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Adresse e-mail' }),
      'bruno@example.org',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Envoyer l’invitation' }));
    const email = within(dialog).getByRole('textbox', { name: 'Adresse e-mail' });
    await waitFor(() => expect(email).toHaveAccessibleDescription('this address already has an account'));
    expect(app.calls.find((c) => c.method === 'POST')?.body).toEqual({
      firstName: 'Bruno',
      lastName: 'Durand',
      email: 'bruno@example.org',
      role: 'org_member',
      locale: 'fr',
    });
  });

  it('imports a sites spreadsheet, and lists every row the API rejected', async () => {
    let attempt = 0;
    const app = renderApp(
      '/organisation',
      routes({
        'POST /api/v1/organisations/org-demo/sites/import-upload': {
          body: {
            contextId: 'organisation:org-demo:sites-import',
            templateDocumentId: 'template-organisation-sites',
            columns: ['SIRET', 'Nom du site (facultatif)'],
            maxRows: 1000,
            maxBytes: 2097152,
          },
        },
        'POST /api/v1/organisations/org-demo/sites/import': () =>
          (attempt += 1) === 1
            ? unprocessable(
                [
                  { field: 'rows.3.siret', message: 'row 3: the SIRET is missing' },
                  { field: 'rows.5.siret', message: 'row 5: SIRET 123 must have 14 digits' },
                ],
                '2 row(s) rejected: no site was imported',
              )
            : { body: { imported: 1, sites: [site] } },
      }),
    );
    const section = await screen.findByRole('region', { name: 'Importer des sites depuis un fichier Excel' });
    // Mantine's FileInput is a button over a hidden file input: the file goes to the input.
    const input = () => section.querySelector('input[type="file"]') as HTMLInputElement;
    expect(within(section).getByRole('button', { name: 'Fichier Excel (.xlsx)' })).toBeInTheDocument();
    const file = new File(['xlsx'], 'sites.xlsx', {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    await userEvent.upload(input(), file);
    await userEvent.click(within(section).getByRole('button', { name: 'Importer les sites' }));
    const alert = await within(section).findByRole('alert');
    expect(alert).toHaveTextContent('Aucun site n’a été importé : 2 erreurs dans le fichier.');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['row 3: the SIRET is missing', 'row 5: SIRET 123 must have 14 digits']);
    expect(app.calls.find((c) => c.path.endsWith('/sites/import'))?.body).toEqual({
      documentId: 'doc-sites.xlsx',
    });

    await userEvent.upload(input(), file);
    await userEvent.click(within(section).getByRole('button', { name: 'Importer les sites' }));
    expect(await within(section).findByRole('status')).toHaveTextContent('1 site importé.');
  });
});
