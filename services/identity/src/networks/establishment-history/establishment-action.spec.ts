import { newCloudEvent, type EventPayload, type EventType } from '@certhub/contracts';
import { establishmentActionOf } from './establishment-action';

const event = <K extends EventType>(type: K, data: EventPayload<K>) =>
  newCloudEvent(type, data, { source: 'test', time: new Date('2026-03-02T09:30:00Z') });

const habilitation = {
  habilitationId: 'hab-1',
  establishmentId: 'est-1',
  trainingOrganisationId: 'of-1',
  networkId: 'net-1',
  certifierId: 'cb-1',
};

describe(establishmentActionOf.name, () => {
  it('turns an edit into a line naming the fields, keyed by the event and pinned to the network', () => {
    const e = event('certhub.establishment.updated.v1', {
      establishmentId: 'est-1',
      trainingOrganisationId: 'of-1',
      networkId: 'net-1',
      certifierId: 'cb-1',
      fields: ['name', 'publicContact'],
      changedBy: 'u-1',
    });
    expect(establishmentActionOf(e)).toEqual({
      _id: e.id,
      tenantId: 'net-1',
      establishmentId: 'est-1',
      action: 'edited',
      at: new Date('2026-03-02T09:30:00Z'),
      by: 'u-1',
      fields: ['name', 'publicContact'],
    });
  });

  it('tells activation from deactivation', () => {
    const change = (active: boolean) =>
      establishmentActionOf(
        event('certhub.establishment.activation_changed.v1', {
          establishmentId: 'est-1',
          networkId: 'net-1',
          active,
          changedBy: 'c-1',
        }),
      )?.action;
    expect([change(true), change(false)]).toEqual(['activated', 'deactivated']);
  });

  it('lists habilitation requests, renewals and decisions with their certifier, period or reason', () => {
    const of = <K extends EventType>(type: K, data: EventPayload<K>) =>
      establishmentActionOf(event(type, data));
    expect(
      of('certhub.habilitation.requested.v1', { ...habilitation, renewal: false, requestedBy: 'u-1' }),
    ).toMatchObject({ action: 'habilitation_requested', certifierId: 'cb-1', habilitationId: 'hab-1' });
    expect(
      of('certhub.habilitation.renewal_requested.v1', {
        ...habilitation,
        renews: 'hab-0',
        inForce: true,
        requestedBy: 'u-1',
      }),
    ).toMatchObject({ action: 'habilitation_renewal_requested' });
    expect(
      of('certhub.habilitation.decided.v1', {
        ...habilitation,
        decision: 'validated',
        startsOn: '2026-01-01',
        endsOn: '2028-12-31',
        decidedBy: 'c-1',
      }),
    ).toMatchObject({
      action: 'habilitation_validated',
      startsOn: '2026-01-01',
      endsOn: '2028-12-31',
      by: 'c-1',
    });
    expect(
      of('certhub.habilitation.renewal_decided.v1', {
        ...habilitation,
        renews: 'hab-0',
        decision: 'rejected',
        reason: 'dossier incomplet',
        decidedBy: 'c-1',
      }),
    ).toMatchObject({ action: 'habilitation_rejected', reason: 'dossier incomplet' });
  });

  it('lists a user invited into the establishment, not one invited at the network’s level', () => {
    const invited = (establishmentId?: string) =>
      establishmentActionOf(
        event('certhub.user.invited.v1', {
          userId: 'u-9',
          tenantType: 'network',
          tenantId: 'net-1',
          role: 'establishment_user',
          invitedBy: 'u-1',
          ...(establishmentId ? { establishmentId } : {}),
        }),
      );
    expect(invited('est-1')).toMatchObject({
      tenantId: 'net-1',
      action: 'user_invited',
      userId: 'u-9',
      role: 'establishment_user',
    });
    expect(invited()).toBeUndefined();
  });

  it('lists the deactivation and reactivation of an establishment’s user, not of a network-level one', () => {
    const changed = (enabled: boolean, establishmentId?: string) =>
      establishmentActionOf(
        event('certhub.user.enabled_changed.v1', {
          userId: 'u-9',
          tenantId: 'net-1',
          enabled,
          changedBy: 'u-1',
          ...(establishmentId ? { establishmentId } : {}),
        }),
      );
    expect(changed(false, 'est-1')).toMatchObject({
      tenantId: 'net-1',
      establishmentId: 'est-1',
      action: 'user_disabled',
      by: 'u-1',
      userId: 'u-9',
    });
    expect(changed(true, 'est-1')).toMatchObject({ action: 'user_enabled', userId: 'u-9' });
    expect(changed(false)).toBeUndefined();
  });

  it('ignores other events and payloads that do not parse', () => {
    expect(
      establishmentActionOf(
        event('certhub.network.updated.v1', { networkId: 'net-1', fields: ['name'], changedBy: 'u-1' }),
      ),
    ).toBeUndefined();
    const broken = event('certhub.establishment.updated.v1', {} as never);
    expect(establishmentActionOf(broken)).toBeUndefined();
  });
});
