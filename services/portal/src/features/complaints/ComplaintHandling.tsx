import type { RpcResponse } from '@certhub/contracts';
import { Group, MultiSelect, Select, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { mayCall } from '../../api/may-call';
import { DossierPicker } from './DossierPicker';
import { CaseSteps, HandlerSelect, ReasonStep } from './common';
import { FormDialog } from './FormDialog';
import { useCaseNames } from './names';

export type Complaint = RpcResponse<'complaints.get'>;

const OUTCOMES = ['upheld', 'partially_upheld', 'not_upheld'] as const;
const AUDIT_TYPES = ['complementary_documentary', 'complementary_on_site'] as const;
const path = (complaintId: string) => ({ params: { path: { complaintId } } });
type ReasonedStep = `/api/v1/complaints/{complaintId}/${'dismissal' | 'suspension'}`;

/**
 * The steps the reader may take on a complaint now, as the complaint table says
 * (docs/domain/complaints-and-appeals.md#complaint-lifecycle): what the API would refuse is not
 * offered, and the API still checks.
 */
export function ComplaintHandling({ complaint: c }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const people = useCaseNames();
  const refresh = [['complaints']];
  const isHandler = people.isAdmin || c.handlerId === people.userId;
  const roles = people.roles;
  const version = c.version;
  const withReason = (step: ReasonedStep) => (reason: string) =>
    unwrap(api.POST(step, { ...path(c.id), body: { version, reason } }));
  const steps = [];

  if (c.status === 'received' && people.isAdmin)
    steps.push(
      <FormDialog
        key="acknowledge"
        words="complaints.act.acknowledge"
        initialValues={{ handlerId: '', dossierId: '' }}
        required={['handlerId']}
        refresh={refresh}
        run={({ handlerId, dossierId }) =>
          unwrap(
            api.POST('/api/v1/complaints/{complaintId}/acknowledgement', {
              ...path(c.id),
              body: { version, handlerId, ...(dossierId ? { dossierId } : {}) },
            }),
          )
        }
        fields={(form) => (
          <>
            <HandlerSelect handlers={people.handlers} {...form.getInputProps('handlerId')} />
            <DossierPicker
              label={t('complaints.act.dossier')}
              placeholder={t('complaints.act.dossierSearch')}
              initial={c.certificateNumber ?? c.organisationName}
              value={form.values.dossierId}
              onChange={(id) => form.setFieldValue('dossierId', id)}
              error={form.errors['dossierId'] as string | undefined}
            />
          </>
        )}
      />,
      <ReasonStep
        key="dismiss"
        words="complaints.act.dismiss"
        danger
        refresh={refresh}
        run={withReason('/api/v1/complaints/{complaintId}/dismissal')}
      />,
    );

  if (c.status === 'investigating' && isHandler) {
    if (c.dossierId && mayCall(roles, 'complaints.complementary-audit'))
      steps.push(
        <FormDialog
          key="audit"
          words="complaints.act.audit"
          explain={t('complaints.detail.dossier')}
          initialValues={{
            type: 'complementary_on_site' as string,
            startDate: '',
            endDate: '',
            auditorIds: [] as string[],
          }}
          required={['type', 'startDate', 'endDate', 'auditorIds']}
          refresh={refresh}
          run={(values) =>
            unwrap(
              api.POST('/api/v1/complaints/{complaintId}/complementary-audit', {
                ...path(c.id),
                body: {
                  version,
                  type: values.type as (typeof AUDIT_TYPES)[number],
                  startDate: values.startDate,
                  endDate: values.endDate,
                  auditorIds: values.auditorIds,
                },
              }),
            )
          }
          fields={(form) => (
            <>
              <Select
                label={t('complaints.act.auditType')}
                required
                allowDeselect={false}
                data={AUDIT_TYPES.map((a) => ({ value: a, label: t(`complaints.act.auditTypes.${a}`) }))}
                {...form.getInputProps('type')}
              />
              <Group grow align="flex-start">
                <TextInput
                  label={t('complaints.act.startDate')}
                  required
                  {...form.getInputProps('startDate')}
                />
                <TextInput label={t('complaints.act.endDate')} required {...form.getInputProps('endDate')} />
              </Group>
              <MultiSelect
                label={t('complaints.act.auditors')}
                required
                data={people.auditors.map((u) => ({ value: u.id, label: `${u.firstName} ${u.lastName}` }))}
                {...form.getInputProps('auditorIds')}
              />
            </>
          )}
        />,
      );
    if (c.dossierId && mayCall(roles, 'complaints.suspension'))
      steps.push(
        <ReasonStep
          key="suspend"
          words="complaints.act.suspend"
          danger
          refresh={refresh}
          run={withReason('/api/v1/complaints/{complaintId}/suspension')}
        />,
      );
    steps.push(
      <FormDialog
        key="answer"
        words="complaints.act.answer"
        initialValues={{ outcome: '', answer: '' }}
        required={['outcome', 'answer']}
        refresh={refresh}
        run={({ outcome, answer }) =>
          unwrap(
            api.POST('/api/v1/complaints/{complaintId}/answer', {
              ...path(c.id),
              body: { version, outcome: outcome as (typeof OUTCOMES)[number], answer },
            }),
          )
        }
        fields={(form) => (
          <>
            <Select
              label={t('complaints.act.outcome')}
              required
              data={OUTCOMES.map((o) => ({ value: o, label: t(`complaints.outcome.${o}`) }))}
              data-autofocus
              {...form.getInputProps('outcome')}
            />
            <Textarea
              label={t('complaints.act.answerText')}
              required
              autosize
              minRows={4}
              {...form.getInputProps('answer')}
            />
          </>
        )}
      />,
    );
  }

  return <CaseSteps steps={steps} />;
}
