import { Text } from '@mantine/core';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { NotFoundOrError } from '../../app/feedback';
import { AnchorLink } from '../../app/links';

/** A dossier of another CB reads like an unknown one; the way back is the CB's queue. */
export function DossierNotFound({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  return (
    <NotFoundOrError error={error} retry={reset}>
      <Text>{t('app.notYours')}</Text>
      <Text>
        <AnchorLink to="/cb/queue">{t('app.backToQueue')}</AnchorLink>
      </Text>
    </NotFoundOrError>
  );
}
