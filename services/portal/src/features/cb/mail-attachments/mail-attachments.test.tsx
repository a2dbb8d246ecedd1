import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../test/render-app';
import { cbRoutes } from '../fixtures.test-data';

// Files go up by XMLHttpRequest: stood in for here.
vi.mock('../../upload/transfer', async (actual) => ({
  ...(await actual<typeof import('../../upload/transfer')>()),
  uploadSmall: vi.fn((await import('../../../test/uploads')).storedDocument),
}));

const filed = (id: string, name: string, mailKind: string) => ({
  id,
  schemeId: 'label-engagement',
  mailKind,
  documentId: `doc-${id}`,
  name,
  size: 20_480,
  createdBy: 'u-cb',
  createdAt: '2026-03-02T09:30:00.000Z',
});

describe('mail attachments', () => {
  it('files an uploaded PDF for a scheme’s decision mail, lists and removes the filings', async () => {
    const user = userEvent.setup();
    const items = [filed('a-1', 'Guide du questionnaire.pdf', 'questionnaire')];
    const { calls } = renderApp('/cb/mail-attachments', {
      ...cbRoutes(['cb_admin']),
      'GET /api/v1/mail-attachments': () => ({ body: { items, page: 1, pageSize: 20, total: items.length } }),
      'POST /api/v1/mail-attachments/context': {
        body: { contextId: 'cb:cb-demo:mail-attachments', accept: ['pdf', 'zip'], maxBytes: 10485760 },
      },
      'POST /api/v1/mail-attachments': (call) => {
        const added = { ...filed('a-2', 'Charte.pdf', 'decision'), ...(call.body as object) };
        items.push(added);
        return { status: 201, body: added };
      },
      'DELETE /api/v1/mail-attachments/a-1': () => ({ body: items.shift() }),
    });
    const row = await screen.findByRole('row', { name: /Guide du questionnaire\.pdf/ });
    expect(row).toHaveTextContent('Label Engagement');
    expect(row).toHaveTextContent('Questionnaire (ouverture du dossier)');
    expect(row).toHaveTextContent('20 KiB');

    const attach = screen.getByRole('button', { name: 'Joindre' });
    expect(attach).toBeDisabled();
    await user.click(screen.getByRole('combobox', { name: 'Référentiel' }));
    await user.click(await screen.findByRole('option', { name: 'Label Engagement' }));
    await user.click(screen.getByRole('combobox', { name: 'E-mail' }));
    await user.click(await screen.findByRole('option', { name: 'Décision (certificat délivré)' }));
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File(['%PDF-1.7'], 'Charte.pdf', { type: 'application/pdf' }));
    await user.click(attach);
    expect(await screen.findByRole('status')).toHaveTextContent('« Charte.pdf » sera joint à ces e-mails.');
    expect(calls.find((c) => c.method === 'POST' && c.path === '/api/v1/mail-attachments')?.body).toEqual({
      schemeId: 'label-engagement',
      mailKind: 'decision',
      documentId: 'cb:cb-demo:mail-attachments/Charte.pdf',
    });
    await screen.findByRole('row', { name: /Charte\.pdf/ });

    await user.click(within(row).getByRole('button', { name: 'Retirer « Guide du questionnaire.pdf »' }));
    await waitFor(() => expect(screen.queryByRole('row', { name: /Guide du questionnaire/ })).toBeNull());
    expect(calls.some((c) => c.method === 'DELETE' && c.path === '/api/v1/mail-attachments/a-1')).toBe(true);
  });
});
