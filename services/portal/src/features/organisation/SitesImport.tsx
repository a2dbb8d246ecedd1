import { SITES_IMPORT_TEMPLATE } from '@certhub/contracts';
import { Alert, Button, FileInput, Group, List, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, unwrap } from '../../api/client';
import { uploadSmall } from '../upload/transfer';
import { DownloadFailure, documentContentPath, useDownload } from '../upload/download';
import './sites-import.i18n';

/**
 * The sites spreadsheet (docs/domain/roles-and-tenancy.md#multi-site-organisations): the template to
 * download, the filled file uploaded into the organisation's import context, then imported whole or
 * not at all; a refusal lists every rejected row as the API names it.
 */
export function SitesImport({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const template = useDownload();
  const path = { params: { path: { organisationId } } };
  const run = useMutation({
    mutationFn: async (chosen: File) => {
      const { contextId } = await unwrap(
        api.POST('/api/v1/organisations/{organisationId}/sites/import-upload', { ...path, body: {} }),
      );
      const { documentId } = await uploadSmall(chosen, contextId);
      return unwrap(
        api.POST('/api/v1/organisations/{organisationId}/sites/import', { ...path, body: { documentId } }),
      );
    },
    onSuccess: async () => {
      setFile(null);
      await queryClient.invalidateQueries({ queryKey: ['organisations', organisationId, 'sites'] });
    },
  });
  const problem = run.error instanceof ApiError ? run.error.problem : undefined;
  const rows = Array.isArray(problem?.errors) ? problem.errors : [];
  return (
    <Stack component="section" aria-labelledby="sites-import-title" gap="sm" mt="xl">
      <Title order={3} size="h5" id="sites-import-title">
        {t('sitesImport.title')}
      </Title>
      <Text size="sm">{t('sitesImport.intro')}</Text>
      <Group align="flex-end">
        <Button
          variant="subtle"
          onClick={() =>
            template.download(
              documentContentPath(SITES_IMPORT_TEMPLATE.documentId),
              SITES_IMPORT_TEMPLATE.fileName,
            )
          }
        >
          {t('sitesImport.template')}
        </Button>
        <FileInput
          label={t('sitesImport.file')}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          value={file}
          onChange={setFile}
          clearable
          w={280}
        />
        <Button
          variant="light"
          disabled={!file}
          loading={run.isPending}
          onClick={() => file && run.mutate(file)}
        >
          {t('sitesImport.submit')}
        </Button>
      </Group>
      <DownloadFailure failed={template.failed} message={(message) => t('sitesImport.failed', { message })} />
      {run.isSuccess && <Text role="status">{t('sitesImport.imported', { count: run.data.imported })}</Text>}
      {run.isError && (
        <Alert color="red.9" role="alert">
          {rows.length
            ? t('sitesImport.rejected', { count: rows.length })
            : t('sitesImport.failed', { message: run.error.message })}
          {rows.length > 0 && (
            <List size="sm" mt="xs">
              {rows.map((row) => (
                <List.Item key={`${row.field}-${row.message}`}>{row.message}</List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
    </Stack>
  );
}
