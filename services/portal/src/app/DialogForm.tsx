import { Button, Group, Modal, Stack, type MantineSize } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from './feedback';

/**
 * The dialog every confirming or short-form step opens: its fields, the failure the API answered
 * (field errors stand beside their inputs, the rest above the buttons), an optional way back and
 * the submitting button. Enter submits, as in any form.
 */
export function DialogForm({
  opened,
  onClose,
  title,
  size,
  onSubmit,
  error,
  failed,
  cancel,
  submit,
  children,
}: {
  opened: boolean;
  onClose: () => void;
  title: ReactNode;
  size?: MantineSize;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  error: unknown;
  failed: (message: string) => string;
  /** The label of the button that closes without acting; none where the close cross is enough. */
  cancel?: string;
  submit: {
    label: ReactNode;
    loading: boolean;
    color?: string;
    disabled?: boolean;
    /** Where no field takes the focus, the confirming button does. */
    autoFocus?: boolean;
  };
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      centered
      size={size}
      closeButtonProps={{ 'aria-label': t('app.close') }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          // React carries events through the portal to the page's own form (a registration a
          // dialog may sit in): it must not submit that one too.
          event.stopPropagation();
          onSubmit(event);
        }}
      >
        <Stack gap="md">
          {children}
          <FormError error={error} message={failed} />
          <Group justify="flex-end">
            {cancel && (
              <Button variant="default" onClick={onClose}>
                {cancel}
              </Button>
            )}
            <Button
              type="submit"
              color={submit.color}
              loading={submit.loading}
              disabled={submit.disabled}
              {...(submit.autoFocus ? { 'data-autofocus': true } : {})}
            >
              {submit.label}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
