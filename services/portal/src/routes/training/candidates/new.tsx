import { establishmentWorks, type CreateCandidateRequestSchema } from '@certhub/contracts';
import { Alert, Stack, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createFileRoute, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { api, unwrap } from '../../../api/client';
import { QueryView } from '../../../app/feedback';
import { CandidateForm } from '../../../features/candidacy/CandidateForm';
import { EMPTY_CANDIDATE } from '../../../features/candidacy/candidate-form';
import { useEstablishments, useTrainingRole } from '../../../features/candidacy/common';
import { DuplicateWarning, duplicateOf } from '../../../features/candidacy/TransferRequest';
import { usePageTitle } from '../../../lib/title';

export const Route = createFileRoute('/training/candidates/new')({ component: NewCandidate });

function NewCandidate() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const role = useTrainingRole();
  const establishments = useEstablishments();
  usePageTitle(t('training.form.createTitle'));
  const create = useMutation({
    mutationFn: (body: object) =>
      unwrap(api.POST('/api/v1/candidates', { body: body as z.input<typeof CreateCandidateRequestSchema> })),
    onSuccess: async (candidate) => {
      await queryClient.invalidateQueries({ queryKey: ['candidates'] });
      await navigate({ to: '/training/candidates/$candidateId', params: { candidateId: candidate.id } });
    },
  });
  const duplicate = duplicateOf(create.error);
  return (
    <Stack gap="lg" maw={960}>
      <Title order={1}>{t('training.form.createTitle')}</Title>
      <QueryView query={establishments}>
        {({ items }) => {
          const own = items.find((e) => e.id === role.establishmentId);
          if (own && !establishmentWorks(own))
            return (
              <Alert color="orange.9">
                {own.active
                  ? t('training.form.inactiveOrganisation')
                  : t('training.form.inactiveEstablishment')}
              </Alert>
            );
          const active = items.filter(establishmentWorks);
          const only = active.length === 1 ? active[0]?.id : undefined;
          return (
            <CandidateForm
              initial={{ ...EMPTY_CANDIDATE, establishmentId: role.establishmentId ?? only ?? '' }}
              establishments={items}
              submitLabel={t('training.form.create')}
              pending={create.isPending}
              error={create.error}
              onSubmit={(body) => create.mutate(body)}
              errorSlot={duplicate ? <DuplicateWarning {...duplicate} /> : undefined}
            />
          );
        }}
      </QueryView>
    </Stack>
  );
}
