import { Button, Text, Textarea, type ButtonProps } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogForm } from '../../app/DialogForm';
import { placeFieldErrors } from '../../lib/forms';
import { useDialogMutation } from '../../app/dialog-mutation';
// Its dialog's words (cancel, confirm, failure) are the CB workspace's, also used on training pages.
import '../../i18n/cb';

/**
 * A step that cannot be taken back (refuse, suspend, withdraw, decide…): the button opens a dialog
 * that says what follows, asks the reason when the API records one, and runs only once confirmed.
 * The invalidated queries (`refresh`) show the new state behind the dialog as it closes.
 */
export function ConfirmAction({
  label,
  ariaLabel,
  title,
  explain,
  confirmLabel,
  withReason = true,
  reasonOptional = false,
  reasonLabel,
  danger = false,
  disabled = false,
  buttonProps,
  refresh,
  run,
}: {
  label: string;
  /** The button's accessible name, when its label alone repeats beside another one's. */
  ariaLabel?: string;
  title: string;
  explain: ReactNode;
  confirmLabel?: string;
  withReason?: boolean;
  /** A comment the API takes but does not need (a request for measures). */
  reasonOptional?: boolean;
  reasonLabel?: string;
  danger?: boolean;
  disabled?: boolean;
  buttonProps?: ButtonProps;
  refresh: readonly unknown[][];
  run: (reason: string) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const form = useForm({
    mode: 'controlled',
    initialValues: { reason: '' },
    validate: {
      reason: (value) =>
        !withReason || reasonOptional || value.trim() ? null : t('cb.instruct.reasonRequired'),
    },
  });
  const action = useDialogMutation({
    mutationFn: ({ reason }: { reason: string }) => run(reason.trim()),
    refresh,
    onSuccess: () => form.reset(),
    onError: (error) => placeFieldErrors(error, form),
  });
  const color = danger ? 'red.9' : undefined;
  return (
    <>
      <Button
        variant={danger ? 'outline' : 'filled'}
        color={color}
        disabled={disabled}
        aria-label={ariaLabel}
        onClick={() => {
          action.reset();
          action.open();
        }}
        {...buttonProps}
      >
        {label}
      </Button>
      <DialogForm
        {...action.dialog}
        title={title}
        onSubmit={form.onSubmit((values) => action.mutate(values))}
        failed={(message) => t('cb.instruct.failed', { message })}
        cancel={t('cb.instruct.cancel')}
        submit={{
          label: confirmLabel ?? t('cb.instruct.confirm'),
          loading: action.isPending,
          color,
          autoFocus: !withReason,
        }}
      >
        <Text>{explain}</Text>
        {withReason && (
          <Textarea
            label={reasonLabel ?? t('cb.instruct.reason')}
            required={!reasonOptional}
            rows={3}
            data-autofocus
            {...form.getInputProps('reason')}
          />
        )}
      </DialogForm>
    </>
  );
}
