import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Principal } from '@certhub/contracts';
import type { Request, Response } from 'express';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { InternalProxy, clientQuery, internalPath } from '../http/internal-proxy';
import { PDF, XLSX } from '../http/media-types';
import { DescribeRoute } from '../http/route-doc';

const EXPORT = { description: 'The questionnaire', content: { bytes: [XLSX, PDF] } };

/**
 * Questionnaire exports, blank or filled, as Excel or PDF
 * (docs/domain/organisation-certification.md#exports): rendered by the dossier service, which owns
 * the data, and streamed from its internal route (files never travel over NATS); the dossier
 * service decides access and validates the query.
 */
@Controller('api/v1')
export class QuestionnairesController {
  constructor(private readonly internal: InternalProxy) {}

  @Get('schemes/:schemeId/questionnaire.:format')
  @DescribeRoute({
    operationId: 'dossier.questionnaire-exports.blank',
    summary: 'A scheme’s blank questionnaire, format xlsx or pdf',
    tag: 'schemes',
    parameters: [
      { name: 'version', in: 'query', description: 'A version of the scheme (default: the current one)' },
    ],
    ok: EXPORT,
  })
  blank(
    @Param('schemeId') schemeId: string,
    @Param('format') format: string,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const path = internalPath`/internal/schemes/${schemeId}/questionnaire.${format}` + clientQuery(req);
    return this.internal.download('dossier', path, req, res, principal);
  }

  @Get('dossiers/:dossierId/questionnaire.:format')
  @DescribeRoute({
    operationId: 'dossier.questionnaire-exports.filled',
    summary: 'A dossier’s filled questionnaire, format xlsx or pdf',
    tag: 'dossiers',
    ok: EXPORT,
  })
  filled(
    @Param('dossierId') dossierId: string,
    @Param('format') format: string,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const path = internalPath`/internal/dossiers/${dossierId}/questionnaire.${format}`;
    return this.internal.download('dossier', path, req, res, principal);
  }

  @Get('audits/:auditId/result-sheet.:format')
  @DescribeRoute({
    operationId: 'dossier.audits.result-sheet-export',
    summary: 'An audit’s result sheet (a verdict per requirement of the control plan), format xlsx',
    tag: 'audits',
    ok: { description: 'The result sheet', content: { bytes: [XLSX] } },
  })
  resultSheet(
    @Param('auditId') auditId: string,
    @Param('format') format: string,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const path = internalPath`/internal/audits/${auditId}/result-sheet.${format}`;
    return this.internal.download('dossier', path, req, res, principal);
  }
}
