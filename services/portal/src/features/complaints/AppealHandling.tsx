import { APPEAL_TABLE, mayTake, type AppealAction, type RpcResponse } from '@certhub/contracts';
import { Group, Radio, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { usePrincipal } from '../../app/session';
import { CaseSteps, HandlerSelect, ReasonStep } from './common';
import { FormDialog } from './FormDialog';
import { useCaseNames } from './names';
import '../../i18n/journey';

export type Appeal = RpcResponse<'complaints.appeals.get'>;

const SEVERITIES = ['major', 'minor'] as const;
const path = (appealId: string) => ({ params: { path: { appealId } } });
type ReasonedStep = `/api/v1/appeals/{appealId}/${'effect-suspension' | 'review'}`;
type AnsweredStep = `/api/v1/appeals/{appealId}/${'upholding' | 'rejection'}`;

/**
 * The steps the reader may take on an appeal now, as the appeal table says
 * (docs/domain/complaints-and-appeals.md#appeal-lifecycle): the CB's administrator names an
 * impartial handler (the API refuses anyone involved in the dossier, 422 on the field) and may
 * suspend the decision's effect; the handler upholds or rejects; a decision maker reviews an upheld
 * decision; the appellant may withdraw until it is decided.
 */
export function AppealHandling({ appeal: a }: { appeal: Appeal }) {
  const { t } = useTranslation();
  const principal = usePrincipal().data;
  const roles = principal?.roles ?? [];
  const cbSide = principal?.tenantType === 'cb';
  const people = useCaseNames();
  const refresh = [['appeals']];
  const version = a.version;
  const may = (action: AppealAction) => mayTake(APPEAL_TABLE, a.status, action, roles);
  const withReason = (step: ReasonedStep) => (reason: string) =>
    unwrap(api.POST(step, { ...path(a.id), body: { version, reason } }));
  const withAnswer = (step: AnsweredStep) => (answer: string) =>
    unwrap(api.POST(step, { ...path(a.id), body: { version, answer } }));
  const steps = [];

  if (cbSide && may('assign'))
    steps.push(
      <FormDialog
        key="assign"
        words="complaints.appeal.assign"
        initialValues={{ handlerId: '' }}
        required={['handlerId']}
        refresh={refresh}
        run={({ handlerId }) =>
          unwrap(
            api.POST('/api/v1/appeals/{appealId}/assignment', {
              ...path(a.id),
              body: { version, handlerId },
            }),
          )
        }
        fields={(form) => <HandlerSelect handlers={people.handlers} {...form.getInputProps('handlerId')} />}
      />,
    );
  if (cbSide && may('suspend_effect') && !a.effectSuspended)
    steps.push(
      <ReasonStep
        key="suspend-effect"
        words="complaints.appeal.suspendEffect"
        buttonProps={{ variant: 'outline' }}
        refresh={refresh}
        run={withReason('/api/v1/appeals/{appealId}/effect-suspension')}
      />,
    );
  const handles = roles.includes('cb_admin') || a.handlerId === principal?.userId;
  if (cbSide && handles && may('uphold'))
    steps.push(
      a.decision === 'finding_classification' ? (
        <UpholdOnFinding key="uphold" appeal={a} refresh={refresh} />
      ) : (
        <ReasonStep
          key="uphold"
          words="complaints.appeal.uphold"
          reasonLabel={t('complaints.appeal.answerText')}
          refresh={refresh}
          run={withAnswer('/api/v1/appeals/{appealId}/upholding')}
        />
      ),
      <ReasonStep
        key="reject"
        words="complaints.appeal.reject"
        reasonLabel={t('complaints.appeal.answerText')}
        danger
        refresh={refresh}
        run={withAnswer('/api/v1/appeals/{appealId}/rejection')}
      />,
    );
  if (cbSide && may('review'))
    steps.push(
      <ReasonStep
        key="review"
        words="complaints.appeal.review"
        refresh={[...refresh, ['dossiers', a.dossierId]]}
        run={withReason('/api/v1/appeals/{appealId}/review')}
      />,
    );
  if (!cbSide && may('withdraw'))
    steps.push(
      <ReasonStep
        key="withdraw"
        words="complaints.appeal.withdraw"
        withReason={false}
        danger
        refresh={refresh}
        run={() =>
          unwrap(api.POST('/api/v1/appeals/{appealId}/withdrawal', { ...path(a.id), body: { version } }))
        }
      />,
    );

  return <CaseSteps steps={steps} />;
}

/**
 * Upholding an appeal on a finding's classification says which classification the finding takes
 * (the review then applies it on the finding), with the reasoned answer.
 */
function UpholdOnFinding({ appeal: a, refresh }: { appeal: Appeal; refresh: unknown[][] }) {
  const { t } = useTranslation();
  return (
    <FormDialog
      words="complaints.appeal.uphold"
      explain={t('complaints.appeal.upholdFindingExplain')}
      initialValues={{ severity: '', answer: '' }}
      required={['severity', 'answer']}
      refresh={refresh}
      run={({ severity, answer }) =>
        unwrap(
          api.POST('/api/v1/appeals/{appealId}/upholding', {
            ...path(a.id),
            body: { version: a.version, answer, severity: severity as 'major' | 'minor' },
          }),
        )
      }
      fields={(form) => (
        <>
          <Radio.Group label={t('complaints.appeal.severity')} required {...form.getInputProps('severity')}>
            <Group mt="xs">
              {SEVERITIES.map((severity) => (
                <Radio key={severity} value={severity} label={t(`findings.severity.${severity}`)} />
              ))}
            </Group>
          </Radio.Group>
          <Textarea
            label={t('complaints.appeal.answerText')}
            required
            rows={3}
            {...form.getInputProps('answer')}
          />
        </>
      )}
    />
  );
}
