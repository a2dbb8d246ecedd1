import { checkSiret } from '@certhub/contracts/numbers';
import { Anchor, Button, Card, Group, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SIGN_IN_PATH } from '../auth/boot';
import { api, unwrap } from '../api/client';
import { FormError } from '../app/feedback';
import { useFormDraft } from '../lib/draft';
import { withoutBlanks, zodFormErrors, placeFieldErrors } from '../lib/forms';
import { usePageTitle } from '../lib/title';

export const Route = createFileRoute('/register')({ component: Register });

const PASSWORD: 'password'[] = ['password'];

/** The contracts' zod schemas (zod itself is most of their weight) load once the form is touched,
 * so the page's first script stays within its budget; submitting waits for them if needed. */
const registrationSchema = () =>
  import('@certhub/contracts/identity').then((m) => m.RegistrationRequestSchema);

/** Seed 000's first screen: an organisation's admin creates the account, the SIRET pre-fills the company. */
function Register() {
  const { t, i18n } = useTranslation();
  const form = useForm({
    mode: 'controlled',
    initialValues: { siret: '', organisationName: '', firstName: '', lastName: '', email: '', password: '' },
  });
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = form.getValues();
    const errors = zodFormErrors(await registrationSchema(), withoutBlanks(values), t('open.required'), {
      siret: t('register.siretInvalid'),
      email: t('register.emailInvalid'),
      password: t('register.passwordRules'),
    });
    form.setErrors(errors);
    const first = Object.keys(errors)[0];
    if (first) form.getInputNode(first)?.focus();
    else register.mutate(values);
  };
  const draft = useFormDraft('register', form, PASSWORD);
  usePageTitle(t('register.title'));
  const siret = form.values.siret.replace(/\s/g, '');
  const siretValid = checkSiret(siret).ok;
  const company = useQuery({
    queryKey: ['companies', siret],
    enabled: siretValid,
    retry: false,
    staleTime: Infinity,
    queryFn: () => unwrap(api.GET('/api/v1/companies/{siret}', { params: { path: { siret } } })),
  });
  const register = useMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(
        api.POST('/api/v1/registrations', {
          body: {
            ...(withoutBlanks({ ...values, siret }) as typeof values),
            locale: i18n.language === 'en' ? 'en' : 'fr',
          },
        }),
      ),
    onSuccess: () => draft.clear(),
    onError: (error) => placeFieldErrors(error, form),
  });

  if (register.isSuccess)
    return (
      <Stack maw={560} gap="md" role="status">
        <Title order={1}>{t('register.done')}</Title>
        <Text>{t('register.checkMail', { email: form.values.email })}</Text>
        <Group>
          <Button component="a" href={SIGN_IN_PATH}>
            {t('register.signIn')}
          </Button>
        </Group>
      </Stack>
    );

  return (
    <Stack maw={560} gap="lg">
      <Title order={1}>{t('register.title')}</Title>
      <Text>{t('register.intro')}</Text>
      <form
        noValidate
        onSubmit={(event) => void submit(event)}
        onFocusCapture={() => void registrationSchema()}
      >
        <Stack gap="md">
          <TextInput
            label={t('register.siret')}
            description={t('register.siretHint')}
            required
            inputMode="numeric"
            autoComplete="off"
            {...form.getInputProps('siret')}
            error={
              form.errors['siret'] ?? (siretValid && company.isError ? t('register.siretUnknown') : undefined)
            }
          />
          {company.data && (
            <Card withBorder padding="sm" aria-live="polite">
              <Text size="sm" c="dimmed">
                {t('register.company')}
              </Text>
              <Text fw={600}>{company.data.name}</Text>
              <Text size="sm">
                {company.data.address.line1}, {company.data.address.postalCode} {company.data.address.city}
              </Text>
            </Card>
          )}
          <TextInput
            label={t('register.organisationName')}
            placeholder={company.data?.name}
            autoComplete="organization"
            {...form.getInputProps('organisationName')}
          />
          <Group grow align="flex-start">
            <TextInput
              label={t('register.firstName')}
              required
              autoComplete="given-name"
              {...form.getInputProps('firstName')}
            />
            <TextInput
              label={t('register.lastName')}
              required
              autoComplete="family-name"
              {...form.getInputProps('lastName')}
            />
          </Group>
          <TextInput
            label={t('register.email')}
            type="email"
            required
            autoComplete="email"
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('register.password')}
            description={t('register.passwordRules')}
            required
            autoComplete="new-password"
            {...form.getInputProps('password')}
          />
          <FormError error={register.error} message={(message) => t('register.failed', { message })} />
          <Group justify="space-between">
            <Button type="submit" loading={register.isPending}>
              {t('register.submit')}
            </Button>
            <Text size="sm">
              {t('register.haveAccount')} <Anchor href={SIGN_IN_PATH}>{t('register.signIn')}</Anchor>
            </Text>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
