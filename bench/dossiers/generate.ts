import { SchemeSchema, schemeRequirements, type Answers, type Scheme } from '@certhub/contracts';
import { addOutbox } from '@certhub/platform';
import mongoose, { type Connection, type Model } from 'mongoose';
import { AUDIT_MODEL, AuditSchema, type AuditDoc } from '../../services/dossier/src/audits/audit.schema';
import {
  DOSSIER_MODEL,
  DossierSchema,
  type DossierView,
} from '../../services/dossier/src/lifecycle/dossier.schema';
import {
  FINDING_MESSAGE_MODEL,
  FindingMessageSchema,
} from '../../services/dossier/src/findings/finding-message.schema';
import {
  FINDING_MODEL,
  FindingSchema,
  type FindingDoc,
} from '../../services/dossier/src/findings/finding.schema';
import { SEED_SCHEMES } from '../../services/dossier/src/schemes/seed';
import { answersFor, assertSubmittable } from './answers';
import { STATUS_WEIGHTS, buildDossier, isPastAudit, type World } from './dossier-docs';
import { auditRef, buildFinding, findingStatusFor, type AuditRef } from './finding-docs';
import { prepareCommandDossiers, type Prepared } from './prepared';
import type { BenchStack } from './infra';
import type { Models } from './queries';
import { Random } from './random';

export interface GenerateOptions {
  mongoUrl: string;
  dbName: string;
  dossiers: number;
  findings: number;
  cbs: number;
  seed: number;
  /** Prepared dossiers per command and per side (gateway, database). */
  commands: number;
  /** Real user ids (token `sub`) of the demo analyst and auditor: the CB's staff index 0. */
  analystId: string;
  auditorId: string;
}

export interface InsertFigures {
  collection: string;
  docs: number;
  seconds: number;
  avgKb: number;
}

export const DEMO_CB = 'cb-demo';
export const DEMO_ORG = 'org-demo';
/** The realm's demo users the data set's CB staff and organisation are. */
export const ANALYST = 'analyst@certhub.local';
export const AUDITOR = 'auditor@certhub.local';
export const ORG_ADMIN = 'org.admin@certhub.local';
const BATCH = { dossiers: 500, audits: 1000, findings: 1000 };

/** The dossier service's own models on a plain connection (the schemas' indexes, outbox and tenant plugin included). */
export function dossierModels(connection: Connection): Models {
  // The service adds the outbox when it registers these models (OutboxModule.forFeature).
  for (const schema of [DossierSchema, AuditSchema, FindingSchema, FindingMessageSchema]) addOutbox(schema);
  return {
    dossiers: connection.model<DossierView>(DOSSIER_MODEL, DossierSchema),
    audits: connection.model<AuditDoc>(AUDIT_MODEL, AuditSchema),
    findings: connection.model<FindingDoc>(FINDING_MODEL, FindingSchema),
    messages: connection.model(FINDING_MESSAGE_MODEL, FindingMessageSchema),
  };
}

/**
 * Writes the data set straight into the dossier service's database with its own schemas:
 * dossiers and their audits first (insertMany in batches, the next batch built while the previous
 * one is written), then the findings spread over the audits that took place, then the dossiers
 * the measured commands consume. Prints its own insert rates.
 */
/** The data set of DATA_OPTIONS (as parsed) generated into the stack's database, staffed by the demo users. */
export async function generateDataSet(
  stack: BenchStack,
  values: { dossiers: string; findings: string; cbs: string; seed: string },
  commands = 0,
): Promise<{ figures: InsertFigures[]; prepared: Prepared }> {
  const [analystId, auditorId] = await Promise.all([ANALYST, AUDITOR].map((u) => stack.users.userId(u)));
  return generate({
    mongoUrl: stack.components.mongoUrl,
    dbName: stack.dbName,
    dossiers: Number(values.dossiers),
    findings: Number(values.findings),
    cbs: Number(values.cbs),
    seed: Number(values.seed),
    commands,
    analystId,
    auditorId,
  });
}

export async function generate(
  options: GenerateOptions,
): Promise<{ figures: InsertFigures[]; prepared: Prepared }> {
  const connection = await mongoose
    .createConnection(options.mongoUrl, { dbName: options.dbName })
    .asPromise();
  try {
    const models = dossierModels(connection);
    // The service's indexes exist before the data, as in production (and FerretDB builds them as it goes).
    for (const model of [models.dossiers, models.audits, models.findings])
      await model.collection.drop().catch(() => undefined);
    await Promise.all([
      models.dossiers.createIndexes(),
      models.audits.createIndexes(),
      models.findings.createIndexes(),
    ]);
    const rnd = new Random(options.seed);
    const world = buildWorld(options, rnd);
    const writers = {
      dossiers: new BatchWriter(models.dossiers, BATCH.dossiers),
      audits: new BatchWriter(models.audits, BATCH.audits),
      findings: new BatchWriter(models.findings, BATCH.findings),
    };
    const progress = new Progress(writers);

    const refs: AuditRef[] = [];
    const requirementsOf = new Map(
      world.schemes.map((s) => [s.schemeId, schemeRequirements(s).map((r) => r.id)]),
    );
    for (let i = 0; i < options.dossiers; i++) {
      const demo = rnd.chance(world.demoShare);
      const cbIndex = demo && rnd.chance(0.7) ? 0 : rnd.int(0, world.cbs.length - 1);
      const organisationId = demo ? DEMO_ORG : `org-bench-${rnd.int(1, world.organisations)}`;
      const { dossier, audits } = buildDossier(world, rnd, i + 1, {
        status: rnd.weighted(STATUS_WEIGHTS),
        cbIndex,
        organisationId,
      });
      await writers.dossiers.add(dossier);
      for (const audit of audits) await writers.audits.add(audit);
      const past = audits.filter(isPastAudit);
      past.forEach((audit, n) =>
        refs.push(
          auditRef(dossier, audit, n === past.length - 1, requirementsOf.get(dossier.schemeId) ?? ['1.1']),
        ),
      );
      progress.tick();
    }
    await writers.dossiers.flush();
    await writers.audits.flush();

    // Findings: each to one audit that took place, at random (a multinomial spread, exactly --findings).
    const numbers = new Map<string, number>();
    if (refs.length === 0 && options.findings > 0) throw new Error('no audit took place: raise --dossiers');
    for (let i = 0; i < options.findings; i++) {
      const ref = refs[Math.floor(rnd.next() * refs.length)] as AuditRef;
      const number = (numbers.get(ref.dossierId) ?? 0) + 1;
      numbers.set(ref.dossierId, number);
      await writers.findings.add(buildFinding(ref, rnd, number, findingStatusFor(ref, rnd), world.now));
      progress.tick();
    }
    await writers.findings.flush();

    const prepared = await prepareCommandDossiers(world, rnd, options.commands, writers);
    for (const writer of Object.values(writers)) await writer.flush();
    progress.done();
    return { figures: Object.values(writers).map((w) => w.figures()), prepared };
  } finally {
    await connection.close();
  }
}

