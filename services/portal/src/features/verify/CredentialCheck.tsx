import { Alert, Button, Group, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../app/feedback';
import { credentialFrom } from './pdf-credential';
import { VerificationResult } from './VerificationResult';
import { verifyCredential } from './verify-credential';
import { FileCheckCard } from './FileCheckCard';

/** Marks a file or text that carries no credential, to say so instead of "invalid". */
class NoCredential extends Error {}

/** Any credential a visitor holds: a PDF (its attachment), a .vc.jwt file, or the text pasted. */
export function CredentialCheck() {
  const { t } = useTranslation();
  const [pasted, setPasted] = useState('');
  const check = useMutation({
    mutationFn: async (source: File | string) => {
      const jwt = await credentialFrom(source);
      if (!jwt)
        throw new NoCredential(
          typeof source === 'string'
            ? t('verify.pasteInvalid')
            : t('verify.noCredential', { name: source.name }),
        );
      return verifyCredential(jwt, { origin: window.location.origin });
    },
  });
  return (
    <FileCheckCard
      id="other-check"
      title={t('verify.otherTitle')}
      intro={t('verify.otherIntro')}
      drop={{
        choose: t('verify.choose'),
        hint: t('verify.drop'),
        accept: 'application/pdf,.pdf,.jwt,application/vc+jwt',
        onFile: (file) => check.mutate(file),
      }}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          check.mutate(pasted);
        }}
      >
        <Group align="flex-end" gap="sm">
          <Textarea
            label={t('verify.paste')}
            value={pasted}
            onChange={(e) => setPasted(e.currentTarget.value)}
            autosize
            minRows={2}
            maxRows={6}
            style={{ flex: 1 }}
            styles={{ input: { fontFamily: 'monospace', wordBreak: 'break-all' } }}
          />
          <Button type="submit" disabled={!pasted.trim()}>
            {t('verify.verify')}
          </Button>
        </Group>
      </form>
      <div aria-live="polite">
        {check.isPending && <Loading lines={2} />}
        {check.isError && (
          <Alert color="red.9" role="alert" p="xs">
            {check.error instanceof NoCredential
              ? check.error.message
              : t('verify.readFailed', { message: check.error.message })}
          </Alert>
        )}
        {check.data && <VerificationResult verification={check.data} />}
      </div>
    </FileCheckCard>
  );
}
