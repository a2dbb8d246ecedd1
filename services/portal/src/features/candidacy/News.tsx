import { NEWS_AUDIENCES, type NewsItem } from '@certhub/contracts';
import { Group, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { hasLength, useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { PlainList, QueryView } from '../../app/feedback';
import { AnchorLink } from '../../app/links';
import { formatDate } from '../../lib/format';
import { FormCard, isoDay, useFormAction } from './common';
import { SectionCard } from '../../app/SectionCard';
import { usePageQuery } from '../../app/page-query';
import { ChoiceField, DateField } from '../../app/form-fields';

export const NEWS_PAGE_SIZE = 10;

export function useNews(page: number, pageSize = NEWS_PAGE_SIZE) {
  return usePageQuery(['news', page, pageSize], () =>
    api.GET('/api/v1/news', { params: { query: { page, pageSize } } }),
  );
}

/** One news item: its date, its title as a heading of the list, its text. */
export function NewsEntry({ item, level = 3 }: { item: NewsItem; level?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const upcoming = item.publishedOn > isoDay(0);
  return (
    <Stack component="li" gap={2}>
      <Text size="xs" c="dark.4">
        {upcoming
          ? t('training.news.upcoming', { date: formatDate(item.publishedOn, i18n.language) })
          : formatDate(item.publishedOn, i18n.language)}
        {' · '}
        {t(`training.news.audiences.${item.audience}`)}
      </Text>
      <Title order={level} size="h5">
        {item.title}
      </Title>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {item.body}
      </Text>
    </Stack>
  );
}

/** The home dashboard's news: the latest three, and the way to all of them. */
export function NewsFeed() {
  const { t } = useTranslation();
  const latest = useNews(1, 3);
  return (
    <SectionCard id="news-title" titleGap="md" title={t('training.news.title')}>
      <QueryView query={latest}>
        {({ items }) => (
          <Stack gap="sm">
            {items.length ? (
              <PlainList gap="md">
                {items.map((n) => (
                  <NewsEntry key={n.id} item={n} />
                ))}
              </PlainList>
            ) : (
              <Text c="dark.4">{t('training.news.none')}</Text>
            )}
            <AnchorLink to="/training/news">{t('training.news.all')}</AnchorLink>
          </Stack>
        )}
      </QueryView>
    </SectionCard>
  );
}

type Audience = (typeof NEWS_AUDIENCES)[number];

/**
 * Publishing, for a certifier's people (everyone, a network, the establishments it habilitated)
 * and the platform's administrators (who name the certifier for the last).
 */
export function PublishNews({ platform }: { platform: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      title: '',
      body: '',
      audience: 'all' as Audience,
      networkId: '',
      certifierId: '',
      publishedOn: isoDay(0),
    },
    validate: {
      title: hasLength({ min: 3 }, t('training.news.atLeast3')),
      body: hasLength({ min: 3 }, t('training.news.atLeast3')),
      networkId: (id, { audience }) =>
        audience === 'network' && !id.trim() ? t('training.common.required') : null,
      certifierId: (id, { audience }) =>
        audience === 'certifier' && platform && !id.trim() ? t('training.common.required') : null,
    },
  });
  const publish = useFormAction(form, {
    send: (values) =>
      unwrap(
        api.POST('/api/v1/news', {
          body: {
            title: values.title.trim(),
            body: values.body.trim(),
            audience: values.audience,
            // Today is left to the server: its day (UTC) may not be the browser's yet, and a
            // date after the server's today would hide the news until then.
            ...(values.publishedOn === isoDay(0) ? {} : { publishedOn: values.publishedOn }),
            ...(values.audience === 'network' ? { networkId: values.networkId.trim() } : {}),
            ...(values.audience === 'certifier' && platform
              ? { certifierId: values.certifierId.trim() }
              : {}),
          },
        }),
      ),
    refresh: () => queryClient.invalidateQueries({ queryKey: ['news'] }),
  });
  const audience = form.values.audience;
  return (
    <FormCard
      id="publish-news-title"
      title={t('training.news.publish')}
      action={publish}
      submit={t('training.news.publishSubmit')}
      done={t('training.news.published')}
    >
      <TextInput
        label={t('training.news.itemTitle')}
        required
        maxLength={200}
        {...form.getInputProps('title')}
      />
      <Textarea
        label={t('training.news.body')}
        required
        autosize
        minRows={3}
        maxLength={5000}
        {...form.getInputProps('body')}
      />
      <Group grow align="flex-start">
        <ChoiceField
          label={t('training.news.audience')}
          required
          values={NEWS_AUDIENCES}
          labelOf={(a) => t(`training.news.audiences.${a}`)}
          {...form.getInputProps('audience')}
        />
        {audience === 'network' && (
          <TextInput label={t('training.news.networkId')} required {...form.getInputProps('networkId')} />
        )}
        {audience === 'certifier' && platform && (
          <TextInput label={t('training.news.certifierId')} required {...form.getInputProps('certifierId')} />
        )}
        <DateField label={t('training.news.publishedOn')} required {...form.getInputProps('publishedOn')} />
      </Group>
    </FormCard>
  );
}
