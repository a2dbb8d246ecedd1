import type { AnswerValue, Question, QuestionOf, SiteRow } from '@certhub/contracts';
import { checkSiret } from '@certhub/contracts/numbers';
import {
  Button,
  Checkbox,
  CloseButton,
  Group,
  NumberInput,
  Radio,
  Select,
  Stack,
  Table,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { UploadZone } from '../upload/UploadZone';

export interface InputProps<Q extends Question = Question> {
  question: Q;
  /** The id of the label's element and the prefix of the inputs' ids. */
  inputId: string;
  label: string;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue) => void;
  error: string | undefined;
  readOnly: boolean;
  /** The upload context of a file question. */
  contextId: string;
}

const str = (value: AnswerValue | undefined) => (typeof value === 'string' ? value : '');
const list = (value: AnswerValue | undefined): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
const common = (p: InputProps) => ({
  id: p.inputId,
  label: p.label,
  required: p.question.required,
  error: p.error,
  readOnly: p.readOnly,
});

function YesNo(p: InputProps) {
  const { t } = useTranslation();
  const value = typeof p.value === 'boolean' ? String(p.value) : '';
  return (
    <Radio.Group {...common(p)} value={value} onChange={(v) => !p.readOnly && p.onChange(v === 'true')}>
      <Group gap="lg" mt={6}>
        <Radio value="true" label={t('questionnaire.yes')} disabled={p.readOnly && value !== 'true'} />
        <Radio value="false" label={t('questionnaire.no')} disabled={p.readOnly && value !== 'false'} />
      </Group>
    </Radio.Group>
  );
}

