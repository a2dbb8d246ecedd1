import { Controller, Get, Param, Req, Res, applyDecorators, type Type } from '@nestjs/common';
import { PARAMTYPES_METADATA } from '@nestjs/common/constants';
import type { Principal, Role } from '@certhub/contracts';
import type { Request, Response } from 'express';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { InternalProxy, clientQuery, type InternalService } from './internal-proxy';
import { DescribeRoute, type RouteDoc } from './route-doc';

/**
 * A GET route whose answer is a file a service renders or keeps (an export, a PDF), streamed from
 * that service's internal route: files never travel over NATS, and the service decides access
 * (the caller is passed on in the internal token) and validates what it is asked.
 */
export interface StreamedFile {
  /** Below the controller's path, in Nest's syntax: `:schemeId/questionnaire.:format`. */
  path: string;
  /** Who may ask (the service holds the same rule); signed-in callers otherwise. */
  roles?: readonly Role[];
  doc: RouteDoc;
  service: InternalService;
  /** The service's route for the route's parameters: built with internalPath, which checks the ids. */
  internal: (params: Record<string, string>) => string;
  /** The client's query string goes along as it came: the service validates it. */
  passQuery?: true;
}

/**
 * One controller serving `routes` (the handler name → its route, registered in this order) below
 * `path`: every one streams as InternalProxy.download does, whole or one Range.
 */
export function streamedFilesController(
  name: string,
  path: string,
  routes: Record<string, StreamedFile>,
): Type {
  class StreamedFiles {
    constructor(readonly internal: InternalProxy) {}
  }
  Reflect.defineMetadata(PARAMTYPES_METADATA, [InternalProxy], StreamedFiles);

  for (const [handlerName, route] of Object.entries(routes)) {
    const handler = function (
      this: StreamedFiles,
      params: Record<string, string>,
      principal: Principal,
      req: Request,
      res: Response,
    ): Promise<void> {
      const internal = route.internal(params) + (route.passQuery ? clientQuery(req) : '');
      return this.internal.download(route.service, internal, req, res, principal);
    };
    Object.defineProperty(StreamedFiles.prototype, handlerName, {
      value: handler,
      writable: true,
      configurable: true,
    });
    const prototype = StreamedFiles.prototype;
    Param()(prototype, handlerName, 0);
    CurrentPrincipal()(prototype, handlerName, 1);
    Req()(prototype, handlerName, 2);
    Res()(prototype, handlerName, 3);
    applyDecorators(
      Get(route.path),
      ...(route.roles ? [Roles(...route.roles)] : []),
      DescribeRoute(route.doc),
    )(prototype, handlerName, Object.getOwnPropertyDescriptor(prototype, handlerName) as PropertyDescriptor);
  }
  Controller(path)(StreamedFiles);
  return Object.defineProperty(StreamedFiles, 'name', { value: name });
}
