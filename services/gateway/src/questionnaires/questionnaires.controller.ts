import { Controller, Get, Logger, Param, Query, Res } from '@nestjs/common';
import { RpcCatalog, SchemeSchema, type Principal, type RpcSubject, type Scheme } from '@certhub/contracts';
import { DomainError, RpcClient } from '@certhub/platform';
import type { Response } from 'express';
import type { z } from 'zod';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { blankExport, filledExport, type QuestionnaireExport } from './questionnaire-export';
import { writeQuestionnairePdf } from './questionnaire-pdf';
import { writeQuestionnaireWorkbook } from './questionnaire-workbook';

const FORMATS = {
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    write: writeQuestionnaireWorkbook,
  },
  pdf: { contentType: 'application/pdf', write: writeQuestionnairePdf },
} as const;
type Format = keyof typeof FORMATS;

/**
 * Questionnaire exports, blank or filled, as Excel or PDF
 * (docs/domain/organisation-certification.md#exports). Built here from RPC data (files never travel over
 * NATS) with the shared visibility rule. Not @Endpoints: the OpenAPI builder describes JSON only. Access is
 * the RPCs': any signed-in user reads a scheme; the dossier service scopes the dossier.
 */
@Controller('api/v1')
export class QuestionnairesController {
  private readonly logger = new Logger(QuestionnairesController.name);

  constructor(private readonly rpc: RpcClient) {}

  @Get('schemes/:schemeId/questionnaire.xlsx')
  blankXlsx(
    @Param('schemeId') schemeId: string,
    @Query() query: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    return this.blank('xlsx', schemeId, query, principal, res);
  }

  @Get('schemes/:schemeId/questionnaire.pdf')
  blankPdf(
    @Param('schemeId') schemeId: string,
    @Query() query: Record<string, unknown>,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    return this.blank('pdf', schemeId, query, principal, res);
  }

  @Get('dossiers/:dossierId/questionnaire.xlsx')
  filledXlsx(
    @Param('dossierId') dossierId: string,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    return this.filled('xlsx', dossierId, principal, res);
  }

  @Get('dossiers/:dossierId/questionnaire.pdf')
  filledPdf(
    @Param('dossierId') dossierId: string,
    @CurrentPrincipal() principal: Principal,
    @Res() res: Response,
  ): Promise<void> {
    return this.filled('pdf', dossierId, principal, res);
  }

  private async blank(
    format: Format,
    schemeId: string,
    query: Record<string, unknown>,
    principal: Principal,
    res: Response,
  ): Promise<void> {
    const request = parse('dossier.schemes.get', { ...query, schemeId });
    const scheme = await this.scheme(request, principal);
    await this.send(format, blankExport(scheme), res);
  }

  private async filled(
    format: Format,
    dossierId: string,
    principal: Principal,
    res: Response,
  ): Promise<void> {
    const request = parse('dossier.questionnaire.get', { dossierId });
    // Refusals (not found, not yours) come before any byte: they stay problem+json.
    const dossier = await this.rpc.call('dossier.questionnaire.get', request, { principal });
    const scheme = await this.scheme(
      { schemeId: dossier.schemeId, version: dossier.schemeVersion },
      principal,
    );
    await this.send(format, filledExport(scheme, dossier), res);
  }

  private async scheme(
    request: { schemeId: string; version?: string | undefined },
    principal: Principal,
  ): Promise<Scheme> {
    const {
      publishedAt: _at,
      publishedBy: _by,
      ...scheme
    } = await this.rpc.call('dossier.schemes.get', request, {
      principal,
    });
    // Re-parsed so the questionnaire carries its defaults (file rules) exactly as the service has it.
    return SchemeSchema.parse(scheme);
  }

  private async send(format: Format, doc: QuestionnaireExport, res: Response): Promise<void> {
    const { contentType, write } = FORMATS[format];
    res.status(200);
    res.setHeader('content-type', contentType);
    res.setHeader('content-disposition', `attachment; filename="${doc.fileName}.${format}"`);
    try {
      await write(res, doc);
    } catch (error) {
      // Headers are gone: cut the download short rather than end a truncated file as if complete.
      this.logger.warn(`questionnaire export failed half-way: ${String(error)}`);
      res.destroy();
    }
  }
}

/** Path and query validated by the subject's own request schema, refused as the JSON routes do. */
function parse<K extends RpcSubject>(
  subject: K,
  input: unknown,
): z.output<(typeof RpcCatalog)[K]['request']> {
  const parsed = RpcCatalog[subject].request.safeParse(input);
  if (parsed.success) return parsed.data as z.output<(typeof RpcCatalog)[K]['request']>;
  throw new DomainError(
    'validation_failed',
    'the request is invalid',
    parsed.error.issues.map((issue) => ({
      field:
        issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '(request)'),
      message: issue.message,
    })),
  );
}
