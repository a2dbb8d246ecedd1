import { EVENT_TYPES, EventCatalog, type EventPayload, type EventType } from '@certhub/contracts';
import { samplePayload } from '../../test/support/sample-payload';
import { path, type Route } from './route';
import { ROUTES } from './routes';

describe('ROUTES', () => {
  it('routes every event type of the catalogue', () => {
    expect(Object.keys(ROUTES).sort()).toEqual([...EVENT_TYPES].sort());
  });

  it.each(EVENT_TYPES)('builds the action link of %s from the event', (type: EventType) => {
    const payload = samplePayload(EventCatalog[type].schema, { fill: 'minimal', variant: 0 });
    const link = (ROUTES[type] as Route<unknown>).link(payload);
    expect(link).toMatch(/^\/[a-z]/);
    expect(link).not.toMatch(/undefined/);
  });

  it('links a finding to its page under its dossier', () => {
    const payload = samplePayload(EventCatalog['certhub.dossier.finding_raised.v1'].schema, {
      fill: 'full',
      variant: 0,
    }) as EventPayload<'certhub.dossier.finding_raised.v1'>;
    expect(
      ROUTES['certhub.dossier.finding_raised.v1'].link({ ...payload, dossierId: 'd 1', findingId: 'f/2' }),
    ).toBe('/dossiers/d%201/findings/f%2F2');
  });

  it('has at least one audience for every event type', () => {
    for (const type of EVENT_TYPES) expect(ROUTES[type].recipients.length).toBeGreaterThan(0);
  });
});

describe('the individuals’ line categories', () => {
  it('files habilitation renewals and changes of certifier under their own categories', () => {
    expect(ROUTES['certhub.habilitation.renewal_requested.v1'].category).toBe('accreditation_renewal');
    expect(ROUTES['certhub.habilitation.renewal_decided.v1'].category).toBe('accreditation_renewal');
    expect(ROUTES['certhub.habilitation.requested.v1'].category).toBe('accreditation_request');
    expect(ROUTES['certhub.candidacy.certifier_changed.v1'].category).toBe('change_of_certifier');
  });

  it('asks the network before telling of a new candidacy', () => {
    expect(ROUTES['certhub.candidacy.created.v1'].recipients).toEqual([
      {
        tenant: 'networkId',
        roles: ['network_admin', 'network_supervisor'],
        networkOption: 'notifyOnCandidacy',
      },
    ]);
  });
});

describe(path.name, () => {
  it('encodes the ids and keeps the literal segments', () => {
    expect(path`/certificates/${'C?1'}/pdf`).toBe('/certificates/C%3F1/pdf');
  });
});
