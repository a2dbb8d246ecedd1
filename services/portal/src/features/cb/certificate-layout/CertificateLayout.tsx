import type { CertificateLayout as Layout } from '@certhub/contracts';
import { Alert, Button, FileInput, Group, Image, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { FormError, LoadError, Loading } from '../../../app/feedback';
import { usePrincipal } from '../../../app/session';
import { placeFieldErrors } from '../../../lib/forms';
import { usePageTitle } from '../../../lib/title';
import './certificate-layout.i18n';
import { SigningKey } from './SigningKey';
import { Hint } from '../../../app/Hint';

/** The contract takes 96,000 characters of base64 data URL: 70 KB of image stays under it. */
const MAX_IMAGE_BYTES = 70 * 1024;
const IMAGE_TYPES = ['image/png', 'image/jpeg'];
const QUERY_KEY = ['certificate-layout'];

const dataUrlOf = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable file'));
    reader.readAsDataURL(file);
  });

/** One printed image: what is set now, a file to replace it, a way to remove it. */
function ImageField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<string>();
  const choose = async (file: File | null) => {
    setError(undefined);
    if (!file) return;
    if (!IMAGE_TYPES.includes(file.type))
      return setError(t('certificateLayout.notImage', { name: file.name }));
    if (file.size > MAX_IMAGE_BYTES) return setError(t('certificateLayout.tooLarge', { name: file.name }));
    onChange(await dataUrlOf(file));
  };
  return (
    <Stack gap={4}>
      <FileInput
        label={label}
        accept={IMAGE_TYPES.join(',')}
        onChange={(file) => void choose(file)}
        error={error}
        clearable
      />
      <Group gap="sm" align="center">
        {value ? (
          <>
            <Image src={value} alt={t('certificateLayout.current')} h={60} w="auto" fit="contain" />
            <Button variant="default" size="xs" onClick={() => onChange(undefined)}>
              {t('certificateLayout.removeImage')}
            </Button>
          </>
        ) : (
          <Hint>{t('certificateLayout.noImage')}</Hint>
        )}
      </Group>
    </Stack>
  );
}

/**
 * The CB administrator's logo and signatory, printed on every certificate the CB issues from now on
 * (docs/domain/verifiable-certificates.md), and the key that signs their verifiable credentials.
 * Images travel as small data URLs, as the contract says.
 */
export function CertificateLayout() {
  const { t } = useTranslation();
  usePageTitle(t('certificateLayout.title'));
  const principal = usePrincipal();
  const layout = useQuery({
    queryKey: QUERY_KEY,
    queryFn: () => unwrap(api.GET('/api/v1/certificate-layout')),
  });
  if (layout.isPending) return <Loading lines={6} />;
  if (layout.isError) return <LoadError error={layout.error} retry={() => void layout.refetch()} />;
  return (
    <Stack gap="xl" maw={640}>
      <LayoutForm current={layout.data} />
      {principal.data && <SigningKey cbId={principal.data.tenantId} />}
    </Stack>
  );
}

function LayoutForm({ current }: { current: Partial<Layout> }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [logo, setLogo] = useState(current.logo);
  const [signature, setSignature] = useState(current.signatory?.signature);
  const form = useForm({
    initialValues: {
      signatory: { name: current.signatory?.name ?? '', role: current.signatory?.role ?? '' },
    },
    validate: {
      signatory: {
        name: (v: string) => (v.trim() ? null : t('certificateLayout.required')),
        role: (v: string) => (v.trim() ? null : t('certificateLayout.required')),
      },
    },
  });
  const save = useMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(
        api.PUT('/api/v1/certificate-layout', {
          body: {
            ...(logo ? { logo } : {}),
            signatory: {
              name: values.signatory.name.trim(),
              role: values.signatory.role.trim(),
              ...(signature ? { signature } : {}),
            },
          },
        }),
      ),
    onSuccess: (saved) => queryClient.setQueryData(QUERY_KEY, saved),
    onError: (error) => placeFieldErrors(error, form),
  });
  return (
    <Stack gap="lg">
      <Title order={1}>{t('certificateLayout.title')}</Title>
      <Text>{t('certificateLayout.intro')}</Text>
      <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
        <Stack>
          <ImageField label={t('certificateLayout.logo')} value={logo} onChange={setLogo} />
          <TextInput
            label={t('certificateLayout.signatoryName')}
            required
            {...form.getInputProps('signatory.name')}
          />
          <TextInput
            label={t('certificateLayout.signatoryRole')}
            required
            {...form.getInputProps('signatory.role')}
          />
          <ImageField label={t('certificateLayout.signature')} value={signature} onChange={setSignature} />
          <FormError error={save.error} message={(message) => t('certificateLayout.failed', { message })} />
          {save.isSuccess && (
            <Alert color="green.9" role="status">
              {t('certificateLayout.saved')}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('certificateLayout.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
