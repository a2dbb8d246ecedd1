import { LodgeComplaintRequestSchema } from '@certhub/contracts';
import {
  Alert,
  Button,
  Card,
  Group,
  Radio,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { FormError } from '../../app/feedback';
import { AnchorLink } from '../../app/links';
import { certificationBodiesQuery } from '../../app/queries';
import { useOptionalSession } from '../../app/session';
import { formatDate } from '../../lib/format';
import { placeFieldErrors, withoutBlanks, zodFormErrors } from '../../lib/forms';
import { verifyNumber } from '../registry/verify';
import { ChosenFiles, ComplainantUploads } from './ComplainantFiles';
import '../../i18n/complaints';
import { Hint } from '../../app/Hint';

const ABOUT = ['certified_organisation', 'certification_body', 'other'] as const;
type About = (typeof ABOUT)[number];

/**
 * Lodging a complaint (docs/domain/complaints-and-appeals.md#lodging): by anyone, from a
 * certificate's public page (the certificate names the holder and its CB), or signed in with a CB
 * chosen from the list. The reference comes back at once; the private follow link goes by mail, and
 * to the inbox of someone signed in.
 */
export function LodgeComplaint({
  certificate,
  cb,
}: {
  certificate?: string | undefined;
  cb?: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const session = useOptionalSession();
  const verified = useQuery({
    queryKey: ['registry', 'number', certificate],
    enabled: Boolean(certificate),
    queryFn: () => verifyNumber(certificate ?? ''),
  });
  // The CB list is for signed-in people (the API's rule); a visitor starts from a certificate.
  const bodies = useQuery({ ...certificationBodiesQuery, enabled: Boolean(session) });
  const profile = session?.user.profile;
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      cbId: cb ?? '',
      about: (certificate ? 'certified_organisation' : 'certification_body') as About,
      certificateNumber: certificate ?? '',
      organisationName: '',
      subject: '',
      facts: '',
      complainant: {
        name: profile?.name ?? '',
        email: profile?.email ?? '',
        phone: '',
        organisation: '',
      },
    },
  });
  // Sent once the complaint is lodged, with the authorisation its lodging answers.
  const [files, setFiles] = useState<File[]>([]);
  const cbId = verified.data?.cbId ?? form.values.cbId;
  const lodge = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      unwrap(api.POST('/api/v1/complaints', { body: body as never })),
    onError: (error) => placeFieldErrors(error, form),
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = form.getValues();
    const body = {
      ...withoutBlanks({ ...values, cbId, complainant: undefined }),
      complainant: withoutBlanks(values.complainant),
      locale: i18n.language === 'en' ? 'en' : 'fr',
    };
    const errors = zodFormErrors(LodgeComplaintRequestSchema, body, t('complaints.lodge.required'), {
      'complainant.email': t('complaints.lodge.emailInvalid'),
      'complainant.phone': t('complaints.lodge.phoneInvalid'),
    });
    if (
      body.about === 'certified_organisation' &&
      !('certificateNumber' in body) &&
      !('organisationName' in body)
    )
      errors['organisationName'] = t('complaints.lodge.nameOrCertificate');
    form.setErrors(errors);
    const first = Object.keys(errors)[0];
    if (first) form.getInputNode(first)?.focus();
    else lodge.mutate(body);
  };

  if (lodge.isSuccess)
    return (
      <Stack maw={640} gap="md">
        <Stack gap="md" role="status">
          <Title order={1}>{t('complaints.lodge.doneTitle', { reference: lodge.data.reference })}</Title>
          <Text>
            {t('complaints.lodge.done', { date: formatDate(lodge.data.acknowledgeBy, i18n.language) })}
          </Text>
          {/* Signed in, the token went with the complaint: the notice reaches the inbox too. */}
          {session && <Text>{t('complaints.lodge.doneInbox')}</Text>}
        </Stack>
        <Title order={2} size="h4">
          {t('complaints.files.title')}
        </Title>
        <ComplainantUploads authorisation={lodge.data.upload.authorisation} queued={files} />
      </Stack>
    );

  const needsCb = !verified.data && !cb;
  return (
    <Stack maw={640} gap="lg">
      <Title order={1}>{t('complaints.lodge.title')}</Title>
      <Text>{t('complaints.lodge.intro')}</Text>
      {verified.data && (
        <Card withBorder padding="sm">
          <Text>
            {t('complaints.lodge.aboutCertificate', {
              number: verified.data.number,
              holder: verified.data.holderName,
              cb: verified.data.cbName,
            })}
          </Text>
        </Card>
      )}
      {needsCb && !session ? (
        <Alert color="indigo" title={t('complaints.lodge.noCb')}>
          <AnchorLink to="/registry">{t('complaints.lodge.toRegistry')}</AnchorLink>
        </Alert>
      ) : (
        <form noValidate onSubmit={submit}>
          <Stack gap="md">
            {needsCb && (
              <Select
                label={t('complaints.lodge.cb')}
                required
                searchable
                data={(bodies.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))}
                {...form.getInputProps('cbId')}
              />
            )}
            <Radio.Group label={t('complaints.lodge.about')} required {...form.getInputProps('about')}>
              <Group mt="xs">
                {ABOUT.map((about) => (
                  <Radio key={about} value={about} label={t(`complaints.about.${about}`)} />
                ))}
              </Group>
            </Radio.Group>
            {form.values.about === 'certified_organisation' && (
              <Group grow align="flex-start">
                <TextInput
                  label={t('complaints.lodge.certificateNumber')}
                  readOnly={Boolean(verified.data)}
                  {...form.getInputProps('certificateNumber')}
                />
                <TextInput
                  label={t('complaints.lodge.organisationName')}
                  placeholder={verified.data?.holderName}
                  {...form.getInputProps('organisationName')}
                />
              </Group>
            )}
            <TextInput label={t('complaints.lodge.subject')} required {...form.getInputProps('subject')} />
            <Textarea
              label={t('complaints.lodge.facts')}
              description={t('complaints.lodge.factsHint')}
              required
              autosize
              minRows={5}
              {...form.getInputProps('facts')}
            />
            <ChosenFiles files={files} onChange={setFiles} />
            <Title order={2} size="h4">
              {t('complaints.lodge.contact')}
            </Title>
            <Hint>{t('complaints.lodge.confidential')}</Hint>
            <Group grow align="flex-start">
              <TextInput
                label={t('complaints.lodge.name')}
                required
                autoComplete="name"
                {...form.getInputProps('complainant.name')}
              />
              <TextInput
                label={t('complaints.lodge.email')}
                type="email"
                required
                autoComplete="email"
                {...form.getInputProps('complainant.email')}
              />
            </Group>
            <Group grow align="flex-start">
              <TextInput
                label={t('complaints.lodge.phone')}
                type="tel"
                autoComplete="tel"
                {...form.getInputProps('complainant.phone')}
              />
              <TextInput
                label={t('complaints.lodge.organisation')}
                autoComplete="organization"
                {...form.getInputProps('complainant.organisation')}
              />
            </Group>
            <FormError error={lodge.error} message={(message) => t('complaints.lodge.failed', { message })} />
            <Group>
              <Button type="submit" loading={lodge.isPending}>
                {t('complaints.lodge.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
