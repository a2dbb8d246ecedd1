import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../app/links';
import { dossierQuery } from '../../app/queries';
import { shortId } from './people';

/**
 * Findings name their dossier by id only: the link reads the dossier's reference (one cached query
 * per dossier), its short id until then or if it cannot be read.
 */
export function DossierLink({ dossierId, prefixed = true }: { dossierId: string; prefixed?: boolean }) {
  const { t } = useTranslation();
  const dossier = useQuery(dossierQuery(dossierId));
  const reference = dossier.data?.reference ?? shortId(dossierId);
  return (
    <AnchorLink to="/cb/dossiers/$dossierId" params={{ dossierId }} size="sm">
      {prefixed ? t('cb.review.dossierLink', { reference }) : reference}
    </AnchorLink>
  );
}