function buildWorld(options: GenerateOptions, rnd: Random): World {
  const schemes: Scheme[] = SEED_SCHEMES.map((s) => SchemeSchema.parse(s)).sort((a) =>
    a.schemeId === 'label-engagement' ? -1 : 1,
  );
  const answerPool = new Map<string, { complete: Answers[]; partial: Answers[] }>();
  for (const scheme of schemes) {
    const holder = () => {
      const siren = rnd.siren();
      return { siren, siret: rnd.siret(siren), name: rnd.words(3).slice(0, -1) };
    };
    const complete = Array.from({ length: 64 }, () => answersFor(scheme.questionnaire, rnd, holder(), true));
    complete.forEach((answers) => assertSubmittable(scheme.questionnaire, answers));
    const partial = Array.from({ length: 64 }, () => answersFor(scheme.questionnaire, rnd, holder(), false));
    answerPool.set(scheme.schemeId, { complete, partial });
  }
  const cbs = Array.from({ length: Math.max(1, options.cbs) }, (_, i) => {
    const id = i === 0 ? DEMO_CB : `cb-bench-${i + 1}`;
    const staff = (role: string, real: string, count: number) =>
      Array.from({ length: count }, (_, k) => (i === 0 && k === 0 ? real : `${role}-${id}-${k}`));
    return {
      id,
      prefix: i === 0 ? 'DEMO' : `CB${i + 1}`,
      analysts: staff('analyst', options.analystId, 12),
      auditors: staff('auditor', options.auditorId, 25),
    };
  });
  return {
    now: Date.now(),
    cbs,
    // About four dossiers per organisation: a few hundred thousand applicants would be as valid.
    organisations: Math.max(1, Math.round(options.dossiers / 4)),
    demoShare: 0.02,
    schemes,
    answerPool,
  };
}

/** insertMany in batches with one write in flight while the next batch is built. */
export class BatchWriter<T> {
  private batch: T[] = [];
  private inFlight: Promise<unknown> = Promise.resolve();
  private written = 0;
  private ms = 0;
  private bytes = 0;
  private sampled = 0;

  constructor(
    private readonly model: Model<T>,
    private readonly size: number,
  ) {}

  get count(): number {
    return this.written + this.batch.length;
  }

  get name(): string {
    return this.model.collection.collectionName;
  }

  async add(doc: T): Promise<void> {
    if (this.sampled < 200 || Math.random() < 0.001) {
      this.bytes += JSON.stringify(doc).length;
      this.sampled += 1;
    }
    this.batch.push(doc);
    if (this.batch.length >= this.size) await this.flush(false);
  }

  /** Sends the batch; `wait` also waits for it (the end of a collection). */
  async flush(wait = true): Promise<void> {
    await this.inFlight;
    const docs = this.batch;
    this.batch = [];
    if (docs.length) {
      const first = this.written === 0;
      const started = performance.now();
      // The first batch goes through mongoose's casting and validation (the documents match the
      // service's schema); the rest skip it, as the figures are about the database.
      this.inFlight = this.model.insertMany(docs, { ordered: false, lean: !first }).then(() => {
        this.ms += performance.now() - started;
        this.written += docs.length;
      });
    }
    if (wait) await this.inFlight;
  }

  figures(): InsertFigures {
    return {
      collection: this.name,
      docs: this.written,
      seconds: this.ms / 1000,
      avgKb: this.sampled ? this.bytes / this.sampled / 1024 : 0,
    };
  }
}

class Progress {
  private last = Date.now();
  private readonly started = Date.now();

  constructor(private readonly writers: Record<string, { name: string; count: number }>) {}

  tick(): void {
    if (Date.now() - this.last < 15_000) return;
    this.last = Date.now();
    this.print('…');
  }

  done(): void {
    this.print('done');
  }

  private print(state: string): void {
    const seconds = (Date.now() - this.started) / 1000;
    const counts = Object.values(this.writers)
      .map((w) => `${w.name} ${w.count}`)
      .join(', ');
    process.stdout.write(`  generate ${state} ${seconds.toFixed(0)} s: ${counts}\n`);
  }
}
