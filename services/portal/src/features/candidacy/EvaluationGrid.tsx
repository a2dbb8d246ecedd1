import type { Framework, SubDomainScore } from '@certhub/contracts';
import { Button, Group, Radio, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

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
  onChange: (scores: Scores) => void;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const set = (id: string, change: { acquired?: boolean; comment?: string }) =>
    onChange({ ...scores, [id]: { ...scores[id], ...change } });
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
                      onChange({
                        ...scores,
                        ...Object.fromEntries(
                          domain.subDomains.map((s) => [s.id, { ...scores[s.id], acquired: true }]),
                        ),
                      })
                    }
                  >
                    {t('training.evaluation.allAcquired')}
                  </Button>
                )}
              </Group>
            </Group>
            <Table verticalSpacing="xs" withRowBorders>
              <Table.Tbody>
                {domain.subDomains.map((sub) => {
                  const score = scores[sub.id] ?? {};
                  const label = `${sub.id} ${sub.title}`;
                  return (
                    <Table.Tr key={sub.id}>
                      <Table.Td w="45%">
                        <Text size="sm" id={`sub-${sub.id}`}>
                          <Text span fw={600}>
                            {sub.id}
                          </Text>{' '}
                          {sub.title}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Radio.Group
                          aria-labelledby={`sub-${sub.id}`}
                          value={score.acquired === undefined ? '' : score.acquired ? 'yes' : 'no'}
                          onChange={(value) => set(sub.id, { acquired: value === 'yes' })}
                          readOnly={readOnly}
                        >
                          <Group gap="md" wrap="nowrap">
                            <Radio
                              value="yes"
                              label={t('training.evaluation.acquired')}
                              disabled={readOnly}
                            />
                            <Radio
                              value="no"
                              label={t('training.evaluation.notAcquired')}
                              disabled={readOnly}
                            />
                          </Group>
                        </Radio.Group>
                      </Table.Td>
                      <Table.Td w="30%">
                        {readOnly ? (
                          <Text size="sm" c="dimmed">
                            {score.comment ?? ''}
                          </Text>
                        ) : (
                          <TextInput
                            size="xs"
                            aria-label={t('training.evaluation.commentOf', { subDomain: label })}
                            placeholder={t('training.evaluation.comment')}
                            value={score.comment ?? ''}
                            maxLength={1000}
                            onChange={(e) => set(sub.id, { comment: e.currentTarget.value })}
                          />
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </section>
        );
      })}
    </Stack>
  );
}
