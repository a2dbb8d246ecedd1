import { Logger } from '@nestjs/common';
import { ERROR_CODES, HEADERS, type ErrorCode } from '@certhub/contracts';
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { problemBody } from './problem.filter';

const logger = new Logger('ClientError');

/**
 * Requests Node's HTTP parser refuses before any route sees them (headers over the size limit,
 * bytes that are not HTTP) would get Node's bare status line; they get problem+json with a
 * correlation id like every other error, then the connection closes (the parser lost its place).
 */
export function answerClientErrorsWithProblems(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable || error.code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const [code, detail]: [ErrorCode, string] =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? ['headers_too_large', 'the request headers are too large']
        : ['bad_request', 'the request could not be read as HTTP'];
    const correlationId = randomUUID();
    logger.warn({ correlationId, code: error.code }, detail);
    const status = ERROR_CODES[code];
    const body = JSON.stringify(problemBody(code, detail, { correlationId }));
    socket.end(
      [
        `HTTP/1.1 ${status} ${code === 'headers_too_large' ? 'Request Header Fields Too Large' : 'Bad Request'}`,
        'content-type: application/problem+json',
        `content-length: ${Buffer.byteLength(body)}`,
        `${HEADERS.correlationId}: ${correlationId}`,
        'connection: close',
        '',
        body,
      ].join('\r\n'),
    );
  });
}
