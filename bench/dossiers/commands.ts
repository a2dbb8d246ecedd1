import { randomUUID } from 'node:crypto';
import { missingRequired, pruneHidden, type Answers, type Questionnaire } from '@certhub/contracts';
import { dossierEvent, dossierRef } from '../../services/dossier/src/lifecycle/dossier-events';
import { findingEvent, findingRef } from '../../services/dossier/src/findings/finding-events';
import { ORG_ADMIN } from './generate';
import { type Case, type QueryContext } from './queries';

export interface CommandContext extends QueryContext {
  orgAdminId: string;
  questionnaire: Questionnaire;
}

const ORG_SCOPE = { tenantId: 'org-demo', organisationId: 'org-demo' };
const LIGHT = { trail: 0, outbox: 0 } as const;
const FINDING_LIGHT = { trail: 0, outbox: 0 } as const;

/**
 * The two commands, through the gateway and as the bare reads and writes their use cases make on
 * the database (same filters, same versioned update with trail entry and outbox events), so the
 * difference is what the gateway, NATS and the service add.
 */
export function commandCases(ctx: CommandContext): Case[] {
  return [
    {
      label: 'command: questionnaire submit (org admin)',
      user: ORG_ADMIN,
      command: 'submit',
      gateway: (_, dossierId) => ({
        method: 'POST',
        path: `/api/v1/dossiers/${dossierId}/questionnaire/submit`,
        body: {},
      }),
      database: async (_, dossierId) => {
        await submitDirect(ctx, dossierId as string);
        return 1;
      },
    },
    {
      label: 'command: findings batch send (org admin)',
      user: ORG_ADMIN,
      command: 'send',
      gateway: (_, dossierId) => ({
        method: 'POST',
        path: `/api/v1/dossiers/${dossierId}/findings/send`,
        body: { kind: 'measure' },
      }),
      database: (_, dossierId) => sendDirect(ctx, dossierId as string),
    },
  ];
}

/** submit-questionnaire.usecase.ts: read the dossier, check the answers, one versioned write. */
async function submitDirect(ctx: CommandContext, dossierId: string): Promise<void> {
  const { dossiers } = ctx.models;
  const dossier = await dossiers
    .findOne({ ...ORG_SCOPE, _id: dossierId }, LIGHT)
    .lean()
    .exec();
  if (!dossier || dossier.status !== 'draft') throw new Error(`dossier ${dossierId} is not a draft`);
  const answers = dossier.questionnaire.answers as Answers;
  if (missingRequired(ctx.questionnaire, answers).length) throw new Error('incomplete questionnaire');
  const now = new Date();
  const ref = dossierRef(dossier);
  const updated = await dossiers
    .findOneAndUpdate(
      { tenantId: dossier.cbId, _id: dossier._id, version: dossier.version },
      {
        $set: {
          'questionnaire.answers': pruneHidden(ctx.questionnaire, answers),
          'questionnaire.submittedAt': now,
          'questionnaire.submittedBy': ctx.orgAdminId,
          status: 'submitted',
          updatedAt: now,
        },
        $inc: { 'questionnaire.revision': 1, version: 1 },
        $push: {
          trail: {
            at: now,
            who: ctx.orgAdminId,
            action: 'submit_questionnaire',
            what: 'questionnaire submitted',
            fromStatus: 'draft',
            toStatus: 'submitted',
          },
          outbox: {
            $each: [
              dossierEvent(
                'certhub.dossier.status_changed.v1',
                {
                  ...ref,
                  reference: dossier.reference,
                  from: 'draft',
                  to: 'submitted',
                  at: now.toISOString(),
                  by: ctx.orgAdminId,
                },
                dossier,
                now,
              ),
              dossierEvent(
                'certhub.dossier.submitted.v1',
                { ...ref, submittedBy: ctx.orgAdminId, submittedAt: now.toISOString() },
                dossier,
                now,
              ),
            ],
          },
        },
      },
      // No projection: FerretDB v1 refuses one on findAndModify ("fields … is not implemented yet").
      { new: true },
    )
    .lean()
    .exec();
  if (!updated) throw new Error(`dossier ${dossierId} changed meanwhile`);
}

/** send-items.usecase.ts: the dossier, its open findings, one versioned write per finding with ready items. */
async function sendDirect(ctx: CommandContext, dossierId: string): Promise<number> {
  const { dossiers, findings } = ctx.models;
  const dossier = await dossiers
    .findOne({ ...ORG_SCOPE, _id: dossierId }, LIGHT)
    .lean()
    .exec();
  if (!dossier) throw new Error(`dossier ${dossierId} not found`);
  const scope = { ...ORG_SCOPE, $nor: [{ status: 'recorded' }, { status: 'rejected' }] };
  const candidates = (
    await findings
      .find({ ...scope, open: true, dossierId }, FINDING_LIGHT)
      .sort({ number: 1 })
      .lean()
      .exec()
  ).filter((f) => f.items.some((i) => i.kind === 'measure' && i.status === 'draft' && i.ready));
  if (!candidates.length) throw new Error(`dossier ${dossierId} has no ready measure`);
  const batchId = randomUUID();
  for (const f of candidates) {
    const now = new Date();
    const itemIds = f.items
      .filter((i) => i.kind === 'measure' && i.status === 'draft' && i.ready)
      .map((i) => i.id);
    const event = findingEvent(
      'certhub.finding.measures_sent.v1',
      { ...findingRef(f, dossier.analystId), batchId, itemIds, at: now.toISOString(), by: ctx.orgAdminId },
      f,
      now,
    );
    const updated = await findings
      .findOneAndUpdate(
        { tenantId: f.cbId, _id: f._id, version: f.version },
        {
          $set: {
            items: f.items.map((i) =>
              itemIds.includes(i.id)
                ? { ...i, status: 'sent', ready: false, sentAt: now, updatedAt: now }
                : i,
            ),
            status: 'measures_sent',
            open: true,
          },
          $inc: { version: 1 },
          $push: {
            trail: {
              at: now,
              by: ctx.orgAdminId,
              action: 'send_measures',
              from: f.status,
              to: 'measures_sent',
              what: `${itemIds.length} measure(s) sent in batch ${batchId}`,
              after: { batchId, itemIds },
            },
            outbox: event,
          },
        },
        { new: true },
      )
      .lean()
      .exec();
    if (!updated) throw new Error(`finding ${f.number} changed meanwhile`);
  }
  return candidates.length;
}
