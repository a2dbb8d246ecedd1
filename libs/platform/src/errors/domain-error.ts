import { ERROR_CODES, type ErrorCode, type ErrorDetail, type RpcErrorBody } from '@certhub/contracts';

/**
 * An expected failure with a stable code. Services throw it; the RPC layer carries it to the
 * gateway, which answers it as problem+json with the code's status.
 */
export class DomainError extends Error {
  /**
   * Set on an internal error answered by a service this one called: the id that service logged it
   * under, passed on so that the id a client reads leads to the stack.
   */
  errorId?: string;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  get status(): number {
    return ERROR_CODES[this.code];
  }

  toBody(): RpcErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.details === undefined ? {} : { details: this.details }),
      ...(this.errorId === undefined ? {} : { errorId: this.errorId }),
    };
  }

  /** A called service's answer, refusal or failure, passed on as it came. */
  static fromBody(body: RpcErrorBody): DomainError {
    const error = new DomainError(body.code, body.message, body.details);
    if (body.errorId !== undefined) error.errorId = body.errorId;
    return error;
  }

  static notFound(what: string): DomainError {
    return new DomainError('not_found', `${what} was not found`);
  }

  static forbidden(reason: string): DomainError {
    return new DomainError('forbidden', reason);
  }

  /** A refused request, every field's reason listed (built from zod issues by `errorDetails`). */
  static invalid(details: ErrorDetail[], message = 'the request is invalid'): DomainError {
    return new DomainError('validation_failed', message, details);
  }

  static conflict(message: string, details?: unknown): DomainError {
    return new DomainError('conflict', message, details);
  }
}
