import { SetMetadata } from '@nestjs/common';
import type { z } from 'zod';

export const ROUTE_DOC = 'certhub:route-doc';

/** A JSON answer's schema, or the media types of a file's bytes. */
export type RouteContent = { json: z.ZodType } | { bytes: readonly string[] };

/** A query parameter or request header of a hand-written route. */
export interface RouteParameter {
  name: string;
  in: 'query' | 'header';
  description: string;
  required?: true;
  /** An enumeration of the allowed values; a string otherwise. */
  values?: readonly string[];
}

/**
 * The OpenAPI description of a route written by hand (files, exports, streams): catalogue routes
 * are described by their contract entry, these by this. The gateway refuses to start with an
 * `/api` route that has neither, so the document cannot fall behind the routes.
 */
export interface RouteDoc {
  /** `<service>.<thing>.<verb>` like the catalogue's subjects: the service that answers it first. */
  operationId: string;
  summary: string;
  tag: string;
  parameters?: readonly RouteParameter[];
  /** The body IS the file (no multipart form), in one of these media types. */
  upload?: { description: string; mediaTypes: readonly string[] };
  /** The success answer. */
  ok: { status?: 200 | 201; description: string; content: RouteContent };
  /** Served by the gateway itself, without calling a service (no 503 then). */
  local?: true;
}

export const DescribeRoute = (doc: RouteDoc) => SetMetadata(ROUTE_DOC, doc);
