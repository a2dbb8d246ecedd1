import { Anchor, Button, type MantineSize } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../upload/transfer';
// The words load with the certificate's panel, which shows these links.
import '../../i18n/verify';

/**
 * Beside a certificate's PDF: its verifiable credential as a file (`.vc.jwt`, for a wallet or a
 * verifier) and a QR code of its public verification page, to print or share.
 * `certificatePath`: the certificate's API path (an organisation's or a person's).
 */
export function CredentialDownloads({
  certificatePath,
  number,
  onFailed,
  size,
}: {
  certificatePath: string;
  number: string;
  onFailed: (message: string) => void;
  size?: MantineSize;
}) {
  const { t } = useTranslation();
  const download = (path: string, name: string) =>
    void downloadFile(`${certificatePath}/${path}`, name).catch((error: unknown) =>
      onFailed(error instanceof Error ? error.message : String(error)),
    );
  return (
    <>
      <Button variant="light" size={size} onClick={() => download('credential.jwt', `${number}.vc.jwt`)}>
        {t('verify.downloadCredential')}
      </Button>
      <Button variant="subtle" size={size} onClick={() => download('credential/qr.svg', `${number}-qr.svg`)}>
        {t('verify.downloadQr')}
      </Button>
    </>
  );
}

/** An organisation's certificate: its credential's files, and the public page its QR code opens. */
export function CredentialLinks({
  certificateId,
  number,
  onFailed,
}: {
  certificateId: string;
  number: string;
  onFailed: (message: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <CredentialDownloads
        certificatePath={`/api/v1/certificates/${encodeURIComponent(certificateId)}`}
        number={number}
        onFailed={onFailed}
      />
      <Anchor href={`/verify/${encodeURIComponent(number)}`} size="sm">
        {t('verify.publicPage')}
      </Anchor>
    </>
  );
}
