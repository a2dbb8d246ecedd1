import { Controller, Get, Headers, Logger, Param, Put, Query, Req, Res } from '@nestjs/common';
import {
  DomainError,
  InternalExportController,
  InternalTokens,
  drainRequest,
  internalRoute,
  parseRequest,
} from '@certhub/platform';
import type { Request, Response } from 'express';
import { CandidacyLifecycle } from '../candidacy/candidacy-lifecycle';
import { writeCandidateSheetPdf } from '../candidates/candidate-sheet/candidate-sheet-pdf';
import { writeMatrixWorkbook } from '../evaluations/evaluation-matrix/evaluation-matrix-workbook';
import { evaluationOf, frameworkOf } from '../evaluations/evaluation-records';
import { ImportEvaluationMatrix } from '../evaluations/import-evaluation-matrix/import-evaluation-matrix.usecase';

/** A filled matrix is a few dozen kB: anything past this is not one. */
const MATRIX_MAX_BYTES = 1024 * 1024;

/**
 * The candidacy's files, rendered or read next to its data: the candidate sheet (PDF) and the
 * evaluation matrix (Excel template down, filled matrix up). Files never travel over NATS, so the
 * gateway streams these internal routes, with the principal in its signed internal token; access is
 * the candidacy's own (the perimeter's reads, the table's rows).
 */
@Controller('internal/candidates')
export class CandidacyFilesController extends InternalExportController {
  // The matrix upload answers JSON, not a file: it checks the token and logs on its own.
  private readonly uploadLogger = new Logger(CandidacyFilesController.name);

  constructor(
    private readonly uploadTokens: InternalTokens,
    private readonly lifecycle: CandidacyLifecycle,
    private readonly importMatrix: ImportEvaluationMatrix,
  ) {
    super(uploadTokens);
  }

  @Get(':candidateId/sheet.pdf')
  sheet(@Param('candidateId') candidateId: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.send(req, res, async (principal) => {
      const request = parseRequest('candidacy.candidates.get', { candidateId });
      const candidate = await this.lifecycle.load(principal, request.candidateId);
      return {
        contentType: 'application/pdf',
        fileName: `fiche-candidat-${candidate.reference}.pdf`,
        write: (out) => writeCandidateSheetPdf(out, candidate),
      };
    });
  }

  @Get(':candidateId/evaluations/:evaluationId/matrix.xlsx')
  matrix(
    @Param('candidateId') candidateId: string,
    @Param('evaluationId') evaluationId: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    return this.send(req, res, async (principal) => {
      const request = parseRequest('candidacy.evaluations.get', { candidateId, evaluationId });
      const candidate = await this.lifecycle.load(principal, request.candidateId);
      const evaluation = evaluationOf(candidate, request.evaluationId);
      return {
        fileName: `matrice-${candidate.reference}-${evaluation.kind}.xlsx`,
        write: (out) =>
          writeMatrixWorkbook(
            out,
            {
              reference: candidate.reference,
              candidate: `${candidate.firstName} ${candidate.birthName}`,
              kind: evaluation.kind,
              frameworkVersion: evaluation.frameworkVersion,
              evaluatorName: evaluation.evaluatorName,
              evaluatedOn: evaluation.evaluatedOn,
            },
            frameworkOf(evaluation.frameworkVersion),
            evaluation.scores,
          ),
      };
    });
  }

  @Put(':candidateId/evaluations/:evaluationId/matrix')
  async importScores(
    @Param('candidateId') candidateId: string,
    @Param('evaluationId') evaluationId: string,
    @Query('version') version: string | undefined,
    @Headers('authorization') authorization: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await internalRoute(res, this.uploadLogger, async () => {
      try {
        const principal = await this.uploadTokens.user(authorization);
        // The same three fields a finalisation names: the draft and the candidate's version read.
        const { version: read } = parseRequest('candidacy.evaluations.finalise', {
          candidateId,
          evaluationId,
          version: version === undefined ? undefined : Number(version),
        });
        const file = await readBody(req, MATRIX_MAX_BYTES);
        const evaluation = await this.importMatrix.execute(principal, {
          candidateId,
          evaluationId,
          version: read,
          file,
        });
        res.status(200).json(evaluation);
      } catch (error) {
        drainRequest(req);
        throw error;
      }
    });
  }
}

/** The request's body, refused (413) past `limit` bytes. */
async function readBody(req: Request, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new DomainError('payload_too_large', `a matrix holds at most ${limit} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new DomainError('payload_too_large', `a matrix holds at most ${limit} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
