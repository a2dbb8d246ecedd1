import { amarcCertificate, uniqueId, waitFor } from '@certhub/testing';
import { certificateServiceUnderTest } from './dossier-events';

/**
 * The public register: certificates found by part of the holder's name or the number, SIREN, scheme,
 * part of the CB's name and live status, in pages. Each test names its holders with a fresh word,
 * so that other tests' certificates in the same database never match.
 */
describe('certificate service: the public register', () => {
  const stack = certificateServiceUnderTest();

  const search = (query: Record<string, unknown>) =>
    stack.events.call('certificate.registry.search', query as never) as Promise<{
      items: { number: string; holderName: string; status: string; cbName: string }[];
      total: number;
    }>;

  it('finds certificates by name, SIREN, scheme, CB and live status, a page at a time', async () => {
    const word = uniqueId('reg').replace(/[^a-z0-9]/gi, '');
    const bakery = amarcCertificate({
      holder: { ...amarcCertificate().holder, name: `Boulangerie ${word}` },
    });
    const garage = amarcCertificate({
      holder: { ...amarcCertificate().holder, name: `Garage ${word}` },
      cb: { ...amarcCertificate().cb, name: `Bureau ${word}` },
    });
    await stack.events.issue(bakery);
    await stack.events.issue(garage);
    await waitFor('both to be indexed', async () => (await search({ q: word })).total === 2);

    expect((await search({ q: word })).items.map((c) => c.holderName)).toEqual([
      `Boulangerie ${word}`,
      `Garage ${word}`,
    ]);
    expect((await search({ q: `boulangerie ${word}` })).items.map((c) => c.number)).toEqual([bakery.number]);
    expect((await search({ q: garage.number.slice(3) })).items.map((c) => c.number)).toEqual([garage.number]);
    expect((await search({ cb: `bureau ${word}` })).items.map((c) => c.number)).toEqual([garage.number]);
    expect((await search({ siren: bakery.holder.siren })).items.map((c) => c.number)).toEqual([
      bakery.number,
    ]);
    expect((await search({ q: word, schemeId: 'label' })).total).toBe(0);
    const paged = await search({ q: word, pageSize: 1, page: 2, sort: '-holderName' });
    expect(paged).toMatchObject({ total: 2, items: [{ number: bakery.number }] });

    await stack.events.changeStatus('suspended', garage);
    await waitFor('the suspension', async () => (await search({ q: word, status: 'suspended' })).total === 1);
    expect((await search({ q: word, status: 'valid' })).items.map((c) => c.number)).toEqual([bakery.number]);
    // Regular-expression characters are searched for as typed.
    expect((await search({ q: '.*' })).total).toBe(0);
  });
});
