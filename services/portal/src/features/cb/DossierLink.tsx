import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../app/links';
import { dossierQuery } from '../../app/queries';
import { shortId } from './people';

/**
 * A finding carries its dossier's reference; older findings do not: the link then reads the dossier
 * (one cached query per dossier), its short id until then or if it cannot be read.
 */
export function DossierLink({
  dossierId,
  dossierReference,
  prefixed = true,
}: {
  dossierId: string;
  dossierReference?: string | undefined;
  prefixed?: boolean;
}) {
  const { t } = useTranslation();
  const dossier = useQuery({ ...dossierQuery(dossierId), enabled: !dossierReference });
  const reference = dossierReference ?? dossier.data?.reference ?? shortId(dossierId);
  return (
    <AnchorLink to="/cb/dossiers/$dossierId" params={{ dossierId }} size="sm">
      {prefixed ? t('cb.review.dossierLink', { reference }) : reference}
    </AnchorLink>
  );
}
