import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LodgeAppeal } from '../../features/complaints/LodgeAppeal';
import { idParam } from '../../lib/search';
import { usePageTitle } from '../../lib/title';

/** The organisation appeals a decision on one of its dossiers (`?dossier=` from the dossier's page). */
export const Route = createFileRoute('/appeals/new')({
  validateSearch: (search: Record<string, unknown>): { dossier?: string } => ({
    dossier: idParam(search['dossier']),
  }),
  component: NewAppeal,
});

function NewAppeal() {
  const { t } = useTranslation();
  usePageTitle(t('complaints.appeal.lodgeTitle'));
  return <LodgeAppeal dossierId={Route.useSearch().dossier} />;
}
