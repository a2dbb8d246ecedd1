import { Stack, Title } from '@mantine/core';
import { createFileRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PlainList } from '../../app/feedback';
import { useTrainingRole } from '../../features/candidacy/common';
import { NEWS_PAGE_SIZE, NewsEntry, PublishNews, useNews } from '../../features/candidacy/News';
import { PagedList } from '../../features/candidacy/PagedList';
import { pageParam } from '../../lib/search';
import { usePageTitle } from '../../lib/title';

/** Every news item the reader's audiences hold, latest first; a certifier's people and the platform publish here. */
export const Route = createFileRoute('/training/news')({
  validateSearch: (s: Record<string, unknown>): { page?: number } => ({ page: pageParam(s['page']) }),
  component: NewsPage,
});

function NewsPage() {
  const { t } = useTranslation();
  const { page = 1 } = Route.useSearch();
  const navigate = Route.useNavigate();
  const role = useTrainingRole();
  const platform =
    role.principal?.tenantType === 'platform' && role.principal.roles.includes('platform_admin');
  const news = useNews(page);
  usePageTitle(t('training.news.title'));
  return (
    <Stack gap="lg">
      <Title order={1}>{t('training.news.title')}</Title>
      {(role.certifier || platform) && <PublishNews platform={platform} />}
      <PagedList
        query={news}
        page={page}
        pageSize={NEWS_PAGE_SIZE}
        onPage={(next) => void navigate({ search: { page: next } })}
        empty={t('training.news.none')}
      >
        {(items) => (
          <PlainList gap="lg">
            {items.map((n) => (
              <NewsEntry key={n.id} item={n} level={2} />
            ))}
          </PlainList>
        )}
      </PagedList>
    </Stack>
  );
}
