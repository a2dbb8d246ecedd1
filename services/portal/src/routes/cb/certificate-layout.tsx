import { createFileRoute } from '@tanstack/react-router';
import { Loading } from '../../app/feedback';
import { CertificateLayout } from '../../features/cb/certificate-layout/CertificateLayout';

/** The CB administrator's logo and signatory, printed on the CB's certificates. */
export const Route = createFileRoute('/cb/certificate-layout')({
  pendingComponent: () => <Loading lines={6} />,
  component: CertificateLayout,
});
