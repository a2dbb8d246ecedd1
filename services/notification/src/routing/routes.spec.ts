import { EVENT_TYPES, EventCatalog, type EventPayload, type EventType } from '@certhub/contracts';
import { samplePayload } from '../../test/support/sample-payload';
import { path, type Route } from './route';
import { ROUTES } from './routes';

describe('ROUTES', () => {
  it('routes every event type of the catalogue', () => {
    expect(Object.keys(ROUTES).sort()).toEqual([...EVENT_TYPES].sort());
  });

  it.each(EVENT_TYPES)('builds the action links of %s from the event', (type: EventType) => {
    const payload = samplePayload(EventCatalog[type].schema, { fill: 'minimal', variant: 0 });
    const route = ROUTES[type] as Route<unknown>;
    for (const link of [route.link, ...route.recipients.flatMap((r) => (r.link ? [r.link] : []))]) {
      expect(link(payload)).toMatch(/^\/([a-z]|$)/);
      expect(link(payload)).not.toMatch(/undefined/);
    }
  });

  it('links a finding to its dossier’s findings for the applicant, to its review for the CB’s staff', () => {
    const payload = {
      ...(samplePayload(EventCatalog['certhub.finding.reclassified.v1'].schema, {
        fill: 'full',
        variant: 0,
      }) as EventPayload<'certhub.finding.reclassified.v1'>),
      dossierId: 'd 1',
      findingId: 'f/2',
    };
    const route = ROUTES['certhub.finding.reclassified.v1'];
    expect(route.recipients.map((rule) => [rule.tenant, (rule.link ?? route.link)(payload)])).toEqual([
      ['organisationId', '/dossiers/d%201/findings'],
      ['cbId', '/cb/findings/f%2F2'],
      ['cbId', '/cb/findings/f%2F2'],
    ]);
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
