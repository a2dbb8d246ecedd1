import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LodgeComplaint } from '../../features/complaints/LodgeComplaint';
import { idParam, queryParam } from '../../lib/search';
import { usePageTitle } from '../../lib/title';

/** Lodging a complaint: public (from a certificate's page, `?certificate=`) or signed in. */
export const Route = createFileRoute('/complaints/new')({
  validateSearch: (search: Record<string, unknown>): { certificate?: string; cb?: string } => ({
    certificate: queryParam(search['certificate']),
    cb: idParam(search['cb']),
  }),
  component: NewComplaint,
});

function NewComplaint() {
  const { t } = useTranslation();
  usePageTitle(t('complaints.lodge.title'));
  const { certificate, cb } = Route.useSearch();
  return <LodgeComplaint certificate={certificate} cb={cb} />;
}
