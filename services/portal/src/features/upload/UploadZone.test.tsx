import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Providers } from '../../app/App';
import { initI18n } from '../../i18n/i18n';
import { NetworkError, type StoredDocument, type Upload } from './transfer';
import { UploadZone, type UploadRules } from './UploadZone';

const MB = 1024 * 1024;
const file = (name: string, bytes: number, type = 'application/pdf') =>
  new File([new Uint8Array(bytes)], name, { type });

/** An upload the test drives: progress, then success or failure, when it says so. */
function controlledUpload() {
  const started: {
    file: File;
    progress: (f: number) => void;
    done: (d: StoredDocument) => void;
    fail: (e: Error) => void;
  }[] = [];
  const upload: Upload = (f, _context, onProgress) =>
    new Promise((resolve, reject) =>
      started.push({ file: f, progress: onProgress, done: resolve, fail: reject }),
    );
  return { upload: vi.fn(upload), started };
}

function Harness({
  upload,
  rules,
  initial = [],
}: {
  upload: Upload;
  rules: UploadRules;
  initial?: string[];
}) {
  const [ids, setIds] = useState(initial);
  return (
    <>
      <UploadZone
        label="Kbis"
        contextId="finding:f-1:proofs"
        value={ids}
        onChange={setIds}
        rules={rules}
        upload={upload}
      />
      <output data-testid="ids">{ids.join(',')}</output>
    </>
  );
}

const rules: UploadRules = { accept: ['.pdf', 'image/png'], maxBytes: 8 * MB, maxCount: 2 };

function renderZone(upload: Upload, initial?: string[]) {
  void initI18n('fr');
  return render(
    <Providers env="test">
      <Harness upload={upload} rules={rules} {...(initial ? { initial } : {})} />
    </Providers>,
  );
}

