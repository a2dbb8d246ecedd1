import { newCloudEvent, type EventType } from '@certhub/contracts';
import { conflictsWith, factsOf, inScope } from './event-scope';

/** The facts of an event of `type` carrying `data`, in the envelope of `tenantId` when given. */
const factsOfEvent = (
  type: EventType,
  data: Record<string, unknown>,
  tenantId: string | undefined,
  sirenOf: (organisationId: string) => string | undefined,
) => factsOf(newCloudEvent(type, data, { source: 't', ...(tenantId ? { tenantId } : {}) }), sirenOf);

describe(factsOf.name, () => {
  const sirens = new Map([['org-1', '356000000']]);
  const sirenOf = (id: string) => sirens.get(id);

  it('reads CB and scheme from the payload, and the SIREN through the organisation it names', () => {
    const data = {
      dossierId: 'd1',
      organisationId: 'org-1',
      cbId: 'cb-1',
      schemeId: 'amarc',
      reference: 'D-1',
    };
    expect(factsOfEvent('certhub.dossier.created.v1', data, 'cb-1', sirenOf)).toEqual({
      cbId: 'cb-1',
      schemeId: 'amarc',
      siren: '356000000',
    });
  });

  it('takes the SIREN a dossier event carries, even for an organisation it never heard of', () => {
    const data = {
      dossierId: 'd1',
      organisationId: 'org-9',
      cbId: 'cb-1',
      schemeId: 'amarc',
      siren: '732829320',
    };
    expect(factsOfEvent('certhub.dossier.status_changed.v1', data, 'cb-1', sirenOf)).toEqual({
      cbId: 'cb-1',
      schemeId: 'amarc',
      siren: '732829320',
    });
  });

  it('prefers the holder’s SIREN of a certificate, falls back to the envelope tenant, leaves unknowns out', () => {
    const certificate = { organisationId: 'org-1', schemeId: 'amarc', holder: { siren: '732829320' } };
    expect(factsOfEvent('certhub.certificate.issued.v1', certificate, 'cb-2', sirenOf)).toEqual({
      cbId: 'cb-2',
      schemeId: 'amarc',
      siren: '732829320',
    });
    expect(
      factsOfEvent('certhub.dossier.created.v1', { organisationId: 'org-9' }, undefined, sirenOf),
    ).toEqual({});
  });
});

describe(`${factsOf.name} of a complaint or an appeal`, () => {
  const sirenOf = () => '356000000';

  it('states its CB, never the SIREN of the organisation it names', () => {
    for (const type of ['certhub.complaint.organisation_informed.v1', 'certhub.appeal.lodged.v1'] as const) {
      const data = {
        complaintId: 'c1',
        appealId: 'a1',
        reference: 'R-1',
        cbId: 'cb-1',
        organisationId: 'org-1',
      };
      expect(factsOfEvent(type, data, 'cb-1', sirenOf)).toEqual({ cbId: 'cb-1' });
    }
  });
});

describe(inScope.name, () => {
  const facts = { cbId: 'cb-1', schemeId: 'amarc', siren: '356000000' };

  it('matches what every given dimension allows, and anything on dimensions left out', () => {
    expect(inScope({}, facts)).toBe(true);
    expect(inScope({ cbId: 'cb-1', schemeId: 'amarc', sirens: ['111111111', '356000000'] }, facts)).toBe(
      true,
    );
    expect(inScope({ cbId: 'cb-2' }, facts)).toBe(false);
    expect(inScope({ schemeId: 'label' }, facts)).toBe(false);
    expect(inScope({ sirens: ['111111111'] }, facts)).toBe(false);
  });

  it('denies a restricted dimension the event does not state', () => {
    expect(inScope({ cbId: 'cb-1' }, { schemeId: 'amarc' })).toBe(false);
    expect(inScope({ sirens: ['356000000'] }, { cbId: 'cb-1' })).toBe(false);
  });
});

describe(conflictsWith.name, () => {
  it('names what a subscription asks beyond the partner’s allowed scope', () => {
    const allowed = { cbId: 'cb-1', sirens: ['356000000'] };
    expect(conflictsWith(allowed, { cbId: 'cb-1', sirens: ['356000000'], schemeId: 'x' })).toEqual([]);
    expect(conflictsWith(allowed, { cbId: 'cb-2', sirens: ['356000000', '111111111'] })).toEqual([
      'cbId cb-2',
      'sirens 111111111',
    ]);
    expect(conflictsWith({}, { cbId: 'cb-2', sirens: ['1'] })).toEqual([]);
  });
});
