import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { DossierView } from '../dossiers/dossier.schema';
import { LifecycleGuards, type GuardCheck } from './lifecycle-guards';
import type { Guard } from './lifecycle.table';

/** Today as YYYY-MM-DD (UTC): certificate dates are calendar dates. */
export const today = (now = new Date()): string => now.toISOString().slice(0, 10);

const renewalOpen = (d: DossierView): boolean => Boolean(d.cycle?.renewal);

/** The guards that read the dossier's own data (audit findings guards belong to the findings module). */
export const DOSSIER_GUARDS = {
  certificate_valid: (d: DossierView) => d.certificate?.status === 'valid',
  certificate_held: (d: DossierView) =>
    d.certificate?.status === 'valid' || d.certificate?.status === 'suspended',
  initial_cycle: (d: DossierView) => !d.certificate || renewalOpen(d),
  surveillance_cycle: (d: DossierView) => Boolean(d.certificate) && !renewalOpen(d),
  questionnaire_findings_answered: (d: DossierView) =>
    (d.questionnaireFindings ?? []).every((f) => f.status !== 'open'),
  questionnaire_findings_closed: (d: DossierView) =>
    (d.questionnaireFindings ?? []).every((f) => f.status === 'closed'),
  renewal_window_open: (d: DossierView) => {
    const c = d.certificate;
    const opens = d.cycle?.renewalOpensOn;
    const now = today();
    return c?.status === 'valid' && opens !== undefined && opens <= now && now < c.validUntil;
  },
  validity_elapsed: (d: DossierView) => Boolean(d.certificate && d.certificate.validUntil < today()),
  complementary_requested: (d: DossierView) => Boolean(d.complementaryRequested),
  scope_change_pending: (d: DossierView) => d.scopeChange?.status === 'pending',
} as const satisfies Partial<Record<Guard, GuardCheck>>;

@Injectable()
export class DossierGuards implements OnModuleInit {
  constructor(private readonly guards: LifecycleGuards) {}

  onModuleInit(): void {
    for (const [guard, check] of Object.entries(DOSSIER_GUARDS))
      this.guards.register(guard as keyof typeof DOSSIER_GUARDS, check);
  }
}
