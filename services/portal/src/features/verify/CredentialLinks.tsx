import { Anchor, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../upload/transfer';
// The words load with the certificate's panel, which shows these links.
import '../../i18n/verify';

/**
 * Beside a certificate's PDF: its verifiable credential as a file (`.vc.jwt`, for a wallet or a
 * verifier), and the public verification page its QR code opens, to share as a link.
 */
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
      <Button
        variant="light"
        onClick={() =>
          void downloadFile(
            `/api/v1/certificates/${encodeURIComponent(certificateId)}/credential.jwt`,
            `${number}.vc.jwt`,
          ).catch((error: unknown) => onFailed(error instanceof Error ? error.message : String(error)))
        }
      >
        {t('verify.downloadCredential')}
      </Button>
      <Anchor href={`/verify/${encodeURIComponent(number)}`} size="sm">
        {t('verify.publicPage')}
      </Anchor>
    </>
  );
}
