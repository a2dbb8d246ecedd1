import {
  CANDIDACY_STATUS_LABELS,
  NETWORK_ADMIN_ROLES,
  establishmentWorks,
  type CandidacyStatus,
  type Habilitation,
} from '@certhub/contracts';
import { Button, Card, Group, Select, Stack, Text, Title, type StackProps } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { ComponentProps, FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ChoiceFilter } from '../../app/ChoiceFilter';
import { FormError, ToneBadge } from '../../app/feedback';
import { usePrincipal } from '../../app/session';
import { placeFieldErrors } from '../../lib/forms';
import { oneOfParam } from '../../lib/search';
import { useRefreshCandidate } from './records';
import '../../i18n/training';

const CANDIDACY_COLOR: Partial<Record<CandidacyStatus, string>> = {
  certified: 'green',
  not_certified: 'red',
  abandoned: 'gray',
  complement_requested: 'orange',
};

export function CandidacyBadge({ status }: { status: CandidacyStatus }) {
  const { i18n } = useTranslation();
  const labels = CANDIDACY_STATUS_LABELS[i18n.language === 'en' ? 'en' : 'fr'];
  return <ToneBadge color={CANDIDACY_COLOR[status] ?? 'indigo'}>{labels[status]}</ToneBadge>;
}

/** A validated habilitation whose period is over reads "expired", as the API flags it. */
export const habilitationState = (h: Pick<Habilitation, 'status' | 'expired'>) =>
  h.status === 'validated' && h.expired ? 'expired' : h.status;

const HABILITATION_COLOR = {
  pending: 'orange',
  validated: 'green',
  rejected: 'red',
  expired: 'gray',
} as const;

export function HabilitationBadge({
  habilitation,
}: {
  habilitation: Pick<Habilitation, 'status' | 'expired'>;
}) {
  const { t } = useTranslation();
  const state = habilitationState(habilitation);
  return (
    <ToneBadge color={HABILITATION_COLOR[state]}>{t(`training.habilitations.statuses.${state}`)}</ToneBadge>
  );
}

/** What a form that sends one action gives its card: the submit handler, then the action's state. */
type FormAction = {
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  error: unknown;
  isPending: boolean;
  isSuccess: boolean;
};

/**
 * A form that sends one action: on submit its values are checked (each wrong field says why, the
 * first takes the focus), then sent by `send`; the API's refusal of a field stands beside it too
 * (`apiFields` names the form's field where the API's name differs). Once done the form starts again
 * (`reset`, the whole of it unless told) and `refresh` fetches again what shows the result.
 * `FormCard` and `ActionForm` take it as their `action`.
 */
export function useFormAction<Values extends Record<string, unknown>>(
  form: UseFormReturnType<Values>,
  {
    send,
    refresh,
    reset = () => form.reset(),
    apiFields = {},
  }: {
    send: (values: Values) => Promise<unknown>;
    refresh: () => Promise<unknown>;
    reset?: () => void;
    apiFields?: Record<string, keyof Values & string>;
  },
) {
  const mutation = useMutation({
    mutationFn: send,
    onSuccess: async () => {
      reset();
      await refresh();
    },
    onError: (error) => placeFieldErrors(error, form, apiFields),
  });
  const onSubmit = form.onSubmit(
    (values) => mutation.mutate(values),
    (errors) => {
      const first = Object.keys(errors)[0];
      if (first) form.getInputNode(first)?.focus();
    },
  );
  return { ...mutation, onSubmit };
}

/** A list field's error: its own, or its first element's (the API names `documentIds.0`). */
export const listError = (errors: Record<string, ReactNode>, field: string): ReactNode =>
  errors[field] ?? Object.entries(errors).find(([path]) => path.startsWith(`${field}.`))?.[1];

/**
 * A change to one candidate sent at once (a button, a reason confirmed in a dialog): the API's
 * refusal thrown for the caller to show, else the candidate's records fetched again.
 */
export function useCandidateChange(candidateId: string) {
  const refresh = useRefreshCandidate(candidateId);
  return async <T,>(call: Promise<{ data?: T; error?: unknown; response: Response }>) => {
    const answer = await unwrap(call);
    await refresh();
    return answer;
  };
}

/**
 * A form's last lines: the action's failure, its success when `done` says it, then the submit
 * button (after `beside`, another way out such as asking for a complement).
 */
function SubmitRow({
  action,
  submit,
  done,
  beside,
}: {
  action: FormAction;
  submit: string;
  done?: string | undefined;
  beside?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <>
      <FormError error={action.error} message={(message) => t('training.common.failed', { message })} />
      {done && action.isSuccess && <Text role="status">{done}</Text>}
      <Group justify="flex-end">
        {beside}
        <Button type="submit" loading={action.isPending}>
          {submit}
        </Button>
      </Group>
    </>
  );
}

/**
 * A form in its own card, titled, sending its `action` (`useFormAction`): the action's failure,
 * and its success when `done` says it, stand above the submit button.
 */
export function FormCard({
  id,
  title,
  level = 2,
  action,
  submit,
  done,
  children,
}: {
  id: string;
  title: string;
  /** 2 for a page's own form, 3 for one inside a tab. */
  level?: 2 | 3;
  action: FormAction;
  submit: string;
  done?: string;
  children: ReactNode;
}) {
  return (
    <Card withBorder component="form" noValidate aria-labelledby={id} onSubmit={action.onSubmit}>
      <Stack>
        <Title order={level} size={level === 2 ? 'h4' : 'h5'} id={id}>
          {title}
        </Title>
        {children}
        <SubmitRow action={action} submit={submit} done={done} />
      </Stack>
    </Card>
  );
}

