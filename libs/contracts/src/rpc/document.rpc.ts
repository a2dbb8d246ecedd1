import { z } from 'zod';
import { PageQuerySchema, pageOf } from '../pagination';
import { PerimeterSchema } from '../principal';
import { RoleSchema, TenantTypeSchema } from '../roles';
import { id } from '../fields';

/**
 * File kinds recognised from the CONTENT (magic bytes), never from the name or declared type.
 * Extendable: add a member here and teach the document service's sniffer to recognise it.
 */
export const FILE_KINDS = ['pdf', 'xlsx', 'docx', 'doc', 'xls', 'zip', 'png', 'jpeg', 'odt', 'ods'] as const;
export const FileKindSchema = z.enum(FILE_KINDS);
export type FileKind = z.infer<typeof FileKindSchema>;

/** What an upload context is attached to. Extendable like FILE_KINDS. */
export const DOCUMENT_CONTEXT_KINDS = [
  'dossier_question',
  'finding_proof',
  'finding_evidence',
  'audit_report',
  'contract',
  'renewal_document',
  'evaluation',
  'template',
  'sites_import',
  'complaint_evidence',
  'mail_attachments',
] as const;
export const DocumentContextKindSchema = z.enum(DOCUMENT_CONTEXT_KINDS);
export type DocumentContextKind = z.infer<typeof DocumentContextKindSchema>;

/**
 * `dossier:<id>:question:<questionId>`, `finding:<id>:proofs`, `audit:<id>:report`… Opaque to the
 * document service: the owning service chooses it and is the only one that registers it.
 */
export const DocumentContextIdSchema = z
  .string()
  .min(3)
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9:_.-]*$/, 'contextId: letters, digits and : _ . - only');

/**
 * Who may read or write in a context: every user of the tenant, or (need-to-know) only its listed
 * users and the holders of its listed roles. Another tenant (not listed) gets 404 for everything in
 * the context.
 */
export const ContextAccessSchema = z
  .object({
    tenantType: TenantTypeSchema,
    tenantId: z.string().min(1).max(64),
    userIds: z.array(z.string().min(1).max(64)).max(500).optional(),
    /** With userIds: these roles of the tenant too (a CB's admins and deciders…). */
    roles: z.array(RoleSchema).max(20).optional(),
    /**
     * A training network's entry narrowed to one place: its users whose perimeter reaches it (the
     * network's staff, that organisation's, that establishment's), never another establishment's.
     */
    perimeter: PerimeterSchema.optional(),
  })
  .strict();
export type ContextAccess = z.infer<typeof ContextAccessSchema>;

export const ContextRulesSchema = z
  .object({
    /** Accepted kinds, checked on content. */
    accept: z.array(FileKindSchema).min(1),
    /** Per file, enforced while streaming (413 as soon as it is passed). */
    maxBytes: z
      .number()
      .int()
      .min(1)
      .max(5 * 1024 ** 3),
    /** Live (not deleted) documents in the context. */
    maxCount: z.number().int().min(1).max(10_000),
    /**
     * A template document (in any context the uploader may read, typically a `template` context):
     * spreadsheets uploaded here must keep its sheet names and header rows.
     */
    templateDocumentId: id.optional(),
  })
  .strict();
export type ContextRules = z.infer<typeof ContextRulesSchema>;

export const UpsertDocumentContextRequestSchema = z
  .object({
    contextId: DocumentContextIdSchema,
    kind: DocumentContextKindSchema,
    /** The organisation (or CB, for CB-owned contexts) that owns the documents. */
    ownerTenantId: z.string().min(1).max(64),
    readers: z.array(ContextAccessSchema).max(50),
    /** Who adds, replaces and deletes documents while the context is open. */
    writers: z.array(ContextAccessSchema).max(50),
    /**
     * Closed: what it holds is evidence of something done (a submitted questionnaire, a closed
     * finding): no upload, new version or deletion, for anyone (409). Reopened by upserting it open.
     */
    closed: z.boolean().default(false),
    /** Every signed-in user reads it (the schemes' templates), whatever their tenant. */
    readableByAnyUser: z.boolean().default(false),
    rules: ContextRulesSchema,
    /** Kept this many days after a soft delete (and after the context's documents are superseded). */
    retentionDays: z.number().int().min(0).max(36_500),
    /**
     * The documents follow what they belong to into another tenant (a candidate transferred to
     * another network): the context and all its documents pass to `ownerTenantId`. Without it, an
     * existing context's owner never changes (409).
     */
    moveOwner: z.boolean().optional(),
  })
  .strict();
export type UpsertDocumentContextRequest = z.infer<typeof UpsertDocumentContextRequestSchema>;

