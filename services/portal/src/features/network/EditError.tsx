import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { FormError } from '../../app/feedback';
import '../../i18n/network-admin';

/**
 * What a failed edit says: a stale version (409 on the version the form was opened on) offers to
 * reload the record; field errors stand beside their inputs; anything else is said as is.
 */
export function EditError({ error, reload }: { error: unknown; reload: () => void }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.problem.status === 409 && /version/.test(error.message))
    return (
      <Alert color="red.9" role="alert">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{t('networkAdmin.stale')}</Text>
          <Button size="xs" variant="white" color="red.9" onClick={reload}>
            {t('networkAdmin.reload')}
          </Button>
        </Stack>
      </Alert>
    );
  return <FormError error={error} message={(message) => t('training.common.failed', { message })} />;
}

/** The end of every edit form: what went wrong, if anything, then cancel and save. */
export function EditFooter({
  error,
  reload,
  onCancel,
  saving,
}: {
  error: unknown;
  reload: () => void;
  onCancel: () => void;
  saving: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <EditError error={error} reload={reload} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('networkAdmin.cancel')}
        </Button>
        <Button type="submit" loading={saving}>
          {t('networkAdmin.save')}
        </Button>
      </Group>
    </>
  );
}