/** The same form as `FormCard` within a tab's flow, named by `label` instead of a title. */
export function ActionForm({
  label,
  action,
  submit,
  done,
  beside,
  gap,
  children,
}: {
  label: string;
  action: FormAction;
  submit: string;
  done?: string;
  beside?: ReactNode;
  gap?: StackProps['gap'];
  children: ReactNode;
}) {
  return (
    <form noValidate aria-label={label} onSubmit={action.onSubmit}>
      <Stack gap={gap}>
        {children}
        <SubmitRow action={action} submit={submit} done={done} beside={beside} />
      </Stack>
    </form>
  );
}

/**
 * A request list's state filter: all states or one. Its words are `${words}.state`,
 * `${words}.allStates` and `${words}.statuses.<state>`.
 */
export function StateFilter<S extends string>({
  words,
  states,
  value,
  onChange,
}: {
  words: string;
  states: readonly S[];
  value: S | 'all';
  onChange: (value: S | 'all' | undefined) => void;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={t(`${words}.state`)}
      allowDeselect={false}
      value={value}
      data={[
        { value: 'all', label: t(`${words}.allStates`) },
        ...states.map((s) => ({ value: s, label: t(`${words}.statuses.${s}` as string) })),
      ]}
      onChange={(v) => onChange(oneOfParam([...states, 'all'] as const, v))}
      w={220}
    />
  );
}

/** A list's filter on the active flag, as the URL spells it: yes, no, or either when cleared. */
export function ActiveFilter(
  props: Omit<ComponentProps<typeof ChoiceFilter<'true' | 'false'>>, 'choices' | 'labelOf'>,
) {
  const { t } = useTranslation();
  return (
    <ChoiceFilter
      {...props}
      choices={['true', 'false'] as const}
      labelOf={(v) => t(v === 'true' ? 'training.common.yes' : 'training.common.no')}
    />
  );
}

/** The query of one page of a request list, newest request first, in the `StateFilter`'s state. */
export function requestListQuery<S extends string>(state: S | 'all', page: number, pageSize: number) {
  return {
    page,
    pageSize,
    sort: '-requestedAt' as const,
    ...(state === 'all' ? {} : { status: state as Exclude<S, 'all'> }),
  };
}

/** Who the caller is on the individuals' line: training side (with his perimeter) or certifier. */
export function useTrainingRole() {
  const principal = usePrincipal().data;
  const roles = principal?.roles ?? [];
  const network = principal?.tenantType === 'network';
  return {
    principal,
    network,
    networkId: network ? principal?.tenantId : undefined,
    certifier:
      principal?.tenantType === 'cb' && roles.some((r) => r === 'certifier_staff' || r === 'cb_admin'),
    jury: principal?.tenantType === 'cb' && roles.includes('jury_member'),
    admin: network && roles.some((r) => NETWORK_ADMIN_ROLES.includes(r)),
    /** The network's own staff (no perimeter): organisations are theirs to add. */
    networkStaff: network && !principal?.perimeter,
    establishmentId: principal?.perimeter?.establishmentId,
    trainingOrganisationId: principal?.perimeter?.trainingOrganisationId,
  };
}

/** The establishments within the caller's perimeter (one page of 100: a network's count), for names and choices. */
export function useEstablishments(trainingOrganisationId?: string) {
  return useQuery({
    queryKey: ['establishments', 'all', trainingOrganisationId ?? null],
    staleTime: 60_000,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/establishments', {
          params: {
            query: {
              pageSize: 100,
              sort: 'name',
              ...(trainingOrganisationId ? { trainingOrganisationId } : {}),
            },
          },
        }),
      ),
  });
}

export function useEstablishmentNames(): (id: string) => string {
  const establishments = useEstablishments().data?.items ?? [];
  const names = new Map(establishments.map((e) => [e.id, e.name]));
  return (id) => names.get(id) ?? id;
}

/**
 * Whether an establishment may record now (seed 002 §5): working (else read-only), and holding a
 * habilitation in force (else no evaluation nor training), with `certifierId` when one is named (a
 * candidacy's). Null while unknown or without an establishment.
 */
export function useEstablishmentState(establishmentId: string | undefined, certifierId?: string) {
  const enabled = Boolean(establishmentId);
  const establishment = useQuery({
    queryKey: ['establishments', establishmentId],
    enabled,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/establishments/{establishmentId}', {
          params: { path: { establishmentId: establishmentId as string } },
        }),
      ),
  });
  const habilitations = useQuery({
    queryKey: ['habilitations', { establishmentId }],
    enabled,
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/habilitations', {
          params: {
            query: { establishmentId: establishmentId as string, sort: '-requestedAt', pageSize: 100 },
          },
        }),
      ),
  });
  if (!establishment.data || !habilitations.data) return null;
  const items = habilitations.data.items.filter((h) => !certifierId || h.certifierId === certifierId);
  return {
    establishment: establishment.data,
    active: establishmentWorks(establishment.data),
    habilitated: items.some((h) => h.valid),
    pending: items.some((h) => h.status === 'pending'),
  };
}

/** A YYYY-MM-DD `days` from today, in the user's calendar. */
export const isoDay = (days = 0) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
