import { createFileRoute } from '@tanstack/react-router';
import { Loading } from '../../../app/feedback';
import { idParam } from '../../../lib/search';
import { SchemeVersion } from '../../../features/admin/SchemeVersion';

/**
 * One version of a scheme, read only (schemes are published by their authors, never edited here):
 * the version in the URL, the latest when absent; its cycle, decision options, requirements with
 * the levels each applies at and its control methods, and its questionnaire's sections.
 */
export const Route = createFileRoute('/admin/schemes/$schemeId')({
  validateSearch: (search: Record<string, unknown>): { version?: string | undefined } => ({
    version: idParam(search['version']),
  }),
  pendingComponent: () => <Loading lines={8} />,
  component: SchemeVersion,
});
