import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../app/feedback';
import { CertificateLayout } from '../../features/cb/certificate-layout/CertificateLayout';
import { usePageTitle } from '../../lib/title';

/** The CB administrator's logo and signatory, printed on the CB's certificates. */
export const Route = createFileRoute('/cb/certificate-layout')({
  pendingComponent: () => <Loading lines={6} />,
  component: CbCertificateLayout,
});

function CbCertificateLayout() {
  const { t } = useTranslation();
  usePageTitle(t('certificateLayout.title'));
  return <CertificateLayout />;
}
