import {
  Controller,
  HttpCode,
  Inject,
  Req,
  RequestMapping,
  RequestMethod,
  applyDecorators,
  type Type,
} from '@nestjs/common';
import { PARAMTYPES_METADATA } from '@nestjs/common/constants';
import { Throttle } from '@nestjs/throttler';
import {
  BODY_METHODS,
  HTTP_OPERATIONS,
  type HttpOperation,
  type RpcResponse,
  type RpcSubject,
} from '@certhub/contracts';
import { Public, RpcClient, SERVICE_CONFIG } from '@certhub/platform';
import type { Request } from 'express';
import { Roles, SignedInOptional } from '../auth/auth.decorators';
import { certificatesConfig } from '../certificates/certificates.config';
import type { GatewayConfig } from '../config';
import { forward } from './forward';
import { readJsonBody } from './json-body';
import { requestInput } from './request-input';
import { expressPath, inRouteOrder } from './route-order';

/**
 * The gateway's own policy on top of the contract: public verification gets a per-address budget
 * tighter than the gateway's, so that certificate numbers cannot be enumerated.
 */
function policies(op: HttpOperation): MethodDecorator[] {
  if (!/^(certificate|credentials)\.verify\./.test(op.subject)) return [];
  return [
    Throttle({
      default: { limit: () => certificatesConfig().PUBLIC_VERIFY_RATE_LIMIT_PER_MINUTE, ttl: 60_000 },
    }),
  ];
}

/**
 * Every operation of the contract catalogue that has an HTTP route, as one Nest controller: one
 * generic handler per route (the guards check the token and the catalogue's roles; the path
 * parameters, query and body are merged and validated strictly against the request schema, every
 * field error listed; the request goes over NATS as the caller; the answer with the route's
 * status). Routes that stream bytes or events keep their own controllers.
 */
export function catalogueController(): Type<unknown> {
  class CatalogueController {
    constructor(
      readonly rpc: RpcClient,
      readonly config: GatewayConfig,
    ) {}
  }
  Reflect.defineMetadata(PARAMTYPES_METADATA, [RpcClient, Object], CatalogueController);
  Inject(SERVICE_CONFIG)(CatalogueController, undefined, 1);

  for (const op of inRouteOrder(HTTP_OPERATIONS)) {
    const subject: RpcSubject = op.subject;
    const withBody = BODY_METHODS.has(op.method);
    const handler = async function (
      this: CatalogueController,
      req: Request,
    ): Promise<RpcResponse<RpcSubject>> {
      const body = withBody ? await readJsonBody(req, this.config.BODY_LIMIT) : undefined;
      return forward(this.rpc, subject, requestInput(subject, req, body));
    };
    Object.defineProperty(CatalogueController.prototype, subject, {
      value: handler,
      writable: true,
      configurable: true,
    });
    const descriptor = Object.getOwnPropertyDescriptor(
      CatalogueController.prototype,
      subject,
    ) as PropertyDescriptor;
    Req()(CatalogueController.prototype, subject, 0);
    applyDecorators(
      RequestMapping({ path: expressPath(op.path), method: RequestMethod[op.method] }),
      HttpCode(op.status ?? 200),
      ...(op.public ? [Public()] : []),
      ...(op.signedInOptional ? [SignedInOptional()] : []),
      ...(op.roles?.length ? [Roles(...op.roles)] : []),
      ...policies(op),
    )(CatalogueController.prototype, subject, descriptor);
  }
  Controller()(CatalogueController);
  return CatalogueController;
}
