import { Injectable, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { HTTP_OPERATIONS, type HttpMethod, type HttpOperation, type Role } from '@certhub/contracts';
import { PUBLIC_ROUTE } from '@certhub/platform';
import { REQUIRED_ROLES, SIGNED_IN_OPTIONAL } from '../auth/auth.decorators';
import { ROUTE_DOC, type RouteDoc } from './route-doc';

/** One route as Nest registered it, with what describes it: its contract entry or its RouteDoc. */
export interface ApiRoute {
  method: HttpMethod;
  /** OpenAPI's template: `/api/v1/documents/{documentId}/content`. */
  path: string;
  public: boolean;
  /** Public, but a bearer token when sent is verified and makes the caller known. */
  signedInOptional: boolean;
  roles: readonly Role[];
  operation?: HttpOperation;
  doc?: RouteDoc;
}

const OPERATIONS = new Map(HTTP_OPERATIONS.map((op) => [op.subject as string, op]));

const escape = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');

/** `{name}` matches one segment, or what is left of it (`questionnaire.{format}`). */
const matcher = (template: string) =>
  new RegExp(
    `^${template
      .split(/\{\w+\}/)
      .map(escape)
      .join('[^/]+')}/?$`,
  );

/**
 * The gateway's `/api` routes read from Nest's own registration (controllers, their paths, methods,
 * roles and @Public marks), so that the OpenAPI document and the 405 answers follow the routes as
 * they are, not a list kept beside them.
 */
@Injectable()
export class ApiRoutes {
  private routes?: { route: ApiRoute; pattern: RegExp }[];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  all(): ApiRoute[] {
    return this.registered().map(({ route }) => route);
  }

  /** The methods some route answers on this path; empty when no route has the path. */
  allowedMethods(path: string): HttpMethod[] {
    return [
      ...new Set(
        this.registered().flatMap(({ route, pattern }) => (pattern.test(path) ? [route.method] : [])),
      ),
    ];
  }

  private registered(): { route: ApiRoute; pattern: RegExp }[] {
    this.routes ??= this.discovery.getControllers().flatMap(({ metatype, instance }) => {
      if (!metatype || !instance) return [];
      const base = this.reflector.get<string | undefined>(PATH_METADATA, metatype) ?? '';
      const prototype = Object.getPrototypeOf(instance) as object;
      return this.scanner.getAllMethodNames(prototype).flatMap((name) => {
        const handler = (prototype as Record<string, () => unknown>)[name] as () => unknown;
        const sub = this.reflector.get<string | undefined>(PATH_METADATA, handler);
        const verb = this.reflector.get<RequestMethod | undefined>(METHOD_METADATA, handler);
        if (sub === undefined || verb === undefined) return [];
        const path = `/${base}/${sub}`
          .replace(/\/+/g, '/')
          .replace(/(.)\/$/, '$1')
          .replace(/:(\w+)/g, '{$1}');
        if (!path.startsWith('/api/')) return [];
        const targets = [handler, metatype];
        const route: ApiRoute = {
          method: RequestMethod[verb] as HttpMethod,
          path,
          public: this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC_ROUTE, targets) === true,
          signedInOptional:
            this.reflector.getAllAndOverride<boolean | undefined>(SIGNED_IN_OPTIONAL, targets) === true,
          roles: this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets) ?? [],
          operation: OPERATIONS.get(name),
          doc: this.reflector.get<RouteDoc | undefined>(ROUTE_DOC, handler),
        };
        if (!route.operation && !route.doc)
          throw new Error(`${route.method} ${path} has neither a contract entry nor a @DescribeRoute`);
        return [{ route, pattern: matcher(path) }];
      });
    });
    return this.routes;
  }
}
