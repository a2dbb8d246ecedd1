import {
  SYSTEM_PRINCIPAL,
  type Principal,
  type RpcRequest,
  type RpcResponse,
  type RpcSubject,
  type UpsertDocumentContextRequest,
} from '@certhub/contracts';
import { InternalTokens } from '@certhub/platform';
import {
  PrivateComponent,
  RpcTestClient,
  connectNats,
  passwordToken,
  runtimeEnv,
  startService,
  uniqueId,
  type ServiceProcess,
} from '@certhub/testing';
import { Client as S3Client } from 'minio';
import mongoose, { type Connection } from 'mongoose';
import type { NatsConnection } from 'nats';

export const ORG_ADMIN = 'org.admin@certhub.local';
export const CB_ADMIN = 'cb.admin@certhub.local';
export const ORG = 'org-demo';
export const CB = 'cb-demo';
export const BUCKET = 'certhub-documents';

/** A MinIO of the test's own, which it may stop and start again at the same address and data. */
export class PrivateMinio {
  private constructor(
    readonly component: PrivateComponent,
    readonly env: Record<string, string>,
  ) {}

  static async start(): Promise<PrivateMinio> {
    const component = await PrivateComponent.start('minio');
    const base = runtimeEnv();
    return new PrivateMinio(component, {
      S3_ENDPOINT: component.url,
      S3_ACCESS_KEY: base.S3_ACCESS_KEY,
      S3_SECRET_KEY: base.S3_SECRET_KEY,
      S3_REGION: base.S3_REGION,
    });
  }

  stop(): void {
    this.component.stop();
  }

  restart(): void {
    this.component.restart();
  }
}

export interface HarnessOptions {
  /** Extra env of the document service (retention day length, clamd…). */
  env?: Record<string, string>;
  /** Run the document service against a private MinIO the test may stop. */
  privateMinio?: boolean;
}

/**
 * The document service and a gateway in front of it, on a private NATS and database prefix (as
 * TestStack does), with what the tests inspect behind the API: the service's database and bucket.
 */
export class DocumentHarness {
  private constructor(
    readonly nats: PrivateComponent,
    readonly minio: PrivateMinio | undefined,
    readonly document: ServiceProcess,
    readonly gateway: ServiceProcess,
    readonly prefix: string,
    readonly nc: NatsConnection,
    private readonly rpc: RpcTestClient,
    readonly db: Connection,
    readonly s3: S3Client,
  ) {}

  static async start(options: HarnessOptions = {}): Promise<DocumentHarness> {
    const nats = await PrivateComponent.start('nats');
    const minio = options.privateMinio ? await PrivateMinio.start() : undefined;
    const prefix = uniqueId('doc');
    const shared = { NATS_URL: nats.url, MONGO_DB_PREFIX: prefix };
    const document = await startService('document', { ...shared, ...minio?.env, ...options.env });
    const gateway = await startService('gateway', {
      ...shared,
      DOCUMENT_URL: document.url,
      RATE_LIMIT_PER_MINUTE: '100000',
    });
    const nc = await connectNats(nats.url);
    const rpc = await RpcTestClient.connect(nats.url, { timeoutMs: 10_000 });
    const env = { ...runtimeEnv(), ...minio?.env };
    const db = await mongoose.createConnection(env.MONGO_URL, { dbName: `${prefix}_document` }).asPromise();
    const endpoint = new URL(env.S3_ENDPOINT);
    const s3 = new S3Client({
      endPoint: endpoint.hostname,
      port: Number(endpoint.port),
      useSSL: false,
      accessKey: env.S3_ACCESS_KEY,
      secretKey: env.S3_SECRET_KEY,
      region: env.S3_REGION,
      pathStyle: true,
    });
    return new DocumentHarness(nats, minio, document, gateway, prefix, nc, rpc, db, s3);
  }

  async stop(): Promise<void> {
    await this.nc.close().catch(() => undefined);
    await this.rpc.close();
    await this.db.close().catch(() => undefined);
    await Promise.all([this.gateway.stop(), this.document.stop()]);
    this.minio?.stop();
    this.nats.stop();
  }

  /** A request/reply call as the gateway makes it, as the SYSTEM principal by default. */
  call<K extends RpcSubject>(
    subject: K,
    payload: RpcRequest<K>,
    principal: Principal = SYSTEM_PRINCIPAL,
  ): Promise<RpcResponse<K>> {
    return this.rpc.call(subject, payload, principal);
  }

  /** A context of org-demo that its users write and cb-demo's users read (a dossier question). */
  context(
    overrides: Partial<UpsertDocumentContextRequest> = {},
  ): Promise<RpcResponse<'document.contexts.upsert'>> {
    return this.call('document.contexts.upsert', {
      contextId: `dossier:${uniqueId('d')}:question:q1`,
      kind: 'dossier_question',
      ownerTenantId: ORG,
      readers: [{ tenantType: 'cb', tenantId: CB }],
      writers: [{ tenantType: 'organisation', tenantId: ORG }],
      rules: { accept: ['pdf', 'xlsx', 'docx', 'zip'], maxBytes: 1024 * 1024, maxCount: 8 },
      retentionDays: 365,
      ...overrides,
    });
  }

  api(path: string, token: string, init: RequestInit = {}): Promise<Response> {
    return fetch(`${this.gateway.url}/api/v1${path}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, ...(init.headers as Record<string, string>) },
    });
  }

  /** A call to the document service's internal routes as the gateway makes it, for `as`. */
  async internal(path: string, as: Principal, init: RequestInit = {}): Promise<Response> {
    const tokens = new InternalTokens(runtimeEnv().INTERNAL_TOKEN_SECRET, 'gateway');
    return fetch(`${this.document.url}/internal/documents${path}`, {
      ...init,
      headers: {
        authorization: `Bearer ${await tokens.sign('document', as)}`,
        ...(init.headers as Record<string, string>),
      },
    });
  }

  upload(
    token: string,
    contextId: string,
    body: Buffer | ReadableStream,
    filename = 'file.pdf',
  ): Promise<Response> {
    const query = new URLSearchParams({ contextId, filename });
    return this.api(`/documents?${query.toString()}`, token, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body,
      ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
    } as RequestInit);
  }

  async objectExists(key: string): Promise<boolean> {
    try {
      await this.s3.statObject(BUCKET, key);
      return true;
    } catch {
      return false;
    }
  }

  collection(name: 'documents' | 'pending_uploads' | 'contexts' | 'upload_sessions') {
    return this.db.collection(name);
  }

  /** The object-store key of a document's first version, as its metadata records it. */
  async firstVersionKey(documentId: string): Promise<string> {
    const row = (await this.collection('documents').findOne({ _id: documentId as never })) as {
      versions: { key: string }[];
    } | null;
    return row?.versions[0]?.key as string;
  }
}

export const tokens = async () => ({
  org: await passwordToken(ORG_ADMIN),
  cb: await passwordToken(CB_ADMIN),
});

/** The token's subject: the userId the services record. */
export function userIdOf(token: string): string {
  const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
    sub: string;
  };
  return payload.sub;
}
