import { Button, Text } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogForm } from '../../app/DialogForm';
import { placeFieldErrors } from '../../lib/forms';
import { useDialogMutation } from '../../app/dialog-mutation';

/**
 * A step of a case that takes more than a reason (a handler, a dossier, an audit's dates): the
 * button opens a dialog with the step's fields, required ones checked here, the API's field errors
 * placed beside their inputs; the refreshed queries show the new state as it closes. Its words are
 * `words`, `${words}Title` and, unless `explain` says otherwise, `${words}Explain`.
 */
export function FormDialog<V extends Record<string, unknown>>({
  words,
  explain,
  initialValues,
  required,
  fields,
  refresh,
  run,
}: {
  words: string;
  explain?: ReactNode;
  initialValues: V;
  /** Fields that must not be left empty. */
  required: readonly (keyof V & string)[];
  fields: (form: UseFormReturnType<V>) => ReactNode;
  refresh: readonly unknown[][];
  run: (values: V) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const form = useForm<V>({
    mode: 'controlled',
    initialValues,
    validate: Object.fromEntries(
      required.map((field) => [
        field,
        (value: unknown) =>
          (Array.isArray(value) ? value.length : String(value ?? '').trim())
            ? null
            : t('complaints.act.required'),
      ]),
    ) as never,
  });
  const action = useDialogMutation({
    mutationFn: run,
    refresh,
    onSuccess: () => form.reset(),
    onError: (error) => placeFieldErrors(error, form),
  });
  return (
    <>
      <Button
        onClick={() => {
          action.reset();
          action.open();
        }}
      >
        {t(words)}
      </Button>
      <DialogForm
        {...action.dialog}
        title={t(`${words}Title`)}
        size="lg"
        onSubmit={form.onSubmit((values) => action.mutate(values))}
        failed={(message) => t('complaints.act.failed', { message })}
        cancel={t('complaints.act.cancel')}
        submit={{ label: t('complaints.act.save'), loading: action.isPending }}
      >
        <Text>{explain ?? t(`${words}Explain`)}</Text>
        {fields(form)}
      </DialogForm>
    </>
  );
}
