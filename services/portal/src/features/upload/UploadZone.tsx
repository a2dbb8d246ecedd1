import { Button, CloseButton, Group, Progress, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ApiError, api, unwrap } from '../../api/client';
import { formatNumber } from '../../lib/format';
import { uploadFile } from './resumable';
import { NetworkError, accepted, type Upload } from './transfer';
import { DownloadFailure, documentContentPath, useDownload } from './download';
import '../../i18n/journey';

export interface UploadRules {
  /** MIME types or ".ext"; empty: any type. */
  accept: string[];
  maxBytes: number;
  maxCount: number;
}

interface Transfer {
  key: string;
  file: File;
  progress: number;
  error?: string;
  /** The connection broke: "Resume" sends it again, from the parts already stored. */
  resumable?: boolean;
  abort: AbortController;
}

const MB = 1024 * 1024;

function AttachedDocument({
  documentId,
  knownName,
  onRemove,
}: {
  documentId: string;
  knownName: string | undefined;
  onRemove: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const meta = useQuery({
    queryKey: ['documents', documentId],
    enabled: !knownName,
    retry: false,
    staleTime: Infinity,
    queryFn: () => unwrap(api.GET('/api/v1/documents/{documentId}', { params: { path: { documentId } } })),
  });
  const name = knownName ?? meta.data?.name ?? t('upload.document', { id: documentId });
  const { download, failed } = useDownload();
  return (
    <Group component="li" gap="xs" wrap="nowrap" justify="space-between">
      <Text size="sm" truncate>
        {name}
      </Text>
      <Group gap={4} wrap="nowrap">
        <Button
          variant="subtle"
          size="compact-sm"
          aria-label={t('upload.downloadOne', { name })}
          onClick={() => download(documentContentPath(documentId), name)}
        >
          {t('upload.download')}
        </Button>
        {onRemove && <CloseButton size="sm" aria-label={t('upload.remove', { name })} onClick={onRemove} />}
      </Group>
      <DownloadFailure failed={failed} message={(message) => t('upload.downloadFailed', { message })} />
    </Group>
  );
}

/**
 * Files checked against the rules before any byte leaves: those to send (at most `room` more), and
 * the reason each other one is refused, in the reader's words (`tooMany` names the place).
 */
export function checkFiles(
  files: File[],
  rules: UploadRules,
  room: number,
  t: TFunction,
  language: string,
  tooMany = 'upload.tooMany',
): { accepted: File[]; refused: string[] } {
  const taken: File[] = [];
  const refused: string[] = [];
  for (const file of files) {
    if (!accepted(file, rules.accept))
      refused.push(t('upload.wrongType', { name: file.name, types: rules.accept.join(', ') }));
    else if (file.size > rules.maxBytes)
      refused.push(t('upload.tooBig', { name: file.name, max: formatNumber(rules.maxBytes / MB, language) }));
    else if (taken.length >= room) refused.push(t(tooMany, { name: file.name, count: rules.maxCount }));
    else taken.push(file);
  }
  return { accepted: taken, refused };
}

/**
 * Files of one answer or proof: dropped on the zone or chosen with its button (the keyboard's way),
 * checked against the rules before any byte leaves, sent with a progress bar (a large file in parts
 * that survive a broken connection or a reload: "Resume", or choosing the same file again, sends
 * only what is missing), and listed with a download link once stored. `value` holds the document ids.
 */
export function UploadZone({
  label,
  contextId,
  value,
  onChange,
  rules,
  readOnly = false,
  upload = uploadFile,
}: {
  label: string;
  contextId: string;
  value: string[];
  onChange: (ids: string[]) => void;
  rules: UploadRules;
  readOnly?: boolean;
  upload?: Upload;
}) {
  const { t, i18n } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [transfers, setTransfers] = useState<Transfer[]>([]);
  const [names, setNames] = useState<Record<string, string>>({});
  const [refusals, setRefusals] = useState<string[]>([]);
  const [over, setOver] = useState(false);
  // Uploads end in any order: each adds its id to the latest list, not to the one it started with.
  const latest = useRef(value);
  latest.current = value;

  const patch = (key: string, change: Partial<Transfer>) =>
    setTransfers((all) => all.map((x) => (x.key === key ? { ...x, ...change } : x)));

  const start = (files: File[]) => {
    const room = rules.maxCount - value.length - transfers.filter((x) => !x.error).length;
    const checked = checkFiles(files, rules, room, t, i18n.language);
    checked.accepted.forEach((file) => send(file));
    setRefusals(checked.refused);
  };

  const send = (file: File, key = `${file.name}-${Math.random().toString(36).slice(2)}`) => {
    const abort = new AbortController();
    setTransfers((all) => [...all.filter((x) => x.key !== key), { key, file, progress: 0, abort }]);
    upload(file, contextId, (progress) => patch(key, { progress }), abort.signal).then(
      (doc) => {
        setNames((known) => ({ ...known, [doc.documentId]: doc.name }));
        setTransfers((all) => all.filter((x) => x.key !== key));
        onChange([...latest.current, doc.documentId]);
      },
      (error: unknown) => {
        if (abort.signal.aborted) setTransfers((all) => all.filter((x) => x.key !== key));
        // The document service answers 404 for a context it does not know or that is not the caller's.
        else if (error instanceof ApiError && error.problem.status === 404)
          patch(key, { error: t('upload.closed') });
        else if (error instanceof NetworkError || (error instanceof ApiError && error.problem.status === 503))
          patch(key, { error: t('upload.interrupted'), resumable: true });
        else patch(key, { error: error instanceof Error ? error.message : String(error) });
      },
    );
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (!readOnly) start([...event.dataTransfer.files]);
  };

  return (
    <Stack gap="xs">
      {value.length > 0 && (
        <Stack gap={4} component="ul" aria-label={label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {value.map((id) => (
            <AttachedDocument
              key={id}
              documentId={id}
              knownName={names[id]}
              onRemove={readOnly ? undefined : () => onChange(latest.current.filter((x) => x !== id))}
            />
          ))}
        </Stack>
      )}
      {!readOnly && (
        <div
          className="drop-zone"
          data-over={over || undefined}
          onDragOver={(event) => {
            event.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={onDrop}
        >
          <Text size="sm">{t('upload.drop')}</Text>
          {/* Named with what it is for: a page may hold several zones. */}
          <Button
            variant="light"
            size="xs"
            aria-label={t('upload.chooseFor', { label })}
            onClick={() => input.current?.click()}
          >
            {t('upload.choose')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('upload.rules', {
              count: rules.maxCount,
              max: formatNumber(rules.maxBytes / MB, i18n.language),
              types: rules.accept.length ? rules.accept.join(', ') : t('upload.anyType'),
            })}
          </Text>
          <input
            ref={input}
            type="file"
            multiple={rules.maxCount > 1}
            accept={rules.accept.join(',') || undefined}
            hidden
            aria-hidden
            tabIndex={-1}
            onChange={(event) => {
              start([...(event.target.files ?? [])]);
              event.target.value = '';
            }}
          />
        </div>
      )}
      {transfers.map((x) => (
        <Stack key={x.key} gap={2}>
          <Group justify="space-between" wrap="nowrap">
            <Text size="sm" truncate>
              {x.file.name}
            </Text>
            {x.error ? (
              <Group gap={4} wrap="nowrap">
                {x.resumable && (
                  <Button
                    variant="light"
                    size="compact-xs"
                    aria-label={t('upload.resumeOne', { name: x.file.name })}
                    onClick={() => send(x.file, x.key)}
                  >
                    {t('upload.resume')}
                  </Button>
                )}
                <CloseButton
                  size="sm"
                  aria-label={t('upload.dismiss', { name: x.file.name })}
                  onClick={() => setTransfers((all) => all.filter((y) => y.key !== x.key))}
                />
              </Group>
            ) : (
              <Button variant="subtle" size="compact-xs" color="gray.8" onClick={() => x.abort.abort()}>
                {t('upload.cancel')}
              </Button>
            )}
          </Group>
          {x.error ? (
            <Text size="sm" c="red.9" role="alert">
              {t('upload.failed', { name: x.file.name, message: x.error })}
            </Text>
          ) : (
            <Progress
              value={Math.round(x.progress * 100)}
              aria-label={t('upload.progress', { name: x.file.name, percent: Math.round(x.progress * 100) })}
              size="sm"
            />
          )}
        </Stack>
      ))}
      <Refusals messages={refusals} />
    </Stack>
  );
}

/** Why the files chosen were refused before any byte left, one line each, announced at once. */
export function Refusals({ messages }: { messages: string[] }) {
  if (!messages.length) return null;
  return (
    <Stack gap={2} role="alert">
      {messages.map((message) => (
        <Text key={message} size="sm" c="red.9">
          {message}
        </Text>
      ))}
    </Stack>
  );
}
