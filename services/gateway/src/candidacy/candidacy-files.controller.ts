import { Controller, Param, Put, Query, Req } from '@nestjs/common';
import {
  CANDIDACY_FOLLOWERS,
  EvaluationSchema,
  CANDIDACY_TABLE,
  actorsOf,
  type Evaluation,
  type Principal,
} from '@certhub/contracts';
import type { Request } from 'express';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { InternalProxy, internalPath } from '../http/internal-proxy';
import { PDF, XLSX } from '../http/media-types';
import { DescribeRoute } from '../http/route-doc';
import { streamedFilesController } from '../http/streamed-files';

/**
 * The individuals' line's files (docs/domain/individuals-certification.md): the candidate sheet as
 * PDF and the evaluation matrix as an Excel template, down and back up. Rendered and read by the
 * candidacy service, streamed from its internal routes (files never travel over NATS); the
 * candidacy service decides access (the perimeter, 404 outside it; the table's rows).
 */
export const CandidacyFilesController = streamedFilesController(
  'CandidacyFilesController',
  'api/v1/candidates',
  {
    sheet: {
      path: ':candidateId/sheet.pdf',
      roles: [...CANDIDACY_FOLLOWERS, 'jury_member'],
      doc: {
        operationId: 'candidacy.candidates.sheet',
        summary: 'The candidate sheet as PDF: identity, situation, goals, evaluations and trainings',
        tag: 'candidates',
        ok: { description: 'The sheet', content: { bytes: [PDF] } },
      },
      service: 'candidacy',
      internal: ({ candidateId }) => internalPath`/internal/candidates/${candidateId}/sheet.pdf`,
    },
    matrix: {
      path: ':candidateId/evaluations/:evaluationId/matrix.xlsx',
      roles: [...CANDIDACY_FOLLOWERS, 'jury_member'],
      doc: {
        operationId: 'candidacy.evaluations.matrix',
        summary:
          'The evaluation matrix as an Excel template: one row per sub-domain, the scores given so far, lines to sign',
        tag: 'evaluations',
        ok: { description: 'The template', content: { bytes: [XLSX] } },
      },
      service: 'candidacy',
      internal: ({ candidateId, evaluationId }) =>
        internalPath`/internal/candidates/${candidateId}/evaluations/${evaluationId}/matrix.xlsx`,
    },
  },
);

/** The matrix's way back up: registered after the downloads, as it was in one controller. */
@Controller('api/v1/candidates')
export class CandidacyMatrixImportController {
  constructor(private readonly internal: InternalProxy) {}

  /**
   * The filled matrix (the body is the .xlsx file) saved into the draft's scores, every wrong row
   * named: the candidacy's save_evaluation, whose row says who may.
   */
  @Put(':candidateId/evaluations/:evaluationId/matrix')
  @Roles(...actorsOf(CANDIDACY_TABLE, 'save_evaluation'))
  @DescribeRoute({
    operationId: 'candidacy.evaluations.matrix-import',
    summary:
      'Upload the filled evaluation matrix into a draft: its scores replace the draft’s (422 naming each wrong row)',
    tag: 'evaluations',
    parameters: [
      {
        name: 'version',
        in: 'query',
        required: true,
        description: 'The candidate’s version read (409 otherwise)',
      },
    ],
    upload: { description: 'The filled matrix (.xlsx)', mediaTypes: [XLSX, 'application/octet-stream'] },
    ok: { description: 'The saved draft', content: { json: EvaluationSchema } },
  })
  async importMatrix(
    @Param('candidateId') candidateId: string,
    @Param('evaluationId') evaluationId: string,
    @Query('version') version: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
  ): Promise<Evaluation> {
    const query = version === undefined ? '' : `?version=${encodeURIComponent(version)}`;
    const path = internalPath`/internal/candidates/${candidateId}/evaluations/${evaluationId}/matrix` + query;
    return (await this.internal.upload('candidacy', path, 'PUT', req, principal)) as Evaluation;
  }
}
