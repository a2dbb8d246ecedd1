import { Text } from '@mantine/core';
import { useState } from 'react';
import { downloadFile } from './transfer';

/** The API path of a stored document's bytes. */
export const documentContentPath = (documentId: string) =>
  `/api/v1/documents/${encodeURIComponent(documentId)}/content`;

/**
 * Protected files downloaded on a click, and why the last try failed (cleared by the next one): the
 * browser says nothing of a fetched download that failed, so the screen says it beside the button.
 */
export function useDownload() {
  const [failed, setFailed] = useState<string>();
  const download = (path: string, fallbackName: string) => {
    setFailed(undefined);
    void downloadFile(path, fallbackName).catch((error: unknown) =>
      setFailed(error instanceof Error ? error.message : String(error)),
    );
  };
  return { download, failed, setFailed };
}

/** Why the last download failed, in the screen's words (`message`), said where its button is. */
export function DownloadFailure({
  failed,
  message,
}: {
  failed: string | undefined;
  message: (detail: string) => string;
}) {
  return failed ? (
    <Text size="sm" c="red.9" role="alert">
      {message(failed)}
    </Text>
  ) : null;
}
