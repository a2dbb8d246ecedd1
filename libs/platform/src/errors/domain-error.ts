import { ERROR_CODES, type ErrorCode, type ErrorDetail, type RpcErrorBody } from '@certhub/contracts';

/**
 * An expected failure with a stable code. Services throw it; the RPC layer carries it to the
 * gateway, which answers it as problem+json with the code's status.
 */
export class DomainError extends Error {
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
    };
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
