import { Injectable, Logger } from '@nestjs/common';
import type { EventPayload, EventType } from '@certhub/contracts';
import { Periodic } from '@certhub/platform';
import type { DossierConfig } from '../../config';
import { AuditRepository } from '../../audits/audit.repository';
import { dossierRef as auditDossierRef } from '../../audits/audit-events';
import { FindingRepository } from '../../findings/finding.repository';
import { addDays, today, type Day } from '../../lifecycle/calendar';
import { dossierEvent, dossierRef } from '../../lifecycle/dossier-events';
import { DossierRepository } from '../../lifecycle/dossier.repository';
import type { DossierView } from '../../lifecycle/dossier.schema';
import { horizonOf, thresholdFor } from '../reminder-thresholds';
import { ReminderRepository } from '../reminder.repository';
import type { ReminderKind } from '../reminder.schema';

const PAGE = 200;
const MS_PER_DAY = 86_400_000;
/** A finding waits for the applicant in these statuses: measures or proofs asked, or a clarification. */
const APPLICANT_TURN = [
  'measures_requested',
  'measures_clarification',
  'proofs_requested',
  'proofs_clarification',
];

const daysBetween = (from: Day, to: Day): number =>
  Math.round((Date.parse(to) - Date.parse(from)) / MS_PER_DAY);

interface Due<K extends EventType> {
  kind: ReminderKind;
  type: K;
  subjectId: string;
  dueOn: Day;
  daysLeft: number;
  owner: { dossierId: string; organisationId: string; cbId: string };
  data: EventPayload<K>;
}

type ReminderType<K extends ReminderKind> = `certhub.reminder.${K}.v1`;

/**
 * A reminder of `kind` about one thing falling due on `dueOn`, as seen on `day`: its event says
 * the due date and the days left, with what is particular to the kind (`about`).
 */
function due<K extends ReminderKind>(
  kind: K,
  subjectId: string,
  owner: Due<EventType>['owner'],
  { day, dueOn }: { day: Day; dueOn: Day },
  about: Omit<EventPayload<ReminderType<K>>, 'dueOn' | 'daysLeft'>,
): Due<ReminderType<K>> {
  const daysLeft = daysBetween(day, dueOn);
  const data = { ...about, dueOn, daysLeft } as EventPayload<ReminderType<K>>;
  return { kind, type: `certhub.reminder.${kind}.v1`, subjectId, dueOn, daysLeft, owner, data };
}

/**
 * One pass of reminders at `now` (the job's clock): surveillance audits falling due, renewal windows
 * opening, findings close to their due date, audits starting soon. Each is recorded once per thing,
 * due date and threshold (reminder.schema.ts) with its event, which the notification service turns
 * into inbox entries and mails; passes and replicas may overlap.
 */
@Injectable()
export class SendReminders {
  private readonly logger = new Logger(SendReminders.name);

  constructor(
    private readonly dossiers: DossierRepository,
    private readonly audits: AuditRepository,
    private readonly findings: FindingRepository,
    private readonly reminders: ReminderRepository,
  ) {}

  /** Returns how many reminders this pass sent. */
  // Every replica runs it, at the job's clock (tests move it).
  @Periodic<DossierConfig>({
    name: 'reminders',
    intervalMs: (config) => config.REMINDER_SCAN_INTERVAL_MS,
    runAtStart: true,
  })
  async runOnce(now: Date, signal?: AbortSignal): Promise<number> {
    const day = today(now);
    let sent = 0;
    const send = async (due: Due<EventType>[]) => {
      for (const d of due) {
        if (signal?.aborted) return;
        sent += (await this.sendOne(d, now)) ? 1 : 0;
      }
    };
    for (let after = ''; ;) {
      const page = await this.dossiers.certifiedForReminders(after, PAGE);
      await send(page.flatMap((d) => this.certificateReminders(d, day, now)));
      if (page.length < PAGE || signal?.aborted) break;
      after = page.at(-1)?._id ?? after;
    }
    await send(await this.auditReminders(day, now));
    await send(await this.findingReminders(day, now));
    return sent;
  }

  private async sendOne(due: Due<EventType>, now: Date): Promise<boolean> {
    const threshold = thresholdFor(due.kind, due.daysLeft);
    if (threshold === undefined) return false;
    const { owner } = due;
    try {
      return await this.reminders.sendOnce(
        {
          _id: `${due.kind}:${due.subjectId}:${due.dueOn}:${threshold}`,
          tenantId: [owner.organisationId, owner.cbId],
          dossierId: owner.dossierId,
          kind: due.kind,
          subjectId: due.subjectId,
          dueOn: due.dueOn,
          threshold,
          sentAt: now,
        },
        dossierEvent(due.type, due.data, { _id: owner.dossierId, cbId: owner.cbId }, now),
      );
    } catch (error) {
      this.logger.warn(`could not send the ${due.kind} reminder of ${due.subjectId}: ${String(error)}`);
      return false;
    }
  }

  private certificateReminders(d: DossierView, day: Day, now: Date): Due<EventType>[] {
    const certificate = d.certificate;
    if (!certificate) return [];
    const owner = { dossierId: d._id, organisationId: d.organisationId, cbId: d.cbId };
    const common = {
      ...dossierRef(d),
      ...(d.analystId ? { analystId: d.analystId } : {}),
      certificateNumber: certificate.number,
      at: now.toISOString(),
    };
    const out: Due<EventType>[] = [];
    const horizon = addDays(day, horizonOf('surveillance_audit_due'));
    // The next surveillance date ahead; later ones get theirs when they come close.
    const next = (d.cycle?.surveillanceDue ?? []).filter((date) => date >= day && date <= horizon).sort()[0];
    if (next) out.push(due('surveillance_audit_due', d._id, owner, { day, dueOn: next }, common));
    const opens = d.cycle?.renewalOpensOn;
    if (opens && opens <= day && day < certificate.validUntil) {
      const dueOn = certificate.validUntil;
      out.push(due('renewal_window_open', certificate.certificateId, owner, { day, dueOn }, common));
    }
    return out;
  }

  private async auditReminders(day: Day, now: Date): Promise<Due<EventType>[]> {
    const audits = await this.audits.plannedStartingBetween(day, addDays(day, horizonOf('audit_upcoming')));
    return audits.map((a) =>
      due(
        'audit_upcoming',
        a._id,
        a,
        { day, dueOn: a.startDate },
        {
          ...auditDossierRef(a),
          auditId: a._id,
          type: a.type,
          endDate: a.endDate,
          auditorIds: a.auditorIds,
          at: now.toISOString(),
        },
      ),
    );
  }

  private async findingReminders(day: Day, now: Date): Promise<Due<EventType>[]> {
    const findings = await this.findings.openDueBetween(
      APPLICANT_TURN,
      day,
      addDays(day, horizonOf('finding_deadline')),
    );
    return findings.map((f) =>
      due(
        'finding_deadline',
        f._id,
        f,
        { day, dueOn: f.dueDate },
        {
          ...auditDossierRef(f),
          ...(f.analystId ? { analystId: f.analystId } : {}),
          findingId: f._id,
          number: f.number,
          at: now.toISOString(),
        },
      ),
    );
  }
}