function SingleChoice(p: InputProps<QuestionOf<'single_choice'>>) {
  return (
    <Radio.Group {...common(p)} value={str(p.value)} onChange={(v) => !p.readOnly && p.onChange(v)}>
      <Stack gap={6} mt={6}>
        {p.question.options.map((o) => (
          <Radio
            key={o.value}
            value={o.value}
            label={o.label}
            disabled={p.readOnly && str(p.value) !== o.value}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}

function MultipleChoice(p: InputProps<QuestionOf<'multiple_choice'>>) {
  return (
    <Checkbox.Group {...common(p)} value={list(p.value)} onChange={(v) => !p.readOnly && p.onChange(v)}>
      <Stack gap={6} mt={6}>
        {p.question.options.map((o) => (
          <Checkbox
            key={o.value}
            value={o.value}
            label={o.label}
            disabled={p.readOnly && !list(p.value).includes(o.value)}
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

function NumberAnswer(p: InputProps<QuestionOf<'number'>>) {
  const { i18n } = useTranslation();
  const q = p.question;
  return (
    <NumberInput
      {...common(p)}
      value={typeof p.value === 'number' ? p.value : ''}
      onChange={(v) => p.onChange(typeof v === 'number' ? v : v === '' ? null : Number(v))}
      min={q.min}
      max={q.max}
      allowDecimal={!q.integer}
      decimalSeparator={i18n.language === 'fr' ? ',' : '.'}
      thousandSeparator={i18n.language === 'fr' ? ' ' : ','}
      rightSection={q.unit}
      maw={280}
    />
  );
}

function Siret(p: InputProps) {
  const { t } = useTranslation();
  const value = str(p.value);
  const check = value ? checkSiret(value) : undefined;
  return (
    <TextInput
      {...common(p)}
      value={value}
      onChange={(e) => p.onChange(e.currentTarget.value)}
      error={p.error ?? (check && !check.ok ? t('questionnaire.siretInvalid') : undefined)}
      inputMode="numeric"
      autoComplete="off"
      maw={280}
    />
  );
}

function Sites(p: InputProps<QuestionOf<'sites_table'>>) {
  const { t } = useTranslation();
  const rows = Array.isArray(p.value) ? (p.value as SiteRow[]) : [];
  const set = (index: number, change: Partial<SiteRow>) =>
    p.onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  return (
    <Stack gap="xs">
      <Table withTableBorder verticalSpacing={4} aria-labelledby={`${p.inputId}-label`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('questionnaire.siteSiret')}</Table.Th>
            <Table.Th scope="col">{t('questionnaire.siteName')}</Table.Th>
            <Table.Th scope="col">{t('questionnaire.siteRole')}</Table.Th>
            {!p.readOnly && <Table.Th aria-label={t('questionnaire.siteActions')} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, i) => (
            <Table.Tr key={i}>
              <Table.Td>
                <TextInput
                  aria-label={t('questionnaire.siteSiretOf', { row: i + 1 })}
                  value={row.siret}
                  readOnly={p.readOnly}
                  error={row.siret && !checkSiret(row.siret).ok ? t('questionnaire.siretInvalid') : undefined}
                  onChange={(e) => set(i, { siret: e.currentTarget.value })}
                />
              </Table.Td>
              <Table.Td>
                <TextInput
                  aria-label={t('questionnaire.siteNameOf', { row: i + 1 })}
                  value={row.name}
                  readOnly={p.readOnly}
                  onChange={(e) => set(i, { name: e.currentTarget.value })}
                />
              </Table.Td>
              <Table.Td>
                <Select
                  aria-label={t('questionnaire.siteRoleOf', { row: i + 1 })}
                  value={row.role}
                  readOnly={p.readOnly}
                  allowDeselect={false}
                  data={[
                    { value: 'site', label: t('questionnaire.site') },
                    { value: 'subcontractor', label: t('questionnaire.subcontractor') },
                  ]}
                  onChange={(v) => set(i, { role: v === 'subcontractor' ? 'subcontractor' : 'site' })}
                />
              </Table.Td>
              {!p.readOnly && (
                <Table.Td>
                  <CloseButton
                    aria-label={t('questionnaire.removeRow', { row: i + 1 })}
                    onClick={() => p.onChange(rows.filter((_, j) => j !== i))}
                  />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {!p.readOnly && rows.length < p.question.maxRows && (
        <Button
          variant="light"
          size="xs"
          w="fit-content"
          onClick={() => p.onChange([...rows, { siret: '', name: '', role: 'site' }])}
        >
          {t('questionnaire.addRow')}
        </Button>
      )}
    </Stack>
  );
}

function Files(p: InputProps<QuestionOf<'file' | 'file_from_template'>>) {
  return (
    <UploadZone
      label={p.label}
      contextId={p.contextId}
      value={list(p.value)}
      onChange={p.onChange}
      rules={p.question.rules}
      readOnly={p.readOnly}
    />
  );
}

/** The input of one question, by its type. */
export function AnswerInput(p: InputProps) {
  const q = p.question;
  switch (q.type) {
    case 'yes_no':
      return <YesNo {...p} />;
    case 'single_choice':
      return <SingleChoice {...p} question={q} />;
    case 'multiple_choice':
      return <MultipleChoice {...p} question={q} />;
    case 'text':
      return (
        <TextInput
          {...common(p)}
          value={str(p.value)}
          maxLength={q.maxLength}
          onChange={(e) => p.onChange(e.currentTarget.value)}
        />
      );
    case 'long_text':
      return (
        <Textarea
          {...common(p)}
          value={str(p.value)}
          maxLength={q.maxLength}
          autosize
          minRows={3}
          onChange={(e) => p.onChange(e.currentTarget.value)}
        />
      );
    case 'number':
      return <NumberAnswer {...p} question={q} />;
    case 'date':
      return (
        <TextInput
          {...common(p)}
          type="date"
          value={str(p.value)}
          min={q.min}
          max={q.max}
          onChange={(e) => p.onChange(e.currentTarget.value)}
          maw={220}
        />
      );
    case 'siret':
      return <Siret {...p} />;
    case 'sites_table':
      return <Sites {...p} question={q} />;
    case 'file':
    case 'file_from_template':
      return <Files {...p} question={q} />;
  }
}
