import { Stack, Text, Title } from '@mantine/core';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { LoadError } from '../../app/feedback';
import { AnchorLink } from '../../app/links';

/**
 * Another CB's dossier answers 404 like an unknown one: the page says "not found" and shows nothing
 * else, so a deep link never tells whether the dossier exists.
 */
export function DossierNotFound({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  if (!(error instanceof ApiError) || (error.problem.status !== 404 && error.problem.status !== 403))
    return <LoadError error={error} retry={reset} />;
  return (
    <Stack>
      <Title order={1}>{t('app.notFound')}</Title>
      <Text>{t('app.notYours')}</Text>
      <Text>
        <AnchorLink to="/cb/queue">{t('app.backToQueue')}</AnchorLink>
      </Text>
    </Stack>
  );
}
