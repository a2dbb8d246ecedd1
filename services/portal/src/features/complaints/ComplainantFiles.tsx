import { COMPLAINT_FILE_RULES } from '@certhub/contracts';
import { Button, CloseButton, Group, Progress, Stack, Text } from '@mantine/core';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { PlainList } from '../../app/feedback';
import { formatNumber } from '../../lib/format';
import { sendBytes, type StoredDocument } from '../upload/transfer';
import { Refusals, checkFiles, type UploadRules } from '../upload/UploadZone';
import '../../i18n/journey';
import '../../i18n/complaints';
import { Hint } from '../../app/Hint';

/** The file kinds the document service recognises, as the names a file picker filters on. */
const EXTENSIONS: Partial<Record<string, string[]>> = { jpeg: ['.jpg', '.jpeg'] };

/** A complaint's files, the staff's and the complainant's alike (COMPLAINT_FILE_RULES). */
export const COMPLAINT_UPLOAD_RULES: UploadRules = {
  accept: COMPLAINT_FILE_RULES.accept.flatMap((kind) => EXTENSIONS[kind] ?? [`.${kind}`]),
  maxBytes: COMPLAINT_FILE_RULES.maxBytes,
  maxCount: COMPLAINT_FILE_RULES.maxCount,
};
const RULES = COMPLAINT_UPLOAD_RULES;

/**
 * A button that opens the file picker (the keyboard's way: Enter or Space), with the limits said
 * before anything is chosen; files outside them are refused here, each with its reason.
 */
export function FilePicker({ room, onPick }: { room: number; onPick: (files: File[]) => void }) {
  const { t, i18n } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const limits = useId();
  const [refusals, setRefusals] = useState<string[]>([]);
  return (
    <Stack gap={4}>
      <Group>
        <Button
          variant="light"
          disabled={room <= 0}
          aria-describedby={limits}
          onClick={() => input.current?.click()}
        >
          {t('complaints.files.choose')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed" id={limits}>
        {t('upload.rules', {
          count: RULES.maxCount,
          max: formatNumber(RULES.maxBytes / (1024 * 1024), i18n.language),
          types: RULES.accept.join(', '),
        })}
      </Text>
      <input
        ref={input}
        type="file"
        multiple
        accept={RULES.accept.join(',')}
        hidden
        aria-hidden
        tabIndex={-1}
        onChange={(event) => {
          const checked = checkFiles(
            [...(event.target.files ?? [])],
            RULES,
            room,
            t,
            i18n.language,
            'complaints.files.tooMany',
          );
          setRefusals(checked.refused);
          if (checked.accepted.length) onPick(checked.accepted);
          event.target.value = '';
        }}
      />
      <Refusals messages={refusals} />
    </Stack>
  );
}

/** Files chosen with the lodging form, sent once the complaint is lodged. */
export function ChosenFiles({ files, onChange }: { files: File[]; onChange: (files: File[]) => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text fw={500} size="sm">
        {t('complaints.files.optional')}
      </Text>
      <Hint>{t('complaints.files.lodgeHint')}</Hint>
      {files.length > 0 && (
        <PlainList gap={2}>
          {files.map((file, i) => (
            <Group component="li" key={`${file.name}-${i}`} gap="xs" wrap="nowrap">
              <Text size="sm" truncate>
                {file.name}
              </Text>
              <CloseButton
                size="sm"
                aria-label={t('upload.remove', { name: file.name })}
                onClick={() => onChange(files.filter((_, j) => j !== i))}
              />
            </Group>
          ))}
        </PlainList>
      )}
      <FilePicker room={RULES.maxCount - files.length} onPick={(picked) => onChange([...files, ...picked])} />
    </Stack>
  );
}

interface Sending {
  key: string;
  name: string;
  progress: number;
  done?: boolean;
  error?: string;
}

/**
 * The complainant's files without an account: those attached before (`attached`), those chosen
 * with the form (`queued`, sent at once), and more while the complaint takes them (`authorisation`,
 * short-lived, from lodging or the follow page).
 */
export function ComplainantUploads({
  authorisation,
  queued = [],
  attached = [],
}: {
  authorisation: string | undefined;
  queued?: File[];
  attached?: { name: string }[];
}) {
  const { t } = useTranslation();
  const [sending, setSending] = useState<Sending[]>([]);
  const started = useRef(false);

  const patch = (key: string, change: Partial<Sending>) =>
    setSending((all) => all.map((x) => (x.key === key ? { ...x, ...change } : x)));

  const refusal = (error: unknown) =>
    error instanceof ApiError && error.problem.status === 404
      ? t('complaints.files.expired')
      : error instanceof ApiError && error.problem.status === 409
        ? t('complaints.files.closed')
        : error instanceof Error
          ? error.message
          : String(error);

  const send = (files: File[]) => {
    if (!authorisation) return;
    for (const file of files) {
      const key = `${file.name}-${Math.random().toString(36).slice(2)}`;
      setSending((all) => [...all, { key, name: file.name, progress: 0 }]);
      const query = new URLSearchParams({ filename: file.name });
      sendBytes<StoredDocument>(
        'POST',
        `/api/v1/complaint-uploads/${encodeURIComponent(authorisation)}?${query.toString()}`,
        file,
        (loaded) => patch(key, { progress: loaded / (file.size || 1) }),
        new AbortController().signal,
      ).then(
        (doc) => patch(key, { done: true, name: doc.name, progress: 1 }),
        (error: unknown) => patch(key, { error: refusal(error) }),
      );
    }
  };

  useEffect(() => {
    // Once: the files of the form go as soon as the complaint is lodged (not again on a re-render).
    if (started.current) return;
    started.current = true;
    send(queued);
  }, []);

  const kept = attached.length + sending.filter((x) => !x.error).length;
  return (
    <Stack gap="xs">
      {attached.length + sending.length === 0 ? (
        <Hint>{t('complaints.files.none')}</Hint>
      ) : (
        <PlainList gap={4}>
          {attached.map((file, i) => (
            <Text component="li" size="sm" key={`${file.name}-${i}`}>
              {file.name}
            </Text>
          ))}
          {sending.map((x) => (
            <Stack component="li" key={x.key} gap={2}>
              {x.error ? (
                <Text size="sm" c="red.9" role="alert">
                  {t('upload.failed', { name: x.name, message: x.error })}
                </Text>
              ) : x.done ? (
                <Text size="sm">{t('complaints.files.sent', { name: x.name })}</Text>
              ) : (
                <Progress
                  value={Math.round(x.progress * 100)}
                  aria-label={t('upload.progress', { name: x.name, percent: Math.round(x.progress * 100) })}
                  size="sm"
                />
              )}
            </Stack>
          ))}
        </PlainList>
      )}
      {authorisation && <FilePicker room={RULES.maxCount - kept} onPick={send} />}
    </Stack>
  );
}
