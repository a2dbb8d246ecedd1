import { waitFor } from '@certhub/testing';
import { gatewayStack, inDays } from './support/candidacy-fixtures';

type Body = Record<string, unknown>;

/**
 * A habilitation asked, validated, then renewed, through the gateway: the renewal is its own event
 * (the inbox's "renouvellement d'habilitation"), and the establishment's history in identity lists
 * every step from candidacy's events.
 */
describe('a habilitation’s renewal in the establishment’s history', () => {
  const gateway = gatewayStack(['network.admin', 'establishment.b', 'certifier'], {
    services: ['identity', 'candidacy'],
  });

  const { api } = gateway;
  const askAndValidate = async () => {
    const asked = await api('establishment.b', 'POST', '/establishments/est-demo-b/habilitations', {
      certifierIds: ['cb-demo'],
    });
    expect(asked.status).toBe(201);
    const id = (asked.body['items'] as Body[])[0]?.['id'] as string;
    const decided = await api('certifier', 'PUT', `/habilitations/${id}/decision`, {
      decision: 'validated',
      startsOn: inDays(-1),
      endsOn: inDays(365),
    });
    expect(decided.status).toBe(200);
    return asked.body['items'] as Body[];
  };

  it('lists the request, the validation, the renewal asked and its validation', async () => {
    await askAndValidate();
    const [renewal] = await askAndValidate();
    expect(renewal?.['renews']).toEqual(expect.any(String));

    const history = await waitFor(
      'the four habilitation steps in the history',
      async () => {
        const { status, body } = await api(
          'network.admin',
          'GET',
          '/establishments/est-demo-b/history?sort=at&pageSize=20',
        );
        expect(status).toBe(200);
        const steps = (body['items'] as Body[])
          .map((l) => l['action'])
          .filter((a) => String(a).startsWith('habilitation'));
        return steps.length >= 4 ? steps : undefined;
      },
      { timeoutMs: 20_000, intervalMs: 300 },
    );
    expect(history).toEqual([
      'habilitation_requested',
      'habilitation_validated',
      'habilitation_renewal_requested',
      'habilitation_validated',
    ]);
    // Another establishment's admin does not read it.
    expect((await api('establishment.b', 'GET', '/establishments/est-demo-a/history')).status).toBe(404);
  });
});
