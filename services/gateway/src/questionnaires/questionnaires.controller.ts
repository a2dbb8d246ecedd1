import { internalPath } from '../http/internal-proxy';
import { PDF, XLSX } from '../http/media-types';
import { streamedFilesController } from '../http/streamed-files';

const EXPORT = { description: 'The questionnaire', content: { bytes: [XLSX, PDF] } };

/**
 * Questionnaire exports, blank or filled, as Excel or PDF
 * (docs/domain/organisation-certification.md#exports): rendered by the dossier service, which owns
 * the data, and streamed from its internal route (files never travel over NATS); the dossier
 * service decides access and validates the query.
 */
export const QuestionnairesController = streamedFilesController('QuestionnairesController', 'api/v1', {
  blank: {
    path: 'schemes/:schemeId/questionnaire.:format',
    doc: {
      operationId: 'dossier.questionnaire-exports.blank',
      summary: 'A scheme’s blank questionnaire, format xlsx or pdf',
      tag: 'schemes',
      parameters: [
        { name: 'version', in: 'query', description: 'A version of the scheme (default: the current one)' },
      ],
      ok: EXPORT,
    },
    service: 'dossier',
    internal: ({ schemeId, format }) => internalPath`/internal/schemes/${schemeId}/questionnaire.${format}`,
    passQuery: true,
  },
  filled: {
    path: 'dossiers/:dossierId/questionnaire.:format',
    doc: {
      operationId: 'dossier.questionnaire-exports.filled',
      summary: 'A dossier’s filled questionnaire, format xlsx or pdf',
      tag: 'dossiers',
      ok: EXPORT,
    },
    service: 'dossier',
    internal: ({ dossierId, format }) =>
      internalPath`/internal/dossiers/${dossierId}/questionnaire.${format}`,
  },
  resultSheet: {
    path: 'audits/:auditId/result-sheet.:format',
    doc: {
      operationId: 'dossier.audits.result-sheet-export',
      summary: 'An audit’s result sheet (a verdict per requirement of the control plan), format xlsx',
      tag: 'audits',
      ok: { description: 'The result sheet', content: { bytes: [XLSX] } },
    },
    service: 'dossier',
    internal: ({ auditId, format }) => internalPath`/internal/audits/${auditId}/result-sheet.${format}`,
  },
});
