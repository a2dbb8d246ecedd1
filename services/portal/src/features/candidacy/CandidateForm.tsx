import {
  APPROACH_ORIGINS,
  CreateCandidateRequestSchema,
  MAIN_FUNDERS,
  OVERSEAS_COLLECTIVITIES,
  PUBLIC_TYPES,
  REGISTRATION_STATUSES,
  candidateFieldIssues,
  establishmentWorks,
} from '@certhub/contracts';
import {
  Autocomplete,
  Button,
  Card,
  Group,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { FormError } from '../../app/feedback';
import { zodFormErrors } from '../../lib/forms';
import {
  DELEGATED_BRANCHES,
  candidateRequest,
  countryOptions,
  shownFields,
  type CandidateFormValues,
} from './candidate-form';
import { Hint } from '../../app/Hint';
import { ChoiceField, DateField } from '../../app/form-fields';

/** The request's field names onto the form's (the address is flat on screen, the birth place one choice). */
const formField = (path: string) =>
  path.startsWith('address.')
    ? path.slice('address.'.length)
    : path === 'bornAbroad' || path === 'bornInOverseasCollectivity'
      ? 'birthPlace'
      : path;

function Block({ title, children, hint }: { title: string; children: ReactNode; hint?: string }) {
  return (
    <Card withBorder padding="lg" component="fieldset" style={{ margin: 0, minWidth: 0 }}>
      <Title
        order={2}
        size="h4"
        component="legend"
        style={{ float: 'left', width: '100%', marginBottom: 12 }}
      >
        {title}
      </Title>
      <Stack gap="md" style={{ clear: 'both' }}>
        {hint && <Hint>{hint}</Hint>}
        {children}
      </Stack>
    </Card>
  );
}

export interface CandidateFormProps {
  initial: CandidateFormValues;
  establishments: { id: string; name: string; active: boolean; organisationActive: boolean }[];
  /** An edit keeps the establishment (a transfer moves a dossier). */
  establishmentLocked?: boolean;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (body: ReturnType<typeof candidateRequest>) => void;
  /** Shown above the buttons instead of the generic failure (the duplicate's warning). */
  errorSlot?: ReactNode;
}

/**
 * The candidate's sheet: identity as on the ID document, birth place by where the candidate was
 * born, and the registration data whose fields depend on each other (an employee names his branch,
 * then whether the base is contextualised to it). Checked with the contract's own rules before
 * sending; the API's field errors land on the same inputs.
 */
export function CandidateForm({
  initial,
  establishments,
  establishmentLocked,
  submitLabel,
  pending,
  error,
  onSubmit,
  errorSlot,
}: CandidateFormProps) {
  const { t, i18n } = useTranslation();
  const form = useForm<CandidateFormValues>({
    mode: 'controlled',
    initialValues: initial,
    validate: (values) => {
      const body = candidateRequest(values);
      const errors = zodFormErrors(CreateCandidateRequestSchema, body, t('training.common.required'), {
        birthDate: t('training.form.birthDateInvalid'),
        birthPostalCode: t('training.form.birthPostalCodeInvalid'),
        email: t('training.common.emailInvalid'),
        phone: t('training.common.phoneInvalid'),
        'address.postalCode': t('training.common.postalCodeInvalid'),
      });
      // The rules between fields run after the shape's in zod: asked here too, so every missing
      // answer shows at the first attempt (an employee's branch with the rest).
      for (const issue of candidateFieldIssues(body))
        errors[issue.path] ??=
          body[issue.path as keyof typeof body] === undefined ? t('training.common.required') : issue.message;
      return Object.fromEntries(Object.entries(errors).map(([path, message]) => [formField(path), message]));
    },
  });
  useEffect(() => {
    if (!(error instanceof ApiError)) return;
    const errors = Object.fromEntries(
      Object.entries(error.fieldErrors()).map(([path, message]) => [formField(path), message]),
    );
    if (!Object.keys(errors).length) return;
    form.setErrors(errors);
    form.getInputNode(Object.keys(errors)[0] as string)?.focus();
    // Placed once per answer.
  }, [error]);
  const shown = shownFields(form.values);
  const countries = useMemo(() => countryOptions(i18n.language), [i18n.language]);
  const activeEstablishments = establishments.filter(
    (e) => establishmentWorks(e) || e.id === initial.establishmentId,
  );

  return (
    <form
      noValidate
      onSubmit={form.onSubmit(
        (values) => onSubmit(candidateRequest(values)),
        (errors) => {
          const first = Object.keys(errors)[0];
          if (first) form.getInputNode(first)?.focus();
        },
      )}
    >
      <Stack gap="lg">
        <Text size="sm">{t('training.form.identityWarning')}</Text>
        <Block title={t('training.form.evaluator')}>
          <Select
            label={t('training.form.establishment')}
            required
            disabled={establishmentLocked}
            allowDeselect={false}
            searchable
            nothingFoundMessage={t('training.form.noEstablishment')}
            data={activeEstablishments.map((e) => ({ value: e.id, label: e.name }))}
            {...form.getInputProps('establishmentId')}
          />
        </Block>
        <Block title={t('training.form.candidate')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <ChoiceField
              label={t('training.form.registrationStatus')}
              required
              values={REGISTRATION_STATUSES}
              labelOf={(v) => t(`training.form.registrationStatuses.${v}`)}
              {...form.getInputProps('registrationStatus')}
            />
            {shown.delegatedBranch && (
              <Autocomplete
                label={t('training.form.delegatedBranch')}
                description={t('training.form.delegatedBranchHint')}
                required
                data={[...DELEGATED_BRANCHES]}
                {...form.getInputProps('delegatedBranch')}
              />
            )}
          </SimpleGrid>
          {shown.contextualisedBase && (
            <Radio.Group
              label={t('training.form.contextualisedBase')}
              description={t('training.form.contextualisedBaseHint')}
              required
              {...form.getInputProps('contextualisedBase')}
            >
              <Group mt="xs">
                <Radio value="yes" label={t('training.common.yes')} />
                <Radio value="no" label={t('training.common.no')} />
              </Group>
            </Radio.Group>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <ChoiceField
              label={t('training.form.publicType')}
              clearable
              values={PUBLIC_TYPES}
              labelOf={(v) => t(`training.form.publicTypes.${v}`)}
              {...form.getInputProps('publicType')}
            />
            <Select
              label={t('training.form.trainingLevel')}
              description={t('training.form.trainingLevelHint')}
              required
              data={[1, 2, 3, 4, 5, 6, 7, 8].map((level) => ({
                value: String(level),
                label: t('training.form.level', { level }),
              }))}
              {...form.getInputProps('trainingLevel')}
            />
            <ChoiceField
              label={t('training.form.mainFunder')}
              required
              values={MAIN_FUNDERS}
              labelOf={(v) => t(`training.form.mainFunders.${v}`)}
              {...form.getInputProps('mainFunder')}
            />
            <ChoiceField
              label={t('training.form.approachOrigin')}
              clearable
              values={APPROACH_ORIGINS}
              labelOf={(v) => t(`training.form.approachOrigins.${v}`)}
              {...form.getInputProps('approachOrigin')}
            />
          </SimpleGrid>
          <Radio.Group label={t('training.form.civility')} required {...form.getInputProps('civility')}>
            <Group mt="xs">
              <Radio value="mr" label={t('training.form.civilities.mr')} />
              <Radio value="mrs" label={t('training.form.civilities.mrs')} />
            </Group>
          </Radio.Group>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t('training.form.birthName')}
              required
              autoComplete="off"
              {...form.getInputProps('birthName')}
            />
            <TextInput
              label={t('training.form.usageName')}
              autoComplete="off"
              {...form.getInputProps('usageName')}
            />
            <TextInput
              label={t('training.form.firstName')}
              required
              autoComplete="off"
              {...form.getInputProps('firstName')}
            />
          </SimpleGrid>
          <DateField
            label={t('training.form.birthDate')}
            description={t('training.form.birthDateHint')}
            required
            w={240}
            {...form.getInputProps('birthDate')}
          />
          <Radio.Group label={t('training.form.birthPlace')} required {...form.getInputProps('birthPlace')}>
            <Stack mt="xs" gap="xs">
              {(['france', 'abroad', 'overseas'] as const).map((place) => (
                <Radio key={place} value={place} label={t(`training.form.birthPlaces.${place}`)} />
              ))}
            </Stack>
          </Radio.Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {shown.birthCountry && (
              <Select
                label={t('training.form.birthCountry')}
                required
                searchable
                data={countries}
                {...form.getInputProps('birthCountry')}
              />
            )}
            {shown.birthCollectivity && (
              <ChoiceField
                label={t('training.form.birthCollectivity')}
                required
                values={OVERSEAS_COLLECTIVITIES}
                labelOf={(code) => t(`training.form.collectivities.${code}`)}
                {...form.getInputProps('birthCollectivity')}
              />
            )}
            <TextInput label={t('training.form.birthCity')} required {...form.getInputProps('birthCity')} />
            {shown.birthPostalCode && (
              <TextInput
                label={t('training.form.birthPostalCode')}
                required
                inputMode="numeric"
                maxLength={5}
                {...form.getInputProps('birthPostalCode')}
              />
            )}
          </SimpleGrid>
        </Block>
        <Block title={t('training.form.contact')} hint={t('training.form.contactHint')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput type="email" label={t('training.common.email')} {...form.getInputProps('email')} />
            <TextInput type="tel" label={t('training.common.phone')} {...form.getInputProps('phone')} />
            <TextInput label={t('training.common.line1')} {...form.getInputProps('line1')} />
            <TextInput label={t('training.common.line2')} {...form.getInputProps('line2')} />
            <TextInput label={t('training.common.postalCode')} {...form.getInputProps('postalCode')} />
            <TextInput label={t('training.common.city')} {...form.getInputProps('city')} />
          </SimpleGrid>
        </Block>
        <Block title={t('training.form.goals')} hint={t('training.form.goalsHint')}>
          <Textarea
            autosize
            minRows={3}
            label={t('training.form.professionalGoals')}
            {...form.getInputProps('professionalGoals')}
          />
          <Textarea
            autosize
            minRows={3}
            label={t('training.form.personalGoals')}
            {...form.getInputProps('personalGoals')}
          />
        </Block>
        <Hint>{t('training.form.requiredNote')}</Hint>
        {errorSlot ?? (
          <FormError error={error} message={(message) => t('training.common.failed', { message })} />
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