export const DocumentContextSchema = UpsertDocumentContextRequestSchema.extend({
  closed: z.boolean(),
  readableByAnyUser: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DocumentContext = z.infer<typeof DocumentContextSchema>;

export const DocumentUploaderSchema = z.object({
  userId: z.string(),
  tenantType: TenantTypeSchema,
  tenantId: z.string(),
});

export const DocumentVersionSchema = z.object({
  version: z.number().int().min(1),
  name: z.string(),
  fileKind: FileKindSchema,
  contentType: z.string(),
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[a-f0-9]{64}$/),
  uploadedBy: DocumentUploaderSchema,
  uploadedAt: z.string(),
});
export type DocumentVersion = z.infer<typeof DocumentVersionSchema>;

/** The current version's fields, flattened, plus the document's identity and lifecycle. */
export const DocumentSchema = DocumentVersionSchema.extend({
  documentId: z.string(),
  contextId: z.string(),
  contextKind: DocumentContextKindSchema,
  ownerTenantId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /**
   * What rests on it (a sent proof, a filed report, a decision): it cannot be deleted, and a
   * correction is a new version (the previous ones stay, with who uploaded them and when).
   */
  frozenBy: z.array(z.string()).optional(),
  /** Set once soft-deleted; bytes and metadata are purged after `purgeAfter`. */
  deletedAt: z.string().optional(),
  purgeAfter: z.string().optional(),
});
export type DocumentResponse = z.infer<typeof DocumentSchema>;

/**
 * A document id another service is about to record: where it must live. `field` is the request
 * field it came from, echoed in the errors.
 */
export const DocumentReferenceSchema = z
  .object({
    field: z.string().min(1).max(200),
    documentId: z.string().min(1).max(200),
    contextId: DocumentContextIdSchema,
    ownerTenantId: z.string().min(1).max(64),
  })
  .strict();
export type DocumentReference = z.infer<typeof DocumentReferenceSchema>;

export const CheckDocumentsRequestSchema = z
  .object({
    references: z.array(DocumentReferenceSchema).max(500),
    /**
     * When every reference holds: freeze the documents as evidence of this (`finding:<id>:item:<n>`,
     * `audit:<id>:report`…). Idempotent per reason.
     */
    freezeAs: z.string().min(1).max(200).optional(),
  })
  .strict();

/** The rows a spreadsheet's first sheet holds: the most `document.spreadsheets.read` answers. */
export const SPREADSHEET_MAX_ROWS = 1000;

export const ReadSpreadsheetRequestSchema = z
  .object({
    /** Checked like `document.documents.check` before anything is read. */
    reference: DocumentReferenceSchema,
    /** Columns kept per row, from A: a wider sheet's other cells are not read. */
    columns: z.number().int().min(1).max(26),
  })
  .strict();

export const SpreadsheetRowsSchema = z.object({
  sheet: z.string(),
  /** The first non-empty row. */
  header: z.array(z.string()),
  /** The rows after it that hold a value, `row` being the line number the user sees in Excel. */
  rows: z.array(z.object({ row: z.number().int().min(1), cells: z.array(z.string()) })),
});
export type SpreadsheetRows = z.infer<typeof SpreadsheetRowsSchema>;
/** A resumable upload's id (ours, not the object store's). */
const uploadId = z.uuid();

export const UploadPartSchema = z.object({
  partNumber: z.number().int().min(1),
  size: z.number().int().min(1),
  sha256: z.string().regex(/^[a-f0-9]{64}$/),
});
export type UploadPart = z.infer<typeof UploadPartSchema>;

/**
 * A resumable upload: the file is sent as `partCount` parts of `partSize` bytes (the last one
 * shorter), each with `PUT /api/v1/documents/uploads/{uploadId}/parts/{partNumber}`, in any order
 * and again after a broken connection; `parts` lists those already stored, so a client resumes
 * from there. Only its uploader sees it; it expires at `expiresAt` with its parts.
 */
export const UploadSessionSchema = z.object({
  uploadId: z.string(),
  contextId: z.string(),
  fileName: z.string(),
  size: z.number().int(),
  partSize: z.number().int(),
  partCount: z.number().int(),
  parts: z.array(UploadPartSchema),
  expiresAt: z.string(),
});
export type UploadSession = z.infer<typeof UploadSessionSchema>;

export const DocumentRpc = {
  /**
   * Internal only (the SYSTEM principal): the cell texts of a spreadsheet document's first sheet,
   * for a service importing data from a file its users upload (an organisation's sites). The bytes
   * stay in the document service; at most SPREADSHEET_MAX_ROWS rows (422 beyond), cells cut at
   * 500 characters so an answer stays far under the bus's message size.
   */
  'document.spreadsheets.read': {
    request: ReadSpreadsheetRequestSchema,
    response: SpreadsheetRowsSchema,
  },
  /**
   * Internal only (the SYSTEM principal): before a service records document ids (questionnaire
   * answers, an audit report, a contract, proofs), each must exist, live in the expected context
   * of the expected tenant, be clean (the scan's verdict) and not deleted. Answers one error per
   * failing reference (`field`, `message`), none when all hold; with `freezeAs`, freezes them.
   */
  'document.documents.check': {
    request: CheckDocumentsRequestSchema,
    response: z.object({
      errors: z.array(z.object({ field: z.string(), message: z.string() })),
    }),
  },
  /**
   * Internal only (the SYSTEM principal; no gateway route): the owning service (dossier…) registers
   * or updates an upload context. Idempotent: a later call replaces readers, writers, rules and
   * retention; kind and ownerTenantId of an existing context cannot change (409), unless the call
   * moves the owner (`moveOwner`: the context and its documents pass to the new owner).
   */
  'document.contexts.upsert': {
    request: UpsertDocumentContextRequestSchema,
    response: DocumentContextSchema,
  },
  /** Live documents of a context the caller may read (404 otherwise), newest first. */
  'document.documents.list': {
    http: {
      method: 'GET',
      path: '/api/v1/documents',
      tag: 'documents',
      summary: 'Documents of an upload context (a dossier question, a finding…), newest first',
    },
    request: PageQuerySchema.extend({ contextId: DocumentContextIdSchema }).strict(),
    response: pageOf(DocumentSchema),
  },
  'document.documents.get': {
    http: {
      method: 'GET',
      path: '/api/v1/documents/{documentId}',
      tag: 'documents',
      summary: 'A document’s current version',
    },
    request: z.object({ documentId: id }).strict(),
    response: DocumentSchema,
  },
  /** Soft delete by a writer of the context; purged after the context's retention. */
  'document.documents.delete': {
    http: {
      method: 'DELETE',
      path: '/api/v1/documents/{documentId}',
      tag: 'documents',
      summary: 'Delete a document (kept for the context’s retention period, then purged)',
    },
    request: z.object({ documentId: id }).strict(),
    response: DocumentSchema,
  },
  /** Every stored version, newest first (replacing keeps the previous ones). */
  'document.documents.versions': {
    http: {
      method: 'GET',
      path: '/api/v1/documents/{documentId}/versions',
      tag: 'documents',
      summary: 'Every version of a document, newest first (replacing keeps the previous ones)',
    },
    request: z.object({ documentId: id }).strict(),
    response: z.object({ items: z.array(DocumentVersionSchema) }),
  },
  /**
   * Opens a resumable upload into a context the caller may write to: refused at once (like a
   * single upload) when the declared size passes the context's maxBytes (413), the name's
   * extension is not of an accepted kind (415) or the context is full (409); a context the caller
   * cannot see is a field error on contextId (422).
   */
  'document.uploads.create': {
    http: {
      method: 'POST',
      path: '/api/v1/documents/uploads',
      status: 201,
      tag: 'documents',
      summary: 'Start a resumable upload (large files): then send its parts and complete it',
    },
    request: z
      .object({
        contextId: DocumentContextIdSchema,
        fileName: z.string().min(1).max(255),
        size: z
          .number()
          .int()
          .min(1)
          .max(5 * 1024 ** 3),
      })
      .strict(),
    response: UploadSessionSchema,
  },
  /** The parts already stored: where a client resumes after a broken connection or a reload. */
  'document.uploads.get': {
    http: {
      method: 'GET',
      path: '/api/v1/documents/uploads/{uploadId}',
      tag: 'documents',
      summary: 'A resumable upload and the parts it already holds',
    },
    request: z.object({ uploadId }).strict(),
    response: UploadSessionSchema,
  },
  /**
   * Assembles the parts and runs the same checks as a single upload on the whole file (type
   * against name and rules, archives, template, malware scan, duplicates): the document, with the
   * same event, or the refusal (the assembled file removed, the upload gone).
   */
  'document.uploads.complete': {
    http: {
      method: 'POST',
      path: '/api/v1/documents/uploads/{uploadId}/completion',
      status: 201,
      tag: 'documents',
      summary: 'Complete a resumable upload: the file is checked and becomes a document',
    },
    request: z.object({ uploadId }).strict(),
    response: DocumentSchema,
  },
  /** Gives up a resumable upload: its parts are removed. */
  'document.uploads.abort': {
    http: {
      method: 'DELETE',
      path: '/api/v1/documents/uploads/{uploadId}',
      tag: 'documents',
      summary: 'Cancel a resumable upload (its parts are removed)',
    },
    request: z.object({ uploadId }).strict(),
    response: z.object({ uploadId: z.string(), aborted: z.literal(true) }),
  },
} as const;
