import { DomainError } from '@certhub/platform';

/**
 * An establishment (SIRET) belongs to the company (SIREN) its first nine digits name: a site of an
 * organisation, an establishment of a training organisation. 422 on the `siret` field otherwise.
 */
export function requireEstablishmentOf(siret: string, siren: string): void {
  if (!siret.startsWith(siren))
    throw new DomainError(
      'validation_failed',
      `SIRET ${siret} does not belong to this organisation: its SIREN is ${siren}`,
      [{ field: 'siret', message: `must start with the organisation's SIREN ${siren}` }],
    );
}
