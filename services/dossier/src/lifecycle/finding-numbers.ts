import { Injectable } from '@nestjs/common';
import { SequenceRepository } from '@certhub/platform';

/** NC0007: four digits, more when a dossier ever needs them. */
export const findingNumber = (seq: number): string => `NC${String(seq).padStart(4, '0')}`;

/**
 * One numbering per dossier for every finding raised on it, the questionnaire's écarts and the audits'
 * non-conformities alike (docs/domain/organisation-certification.md#finding-numbers): NC0001 names one
 * finding of the dossier, whichever step raised it. The counter is the dossier's own, kept with its CB's
 * counters: an atomic increment, so two replicas never hand out one number twice; a command refused
 * after taking its number leaves a gap, never a duplicate.
 */
@Injectable()
export class FindingNumbers {
  constructor(private readonly sequences: SequenceRepository) {}

  async next(dossier: { cbId: string; dossierId: string }): Promise<string> {
    return findingNumber(await this.sequences.next(dossier.cbId, `findings:${dossier.dossierId}`));
  }
}
