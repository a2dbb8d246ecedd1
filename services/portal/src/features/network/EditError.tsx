import { Alert, Button, Group, Stack, Text, type MantineSpacing } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { FormError } from '../../app/feedback';
import { placeFieldErrors } from '../../lib/forms';
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

/**
 * A network place's edit form: the form on `initialValues`, checked by `validate`, saved by `save`
 * (the API's field errors stand beside their inputs), then its fields, what went wrong if anything,
 * cancel and save. Once saved, `onSaved` updates what shows the record and the form closes; a stale
 * version's reload refetches `reloadKey` and closes the form, to be opened again on the new version.
 */
export function EditForm<V extends Record<string, unknown>, R>({
  label,
  initialValues,
  validate,
  save,
  onSaved,
  reloadKey,
  onDone,
  gap,
  children,
}: {
  label: string;
  initialValues: V;
  validate: (values: V) => Record<string, string>;
  save: (values: V) => Promise<R>;
  onSaved: (saved: R) => unknown;
  reloadKey: readonly unknown[];
  onDone: () => void;
  gap?: MantineSpacing;
  children: (form: UseFormReturnType<V>) => ReactNode;
}) {
  const queryClient = useQueryClient();
  const form = useForm<V>({ mode: 'controlled', initialValues, validate });
  const saving = useMutation({
    mutationFn: save,
    onSuccess: async (saved) => {
      await onSaved(saved);
      onDone();
    },
    onError: (error) => placeFieldErrors(error, form),
  });
  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: reloadKey });
    onDone();
  };
  return (
    <form noValidate aria-label={label} onSubmit={form.onSubmit((v) => saving.mutate(v))}>
      <Stack {...(gap ? { gap } : {})}>
        {children(form)}
        <EditFooter
          error={saving.error}
          reload={() => void reload()}
          onCancel={onDone}
          saving={saving.isPending}
        />
      </Stack>
    </form>
  );
}

/** The end of every edit form: what went wrong, if anything, then cancel and save. */
function EditFooter({
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