describe('the upload widget', () => {
  it('says beside a listed file why its download failed', async () => {
    const { upload, started } = controlledUpload();
    renderZone(upload);
    fireEvent.drop(document.querySelector('.drop-zone') as HTMLElement, {
      dataTransfer: { files: [file('kbis.pdf', 1000)] },
    });
    await waitFor(() => expect(started).toHaveLength(1));
    started[0]?.done({ documentId: 'doc-1', name: 'kbis.pdf', size: 1000, contentType: 'application/pdf' });
    const fetch = vi.fn(
      async () => new Response(JSON.stringify({ status: 404, title: 'Introuvable' }), { status: 404 }),
    );
    vi.stubGlobal('fetch', fetch);
    try {
      await userEvent.setup().click(await screen.findByRole('button', { name: 'Télécharger kbis.pdf' }));
      expect(await screen.findByRole('alert')).toHaveTextContent(/^Le téléchargement a échoué : /);
      expect(fetch).toHaveBeenCalledWith('/api/v1/documents/doc-1/content', expect.anything());
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('sends a dropped file to its context with a progress bar, then lists it', async () => {
    const { upload, started } = controlledUpload();
    const { container } = renderZone(upload);
    const zone = container.querySelector('.drop-zone') as HTMLElement;
    fireEvent.dragOver(zone, { dataTransfer: { files: [] } });
    expect(zone).toHaveAttribute('data-over');
    fireEvent.drop(zone, { dataTransfer: { files: [file('kbis.pdf', 1000)] } });
    await waitFor(() => expect(started).toHaveLength(1));
    expect(upload.mock.calls[0]?.[1]).toBe('finding:f-1:proofs');
    started[0]?.progress(0.42);
    expect(await screen.findByRole('progressbar', { name: 'Envoi de kbis.pdf : 42 %' })).toBeVisible();
    started[0]?.done({ documentId: 'doc-1', name: 'kbis.pdf', size: 1000, contentType: 'application/pdf' });
    await waitFor(() => expect(screen.getByTestId('ids')).toHaveTextContent('doc-1'));
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Kbis' })).toHaveTextContent('kbis.pdf');
    expect(screen.getByRole('button', { name: 'Télécharger kbis.pdf' })).toBeVisible();
  });

  it('checks type, size and count before any byte leaves, and says why per file', async () => {
    const { upload, started } = controlledUpload();
    const { container } = renderZone(upload, ['doc-0']);
    fireEvent.drop(container.querySelector('.drop-zone') as HTMLElement, {
      dataTransfer: {
        files: [
          file('notes.txt', 10, 'text/plain'),
          file('scan.pdf', 9 * MB),
          file('a.pdf', 10),
          file('b.pdf', 10),
        ],
      },
    });
    await waitFor(() => expect(started).toHaveLength(1));
    expect(started[0]?.file.name).toBe('a.pdf');
    expect(screen.getByText('notes.txt : type refusé (acceptés : .pdf, image/png).')).toBeVisible();
    expect(screen.getByText('scan.pdf : fichier trop lourd (8 Mo au plus).')).toBeVisible();
    expect(screen.getByText('b.pdf : 2 fichiers au plus pour cette question.')).toBeVisible();
  });

  it('is reachable with the keyboard: the button opens the file chooser, a failure is said and can be dismissed', async () => {
    const { upload, started } = controlledUpload();
    const { container } = renderZone(upload);
    const input = container.querySelector('input[type=file]') as HTMLInputElement;
    const chooser = vi.spyOn(input, 'click');
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Choisir des fichiers : Kbis' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(chooser).toHaveBeenCalled();
    await userEvent.upload(input, file('photo.png', 10, 'image/png'));
    await waitFor(() => expect(started).toHaveLength(1));
    started[0]?.fail(new Error('le service des documents est indisponible'));
    expect(
      await screen.findByText('photo.png n’a pas pu être envoyé : le service des documents est indisponible'),
    ).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Fermer le message sur photo.png' }));
    expect(screen.queryByText(/photo\.png n’a pas pu/)).not.toBeInTheDocument();
    expect(screen.getByTestId('ids')).toHaveTextContent('');
  });

  it('offers "Reprendre" on a broken connection, which sends the same file again with its progress', async () => {
    const { upload, started } = controlledUpload();
    const { container } = renderZone(upload);
    fireEvent.drop(container.querySelector('.drop-zone') as HTMLElement, {
      dataTransfer: { files: [file('audit.pdf', 6 * MB)] },
    });
    await waitFor(() => expect(started).toHaveLength(1));
    started[0]?.progress(0.5);
    started[0]?.fail(new NetworkError());
    expect(
      await screen.findByText(
        'audit.pdf n’a pas pu être envoyé : la connexion a été interrompue ; les parties déjà envoyées sont gardées, reprenez l’envoi',
      ),
    ).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Reprendre l’envoi de audit.pdf' }));
    await waitFor(() => expect(started).toHaveLength(2));
    expect(started[1]?.file).toBe(started[0]?.file);
    // The resumed transfer reports the parts already stored at once.
    started[1]?.progress(0.5);
    expect(await screen.findByRole('progressbar', { name: 'Envoi de audit.pdf : 50 %' })).toBeVisible();
    expect(screen.queryByText(/audit\.pdf n’a pas pu/)).not.toBeInTheDocument();
    started[1]?.done({
      documentId: 'doc-9',
      name: 'audit.pdf',
      size: 6 * MB,
      contentType: 'application/pdf',
    });
    await waitFor(() => expect(screen.getByTestId('ids')).toHaveTextContent('doc-9'));
  });

  it('offers no "Reprendre" for a refusal', async () => {
    const { upload, started } = controlledUpload();
    const { container } = renderZone(upload);
    fireEvent.drop(container.querySelector('.drop-zone') as HTMLElement, {
      dataTransfer: { files: [file('audit.pdf', 100)] },
    });
    await waitFor(() => expect(started).toHaveLength(1));
    started[0]?.fail(new Error('le fichier contient un logiciel malveillant'));
    expect(await screen.findByText(/audit\.pdf n’a pas pu être envoyé/)).toBeVisible();
    expect(screen.queryByRole('button', { name: /Reprendre/ })).not.toBeInTheDocument();
  });
});
