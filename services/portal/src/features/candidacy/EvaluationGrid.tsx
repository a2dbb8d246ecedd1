import type { Framework, SubDomainScore } from '@certhub/contracts';
import { Button, Group, Radio, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { memo, useCallback, type Dispatch, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { Hint } from '../../app/Hint';

export type Scores = Record<string, { acquired?: boolean; comment?: string }>;

export const scoresOf = (list: SubDomainScore[]): Scores =>
  Object.fromEntries(list.map((s) => [s.subDomainId, { acquired: s.acquired, comment: s.comment }]));

/** What the API takes: the sub-domains scored so far, each comment trimmed and left out when blank. */
export const scoreList = (scores: Scores): SubDomainScore[] =>
  Object.entries(scores)
    .filter(([, s]) => s.acquired !== undefined)
    .map(([subDomainId, s]) => ({
      subDomainId,
      acquired: s.acquired as boolean,
      ...(s.comment?.trim() ? { comment: s.comment.trim() } : {}),
    }));

export function tally(framework: Framework, scores: Scores) {
  const ids = framework.domains.flatMap((d) => d.subDomains.map((s) => s.id));
  return {
    total: ids.length,
    acquired: ids.filter((id) => scores[id]?.acquired === true).length,
    unscored: ids.filter((id) => scores[id]?.acquired === undefined),
  };
}

type Score = Scores[string];

/** One sub-domain's row; memoised, so a keystroke in one comment re-renders that row only. */
const SubDomainRow = memo(function SubDomainRow({
  sub,
  score,
  set,
  readOnly,
}: {
  sub: { id: string; title: string };
  score: Score | undefined;
  set: (id: string, change: Score) => void;
  readOnly: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Table.Tr>
      <Table.Td w="45%">
        <Text size="sm" id={`sub-${sub.id}`}>
          <Text span fw={600}>
            {sub.id}
          </Text>{' '}
          {sub.title}
        </Text>
      </Table.Td>
      <Table.Td>
        {/* A plain radiogroup: Mantine's Radio.Group names itself from its own label. */}
        <Group gap="md" wrap="nowrap" role="radiogroup" aria-labelledby={`sub-${sub.id}`}>
          {([true, false] as const).map((acquired) => (
            <Radio
              key={String(acquired)}
              name={`score-${sub.id}`}
              value={acquired ? 'yes' : 'no'}
              checked={score?.acquired === acquired}
              onChange={() => set(sub.id, { acquired })}
              disabled={readOnly}
              label={t(acquired ? 'training.evaluation.acquired' : 'training.evaluation.notAcquired')}
            />
          ))}
        </Group>
      </Table.Td>
      <Table.Td w="30%">
        {readOnly ? (
          <Hint>{score?.comment ?? ''}</Hint>
        ) : (
          <TextInput
            size="xs"
            aria-label={t('training.evaluation.commentOf', { subDomain: `${sub.id} ${sub.title}` })}
            placeholder={t('training.evaluation.comment')}
            value={score?.comment ?? ''}
            maxLength={1000}
            onChange={(e) => set(sub.id, { comment: e.currentTarget.value })}
          />
        )}
      </Table.Td>
    </Table.Tr>
  );
});

/**
 * The framework's 7 domains and 28 sub-domains, each "acquired" or "not acquired" as a radio pair
 * (Tab from one sub-domain to the next, arrows within it) with its comment; a domain's button marks
 * all of its sub-domains acquired at once.
 */
export function EvaluationGrid({
  framework,
  scores,
  onChange,
  readOnly = false,
}: {
  framework: Framework;
  scores: Scores;
  onChange: Dispatch<SetStateAction<Scores>>;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const set = useCallback(
    (id: string, change: Score) => onChange((all) => ({ ...all, [id]: { ...all[id], ...change } })),
    [onChange],
  );
  return (
    <Stack gap="lg">
      {framework.domains.map((domain) => {
        const headingId = `domain-${domain.id}`;
        const acquired = domain.subDomains.filter((s) => scores[s.id]?.acquired === true).length;
        return (
          <section key={domain.id} aria-labelledby={headingId}>
            <Group justify="space-between" align="flex-start" mb="xs" wrap="nowrap">
              <Title order={3} size="h5" id={headingId}>
                {domain.id}. {domain.title}
              </Title>
              <Group gap="sm" wrap="nowrap">
                <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {t('training.evaluation.domainTally', { acquired, total: domain.subDomains.length })}
                </Text>
                {!readOnly && (
                  <Button
                    size="compact-sm"
                    variant="default"
                    aria-label={t('training.evaluation.allAcquiredOf', { domain: domain.id })}
                    onClick={() =>
                      onChange((all) => ({
                        ...all,
                        ...Object.fromEntries(
                          domain.subDomains.map((s) => [s.id, { ...all[s.id], acquired: true }]),
                        ),
                      }))
                    }
                  >
                    {t('training.evaluation.allAcquired')}
                  </Button>
                )}
              </Group>
            </Group>
            <Table verticalSpacing="xs" withRowBorders>
              <Table.Tbody>
                {domain.subDomains.map((sub) => (
                  <SubDomainRow key={sub.id} sub={sub} score={scores[sub.id]} set={set} readOnly={readOnly} />
                ))}
              </Table.Tbody>
            </Table>
          </section>
        );
      })}
    </Stack>
  );
}
