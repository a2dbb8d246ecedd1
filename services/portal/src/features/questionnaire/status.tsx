import type { MissingAnswer } from '@certhub/contracts';
import { Button, Group, Loader, Text } from '@mantine/core';
import { Warning } from '../../app/feedback';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { DownloadFailure, useDownload } from '../upload/download';
import { useSaveState, type Autosaver } from './autosave';
import { questionAnchor, questionTitle } from './QuestionBlock';

/** Where the draft stands, said in words (and announced politely to screen readers). */
export function SaveStatus({ autosaver, onResume }: { autosaver: Autosaver; onResume: () => void }) {
  const { t, i18n } = useTranslation();
  const state = useSaveState(autosaver);
  if (state.kind === 'conflict')
    return (
      <Warning role="alert" title={t('questionnaire.conflictTitle')}>
        <Text size="sm" mb="xs">
          {t('questionnaire.conflict')}
        </Text>
        <Button size="xs" onClick={onResume}>
          {t('questionnaire.resume')}
        </Button>
      </Warning>
    );
  return (
    <Group gap={6} aria-live="polite" role="status" className="save-status" data-state={state.kind}>
      {state.kind === 'saving' && <Loader size={14} aria-hidden />}
      <Text size="sm" c={state.kind === 'failed' ? 'red.9' : 'dimmed'}>
        {state.kind === 'idle' && t('questionnaire.upToDate')}
        {state.kind === 'pending' && t('questionnaire.unsaved')}
        {state.kind === 'saving' && t('questionnaire.saving')}
        {state.kind === 'saved' && t('questionnaire.saved', { at: formatDateTime(state.at, i18n.language) })}
        {state.kind === 'failed' && t('questionnaire.saveFailed', { message: state.message })}
      </Text>
    </Group>
  );
}

/** Jumps to a question and puts the focus in its first control, as a link would with a mouse. */
export function focusQuestion(questionId: string): void {
  const block = document.getElementById(questionAnchor(questionId));
  block?.scrollIntoView({ block: 'center' });
  block?.querySelector<HTMLElement>('input:not([type=hidden]):not([hidden]), textarea, button')?.focus();
}

/** Every required question left unanswered, each a link to it: the submit's refusal. */
export const MissingList = forwardRef<HTMLDivElement, { missing: MissingAnswer[] }>(function MissingList(
  { missing },
  ref,
) {
  const { t } = useTranslation();
  // Not a Mantine Alert: its tinted text fails AA contrast for links; dark text on white here.
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="missing-title" className="missing-alert">
      <Text fw={700} id="missing-title" mb={6}>
        {t('questionnaire.missingTitle', { count: missing.length })}
      </Text>
      <ul className="missing-list">
        {missing.map((m) => (
          <li key={m.questionId}>
            <a
              href={`#${questionAnchor(m.questionId)}`}
              onClick={(event) => {
                event.preventDefault();
                focusQuestion(m.questionId);
              }}
            >
              {questionTitle(m)}
            </a>{' '}
            ({m.section})
          </li>
        ))}
      </ul>
    </div>
  );
});

/** The questionnaire as the CB will read it, PDF or Excel. */
export function Exports({ dossierId, reference }: { dossierId: string; reference: string }) {
  const { t } = useTranslation();
  const { download, failed } = useDownload();
  const get = (format: 'pdf' | 'xlsx') =>
    download(
      `/api/v1/dossiers/${encodeURIComponent(dossierId)}/questionnaire.${format}`,
      `${reference}-questionnaire.${format}`,
    );
  return (
    <Group gap="xs">
      <Button variant="default" size="xs" onClick={() => get('pdf')}>
        {t('questionnaire.exportPdf')}
      </Button>
      <Button variant="default" size="xs" onClick={() => get('xlsx')}>
        {t('questionnaire.exportXlsx')}
      </Button>
      <DownloadFailure failed={failed} message={(message) => t('questionnaire.exportFailed', { message })} />
    </Group>
  );
}
