import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Principal } from '@certhub/contracts';
import type { Request, Response } from 'express';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { InternalProxy, clientQuery, internalPath } from '../http/internal-proxy';

/**
 * Questionnaire exports, blank or filled, as Excel or PDF
 * (docs/domain/organisation-certification.md#exports): rendered by the dossier service, which owns
 * the data, and streamed from its internal route (files never travel over NATS). Not in the
 * OpenAPI document's JSON operations; the dossier service decides access and validates the query.
 */
@Controller('api/v1')
export class QuestionnairesController {
  constructor(private readonly internal: InternalProxy) {}

  @Get('schemes/:schemeId/questionnaire.:format')
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
}
