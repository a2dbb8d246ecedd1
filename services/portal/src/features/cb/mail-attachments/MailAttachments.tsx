import { MAIL_ATTACHMENT_KINDS, type MailAttachmentKind } from '@certhub/contracts';
import { Button, FileInput, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { FormError } from '../../../app/feedback';
import { PagedTable } from '../../../app/PagedTable';
import { formatNumber } from '../../../lib/format';
import { usePageTitle } from '../../../lib/title';
import { uploadSmall } from '../../upload/transfer';
import { DownloadFailure, documentContentPath, useDownload } from '../../upload/download';
import './mail-attachments.i18n';
import { usePageQuery } from '../../../app/page-query';

const PAGE_SIZE = 20;
const QUERY_KEY = ['mail-attachments'];

/**
 * A CB administrator's documents sent with his schemes' mails (docs/domain/notifications.md#mail-attachments):
 * a file is uploaded into the CB's mail-attachments context, then filed for a scheme and a mail;
 * the list shows what each mail carries, filtered by scheme.
 */
export function MailAttachments() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('mailAttachments.title'));
  const queryClient = useQueryClient();
  const [schemeId, setSchemeId] = useState<string | null>(null);
  const [mailKind, setMailKind] = useState<MailAttachmentKind>('questionnaire');
  const [file, setFile] = useState<File | null>(null);
  const [page, setPage] = useState(1);
  const downloads = useDownload();
  const schemes = useQuery({
    queryKey: ['schemes'],
    staleTime: 10 * 60_000,
    queryFn: () => unwrap(api.GET('/api/v1/schemes', { params: { query: { pageSize: 100 } } })),
  });
  const list = usePageQuery([...QUERY_KEY, schemeId, page], () =>
    api.GET('/api/v1/mail-attachments', {
      params: { query: { page, pageSize: PAGE_SIZE, ...(schemeId ? { schemeId } : {}) } },
    }),
  );
  const add = useMutation({
    mutationFn: async ({ chosen, scheme }: { chosen: File; scheme: string }) => {
      const { contextId } = await unwrap(api.POST('/api/v1/mail-attachments/context', { body: {} }));
      const { documentId } = await uploadSmall(chosen, contextId);
      return unwrap(
        api.POST('/api/v1/mail-attachments', { body: { schemeId: scheme, mailKind, documentId } }),
      );
    },
    onSuccess: async () => {
      setFile(null);
      await queryClient.invalidateQueries({ queryKey: QUERY_KEY });
    },
  });
  const remove = useMutation({
    mutationFn: (attachmentId: string) =>
      unwrap(api.DELETE('/api/v1/mail-attachments/{attachmentId}', { params: { path: { attachmentId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: QUERY_KEY }),
  });
  const titles = new Map((schemes.data?.items ?? []).map((s) => [s.schemeId, s.title]));
  const schemeOptions = [...titles].map(([value, label]) => ({ value, label }));
  return (
    <Stack gap="md">
      <Title order={1}>{t('mailAttachments.title')}</Title>
      <Text size="sm">{t('mailAttachments.intro')}</Text>
      <Group align="flex-end" wrap="wrap">
        <Select
          label={t('mailAttachments.scheme')}
          placeholder={t('mailAttachments.allSchemes')}
          data={schemeOptions}
          value={schemeId}
          onChange={(value) => {
            setSchemeId(value);
            setPage(1);
          }}
          clearable
          w={260}
        />
        <Select
          label={t('mailAttachments.mailKind')}
          data={MAIL_ATTACHMENT_KINDS.map((kind) => ({
            value: kind,
            label: t(`mailAttachments.kinds.${kind}`),
          }))}
          value={mailKind}
          onChange={(value) => value && setMailKind(value as MailAttachmentKind)}
          allowDeselect={false}
          w={300}
        />
        <FileInput
          label={t('mailAttachments.file')}
          accept=".pdf,.zip,application/pdf,application/zip"
          value={file}
          onChange={setFile}
          clearable
          w={260}
        />
        <Button
          disabled={!file || !schemeId}
          loading={add.isPending}
          onClick={() => file && schemeId && add.mutate({ chosen: file, scheme: schemeId })}
        >
          {t('mailAttachments.submit')}
        </Button>
      </Group>
      {add.isSuccess && <Text role="status">{t('mailAttachments.added', { name: add.data.name })}</Text>}
      <FormError error={add.error} message={(message) => t('mailAttachments.failed', { message })} />
      <FormError error={remove.error} message={(message) => t('mailAttachments.removeFailed', { message })} />
      <DownloadFailure failed={downloads.failed} message={(message) => message} />
      <PagedTable
        query={list}
        loadingLines={4}
        rowKey="id"
        columns={[
          { header: t('mailAttachments.scheme'), cell: (a) => titles.get(a.schemeId) ?? a.schemeId },
          { header: t('mailAttachments.mailKind'), cell: (a) => t(`mailAttachments.kinds.${a.mailKind}`) },
          { header: t('mailAttachments.name'), cell: (a) => a.name },
          {
            header: t('mailAttachments.size'),
            cell: (a) => `${formatNumber(Math.ceil(a.size / 1024), i18n.language)} KiB`,
          },
          {
            header: t('mailAttachments.actions'),
            cell: (a) => (
              <Group gap="xs" wrap="nowrap">
                <Button
                  variant="subtle"
                  size="compact-sm"
                  onClick={() => downloads.download(documentContentPath(a.documentId), a.name)}
                >
                  {t('mailAttachments.download')}
                </Button>
                <Button
                  variant="subtle"
                  color="red.9"
                  size="compact-sm"
                  aria-label={t('mailAttachments.remove', { name: a.name })}
                  loading={remove.isPending && remove.variables === a.id}
                  onClick={() => remove.mutate(a.id)}
                >
                  {t('mailAttachments.removeShort')}
                </Button>
              </Group>
            ),
          },
        ]}
        empty={t('mailAttachments.empty')}
        page={page}
        pageSize={PAGE_SIZE}
        pagination={t('mailAttachments.pages')}
        onPage={setPage}
      />
    </Stack>
  );
}
