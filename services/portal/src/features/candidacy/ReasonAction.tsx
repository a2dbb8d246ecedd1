import { Button, Text, Textarea, type ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogForm } from '../../app/DialogForm';

/**
 * A button opening a dialog that asks for a reason (3 characters at least, as the API wants) before
 * the action is sent; the dialog closes once the action succeeded.
 */
export function ReasonAction({
  label,
  title,
  reasonLabel,
  reasonHint,
  explain,
  confirm,
  onConfirm,
  buttonProps,
  danger = false,
}: {
  label: string;
  title: string;
  reasonLabel: string;
  reasonHint?: string;
  explain?: string;
  confirm: string;
  onConfirm: (reason: string) => Promise<unknown>;
  buttonProps?: ButtonProps;
  /** A step that cannot be taken back lightly (abandon): the confirming button says so in red. */
  danger?: boolean;
}) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState(false);
  const action = useMutation({
    mutationFn: () => onConfirm(reason.trim()),
    onSuccess: () => {
      setReason('');
      close();
    },
  });
  return (
    <>
      <Button variant="default" {...buttonProps} onClick={open}>
        {label}
      </Button>
      <DialogForm
        opened={opened}
        onClose={close}
        title={title}
        onSubmit={() => {
          if (reason.trim().length < 3) return setInvalid(true);
          action.mutate();
        }}
        error={action.error}
        failed={(message) => t('training.common.failed', { message })}
        cancel={t('training.common.cancel')}
        submit={{ label: confirm, loading: action.isPending, color: danger ? 'red.9' : undefined }}
      >
        {explain && <Text size="sm">{explain}</Text>}
        <Textarea
          label={reasonLabel}
          description={reasonHint}
          required
          data-autofocus
          autosize
          minRows={3}
          value={reason}
          error={invalid && reason.trim().length < 3 ? t('training.common.reasonRequired') : undefined}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
      </DialogForm>
    </>
  );
}
