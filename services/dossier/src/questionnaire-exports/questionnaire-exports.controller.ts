import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { SchemeSchema, type Scheme } from '@certhub/contracts';
import {
  DomainError,
  InternalExportController,
  InternalTokens,
  XLSX,
  parseRequest,
  type ExportFile,
} from '@certhub/platform';
import type { Request, Response } from 'express';
import type { Writable } from 'node:stream';
import { GetQuestionnaire } from '../dossiers/get-questionnaire/get-questionnaire.usecase';
import { ResultSheet } from '../findings/result-sheet/result-sheet.usecase';
import { writeResultSheetWorkbook } from '../findings/result-sheet/result-sheet-workbook';
import { GetScheme } from '../schemes/get-scheme/get-scheme.usecase';
import { blankExport, filledExport, type QuestionnaireExport } from './questionnaire-export';
import { writeQuestionnairePdf } from './questionnaire-pdf';
import { writeQuestionnaireWorkbook } from './questionnaire-workbook';

const FORMATS: Record<
  string,
  { contentType: string; write: (out: Writable, doc: QuestionnaireExport) => Promise<void> }
> = {
  xlsx: {
    contentType: XLSX,
    write: writeQuestionnaireWorkbook,
  },
  pdf: { contentType: 'application/pdf', write: writeQuestionnairePdf },
};

/**
 * Questionnaire exports, blank or filled, as Excel or PDF
 * (docs/domain/organisation-certification.md#exports), rendered here, next to the data, with the
 * shared visibility rule; files never travel over NATS, so the gateway streams these internal
 * routes to the client. Access is the same as the questionnaire's and the scheme's reads: any
 * signed-in user reads a scheme; a dossier's questionnaire is scoped like the dossier.
 */
@Controller('internal')
export class QuestionnaireExportsController extends InternalExportController {
  constructor(
    tokens: InternalTokens,
    private readonly schemes: GetScheme,
    private readonly questionnaires: GetQuestionnaire,
    private readonly sheets: ResultSheet,
  ) {
    super(tokens);
  }

  @Get('schemes/:schemeId/questionnaire.:format')
  blank(
    @Param('schemeId') schemeId: string,
    @Param('format') format: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    return this.send(req, res, async (_principal, query) => {
      const request = parseRequest('dossier.schemes.get', { ...query, schemeId });
      return this.file(format, blankExport(await this.scheme(request)));
    });
  }

  @Get('dossiers/:dossierId/questionnaire.:format')
  filled(
    @Param('dossierId') dossierId: string,
    @Param('format') format: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    return this.send(req, res, async (principal) => {
      const request = parseRequest('dossier.questionnaire.get', { dossierId });
      const dossier = await this.questionnaires.execute(principal, request);
      const scheme = await this.scheme({ schemeId: dossier.schemeId, version: dossier.schemeVersion });
      return this.file(format, filledExport(scheme, dossier));
    });
  }

  /**
   * The audit's result sheet as Excel, exported beside the audit report (the report is a document
   * of the audit; the sheet is rendered from the verdicts): read like the sheet itself.
   */
  @Get('audits/:auditId/result-sheet.:format')
  resultSheet(
    @Param('auditId') auditId: string,
    @Param('format') format: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    return this.send(req, res, async (principal) => {
      if (format !== 'xlsx') throw DomainError.notFound(`result-sheet.${format} (exports: xlsx)`);
      const sheet = await this.sheets.get(
        principal,
        parseRequest('dossier.audits.result-sheet', { auditId }),
      );
      const header: [string, string][] = [
        ['Audit', sheet.auditId],
        [
          'Référentiel',
          `${sheet.schemeId} ${sheet.schemeVersion}${sheet.level ? ` niveau ${sheet.level}` : ''}`,
        ],
        ['Complète', sheet.complete ? 'Oui' : 'Non'],
      ];
      return {
        fileName: `fiche-resultats-${auditId}.xlsx`,
        write: (out) => writeResultSheetWorkbook(out, sheet, header),
      };
    });
  }

  private async scheme(request: { schemeId: string; version?: string | undefined }): Promise<Scheme> {
    const { publishedAt: _at, publishedBy: _by, ...scheme } = await this.schemes.execute(request);
    // Re-parsed so the questionnaire carries its defaults (file rules) exactly as a client sees it.
    return SchemeSchema.parse(scheme);
  }

  private file(format: string, doc: QuestionnaireExport): ExportFile {
    const chosen = FORMATS[format];
    if (!chosen) throw DomainError.notFound(`questionnaire.${format} (exports: pdf, xlsx)`);
    return {
      contentType: chosen.contentType,
      fileName: `${doc.fileName}.${format}`,
      write: (out) => chosen.write(out, doc),
    };
  }
}
