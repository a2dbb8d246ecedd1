import type { CloudEvent, EventPayload, Principal } from '@certhub/contracts';
import { uniqueId, waitFor } from '@certhub/testing';
import { PartnerHarness } from './support/partner-harness';
import {
  certificateIssued,
  certificateRenewed,
  certificateStatusChanged,
  newDossier,
  newSiren,
  siretOf,
} from './support/events';

const numberOf = (event: CloudEvent) => (event.data as EventPayload<'certhub.certificate.issued.v1'>).number;

describe('batch SIRET verification for partners', () => {
  let h: PartnerHarness;
  const cbId = uniqueId('cb');
  const otherCb = uniqueId('cb');
  const siren = Array.from({ length: 8 }, () => newSiren());
  const cert = (
    i: number,
    extra: { sirets?: string[]; validUntil?: string; schemeId?: string; cb?: string } = {},
  ) =>
    certificateIssued({
      ref: newDossier(extra.cb ?? cbId, uniqueId('org'), extra.schemeId ?? 'amarc'),
      siren: siren[i] as string,
      ...(extra.sirets ? { sirets: extra.sirets } : {}),
      ...(extra.validUntil ? { validUntil: extra.validUntil } : {}),
    });
  const sites = cert(0, { sirets: [siretOf(siren[0] as string, 1), siretOf(siren[0] as string, 2)] });
  const holder = cert(1);
  const otherScheme = cert(2, { schemeId: 'label' });
  const suspended = cert(3);
  const expired = cert(4, { validUntil: '2020-12-31' });
  const withdrawn = cert(5);
  const replaced = cert(6, { validUntil: '2027-06-30' });
  const renewal = certificateRenewed(replaced, {
    ref: newDossier(cbId, uniqueId('org')),
    siren: siren[6] as string,
  });
  const ofOtherCb = cert(7, { cb: otherCb });

  beforeAll(async () => {
    h = await PartnerHarness.start();
    await h.publish(
      sites,
      holder,
      otherScheme,
      suspended,
      certificateStatusChanged('certhub.certificate.suspended.v1', suspended),
      expired,
      withdrawn,
      certificateStatusChanged('certhub.certificate.withdrawn.v1', withdrawn),
      replaced,
      renewal,
      ofOtherCb,
    );
  }, 120_000);
  afterAll(() => h?.stop());

  const verify = (principal: Principal, sirets: string[], schemeId = 'amarc') =>
    h.call('partner.verify', { schemeId, sirets }, principal);

  it('answers per SIRET: certified or not, the certificate number, its status and its end of validity', async () => {
    const { principal } = await h.createPartner();
    const asked = {
      listedSite: siretOf(siren[0] as string, 1),
      unlistedSite: siretOf(siren[0] as string, 3),
      holderSite: siretOf(siren[1] as string, 7),
      otherScheme: siretOf(siren[2] as string),
      suspended: siretOf(siren[3] as string),
      expired: siretOf(siren[4] as string),
      withdrawn: siretOf(siren[5] as string),
      renewed: siretOf(siren[6] as string),
      unknown: siretOf(newSiren()),
    };
    const answer = await waitFor('the index to hold every certificate event', async () => {
      const result = await verify(principal, Object.values(asked));
      const byName = Object.fromEntries(
        Object.entries(asked).map(([name, siret]) => [name, result.results.find((r) => r.siret === siret)]),
      );
      return byName['withdrawn']?.status === 'withdrawn' &&
        byName['renewed']?.certificateNumber === numberOf(renewal)
        ? byName
        : undefined;
    });
    expect(answer).toEqual({
      listedSite: {
        siret: asked.listedSite,
        certified: true,
        certificateNumber: numberOf(sites),
        status: 'valid',
        validUntil: '2099-12-31',
      },
      unlistedSite: { siret: asked.unlistedSite, certified: false },
      holderSite: expect.objectContaining({
        certified: true,
        certificateNumber: numberOf(holder),
        status: 'valid',
      }),
      otherScheme: { siret: asked.otherScheme, certified: false },
      suspended: expect.objectContaining({
        certified: false,
        certificateNumber: numberOf(suspended),
        status: 'suspended',
      }),
      expired: expect.objectContaining({ certified: false, status: 'expired', validUntil: '2020-12-31' }),
      withdrawn: expect.objectContaining({
        certified: false,
        certificateNumber: numberOf(withdrawn),
        status: 'withdrawn',
      }),
      renewed: expect.objectContaining({
        certified: true,
        certificateNumber: numberOf(renewal),
        status: 'valid',
      }),
      unknown: { siret: asked.unknown, certified: false },
    });
  });

  it('keeps to the partner’s scope: its CB’s certificates only, its scheme and SIRENs only', async () => {
    const ofCb = await h.createPartner({ cbId });
    const ofOther = await h.createPartner({ cbId: otherCb });
    const siret = siretOf(siren[7] as string);
    await waitFor(
      'the other CB’s certificate to be indexed',
      async () => (await verify(ofOther.principal, [siret])).results[0]?.certified,
    );
    expect((await verify(ofCb.principal, [siret])).results).toEqual([{ siret, certified: false }]);

    const ofScheme = await h.createPartner({ schemeId: 'label' });
    await expect(verify(ofScheme.principal, [siret], 'amarc')).rejects.toMatchObject({ code: 'forbidden' });
    const ofSirens = await h.createPartner({ sirens: [siren[1] as string] });
    await expect(verify(ofSirens.principal, [siretOf(siren[1] as string), siret])).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringContaining(siret),
    });
  });

  it('refuses more than 500 SIRETs and SIRETs that fail the Luhn check', async () => {
    const { principal } = await h.createPartner();
    const many = Array.from({ length: 501 }, (_, i) => siretOf(siren[1] as string, i + 1));
    await expect(verify(principal, many)).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(verify(principal, ['12345678901234'])).rejects.toMatchObject({ code: 'validation_failed' });
  });

  it('skips a certificate event whose payload breaks its contract, counts it, and indexes the next', async () => {
    const rejectedBefore = await h.metric('certhub_partner_events_rejected_total');
    const owner = newSiren();
    const sound = certificateIssued({ ref: newDossier(cbId, uniqueId('org'), 'amarc'), siren: owner });
    const { number: _dropped, ...broken } = sound.data as EventPayload<'certhub.certificate.issued.v1'>;
    await h.publish({ ...sound, id: uniqueId('evt'), data: broken }, sound);

    const { principal } = await h.createPartner();
    const siret = siretOf(owner);
    await waitFor(
      'the sound certificate behind the broken event to be indexed',
      async () => (await verify(principal, [siret])).results[0]?.certified,
    );
    expect(await h.metric('certhub_partner_events_rejected_total')).toBe(rejectedBefore + 1);
  });
});
