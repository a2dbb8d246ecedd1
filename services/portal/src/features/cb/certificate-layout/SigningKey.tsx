import { Alert, Button, Code, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { DialogForm } from '../../../app/DialogForm';
import { QueryView } from '../../../app/feedback';
import './certificate-layout.i18n';
import { useDialogMutation } from '../../../app/dialog-mutation';

/**
 * The key that signs the CB's verifiable credentials, as verifiers find it in the CB's public
 * did:web document (docs/domain/verifiable-certificates.md), and the administrator's way to start
 * signing with a new one: confirmed first, since every administrator is then told of it.
 */
export function SigningKey({ cbId }: { cbId: string }) {
  const { t } = useTranslation();
  const queryKey = ['did', cbId];
  const did = useQuery({
    queryKey,
    queryFn: () => unwrap(api.GET('/api/v1/public/cbs/{cbId}/did.json', { params: { path: { cbId } } })),
  });
  const rotate = useDialogMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/credentials/issuer-keys/rotation', { body: {} })),
    refresh: [queryKey],
  });
  return (
    <Stack component="section" aria-labelledby="signing-key" gap="sm">
      <Title order={2} size="h3" id="signing-key">
        {t('certificateLayout.key.title')}
      </Title>
      <QueryView query={did} lines={2}>
        {(document) => (
          <Stack gap="xs">
            <Text>
              {t('certificateLayout.key.issuer')} <Code>{document.id}</Code>
            </Text>
            <Text>
              {t('certificateLayout.key.current')}{' '}
              <Code>{document.assertionMethod.at(-1) ?? t('certificateLayout.key.none')}</Code>
            </Text>
            <Text size="sm">
              {t('certificateLayout.key.count', { count: document.verificationMethod.length })}
            </Text>
          </Stack>
        )}
      </QueryView>
      {rotate.isSuccess && (
        <Alert color="green.9" role="status">
          {t('certificateLayout.key.rotated', { kid: rotate.data.kid })}
        </Alert>
      )}
      <div>
        <Button variant="default" onClick={rotate.open}>
          {t('certificateLayout.key.rotate')}
        </Button>
      </div>
      <DialogForm
        {...rotate.dialog}
        title={t('certificateLayout.key.rotateTitle')}
        onSubmit={() => rotate.mutate()}
        failed={(message) => t('certificateLayout.failed', { message })}
        cancel={t('certificateLayout.key.cancel')}
        submit={{
          label: t('certificateLayout.key.rotateConfirm'),
          loading: rotate.isPending,
          autoFocus: true,
        }}
      >
        <Text>{t('certificateLayout.key.rotateExplain')}</Text>
      </DialogForm>
    </Stack>
  );
}
