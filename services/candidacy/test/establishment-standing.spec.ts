import { uniqueId, waitFor } from '@certhub/testing';
import {
  completeIdentity,
  evaluator,
  evaluate,
  gatewayStack,
  inDays,
  person,
  recentTraining as training,
  scores,
} from './support/candidacy-fixtures';

type Body = Record<string, unknown>;

/**
 * The standing of a dossier's establishment, decided by the candidacy service as the portal
 * decides it (docs/domain/individuals-certification.md#active-flag): an establishment its certifier
 * deactivated no longer completes its dossiers (every write of the training side is refused 409
 * `establishment_inactive`, but writing to the certifier and the network's taking back of a send;
 * its candidates' files take no upload),
 * while the certifier and its jury go on; without a habilitation in force, evaluations and trainings
 * (their reopening included) are refused 409 `habilitation_not_in_force`. The stack has its own
 * databases: deactivating the demo establishment touches no other test file.
 */
describe('an establishment’s standing on its candidacies, through the gateway', () => {
  const gateway = gatewayStack(['network.admin', 'establishment.a', 'establishment.b', 'certifier', 'jury'], {
    habilitated: true,
  });

  const { api } = gateway;
  const setActive = (establishmentId: string, active: boolean) =>
    gateway.ok('certifier', 'PUT', `/establishments/${establishmentId}/active`, { active });
  const registered = (establishmentId = 'est-demo-a', who = 'establishment.a'): Promise<Body> =>
    gateway.ok(who, 'POST', '/candidates', { ...person(establishmentId), ...completeIdentity });
  const refusedFor = (reason: string, action: string) => ({
    status: 409,
    body: { type: 'https://certhub.dev/problems/invalid-transition', errors: { reason, action } },
  });

  it('refuses every write of the training side on an inactive establishment’s dossiers; the certifier and its jury go on', async () => {
    const session = await gateway.ok('certifier', 'POST', '/jury-sessions', {
      region: 'Auvergne-Rhône-Alpes',
      sittingOn: inDays(20),
      sendMode: 'digital',
    });
    const assign = (c: Body) =>
      gateway.ok('certifier', 'POST', `/jury-sessions/${String(session['id'])}/assignments`, {
        candidateIds: [c['id']],
      });
    const path = (c: Body, rest = '') => `/candidates/${String(c['id'])}${rest}`;

    // Dossiers at every stage, prepared while A is active.
    const freshForm = { ...person(), ...completeIdentity };
    const fresh = await gateway.ok('establishment.a', 'POST', '/candidates', freshForm);
    // An edit sends the whole form but the establishment, which a transfer alone changes.
    const { establishmentId: _kept, ...edit } = freshForm;
    const drafted = await registered();
    const opened = await gateway.ok('establishment.a', 'POST', path(drafted, '/evaluations'), evaluator);
    const draftPath = path(drafted, `/evaluations/${String(opened['id'])}`);
    const matrix = await gateway.upload(
      'establishment.a',
      drafted['filesContextId'] as string,
      'matrice.pdf',
      `%PDF-1.7\n${String(drafted['id'])}`,
    );
    const draft = await gateway.ok('establishment.a', 'PUT', draftPath, {
      ...evaluator,
      scores: await scores(gateway),
      matrixDocumentId: matrix,
      version: opened['candidateVersion'],
    });
    const toTrain = await registered();
    await evaluate(gateway, toTrain, ['3.1']);
    const toSend = await registered();
    const finalised = await evaluate(gateway, toSend);
    const sent = async () => {
      const c = await registered();
      await evaluate(gateway, c);
      await gateway.ok('establishment.a', 'POST', path(c, '/certification-sending'));
      await assign(c);
      return c;
    };
    const withJury = await sent();
    const decided = await sent();
    const completed = await sent();
    await gateway.ok('jury', 'POST', path(completed, '/complement-request'), { reason: 'Objectifs flous' });
    await gateway.ok('establishment.a', 'POST', path(completed, '/complement-answer'), {
      answer: 'Objectifs précisés',
    });
    const abandoned = await registered();
    await gateway.ok('establishment.a', 'POST', path(abandoned, '/abandonment'), { reason: 'Déménagement' });
    const atB = await registered('est-demo-b', 'establishment.b');

    /** An upload into the candidate's context as A's user: its status (201, or 403 for a reader only). */
    const upload = (c: Body) =>
      gateway
        .upload('establishment.a', c['filesContextId'] as string, 'piece.pdf', `%PDF-1.7\n${uniqueId('p')}`)
        .then(
          () => 201,
          (error: unknown) => Number(/→ (\d{3})/.exec(String(error))?.[1]),
        );

    expect(await setActive('est-demo-a', false)).toMatchObject({ active: false });
    try {
      // Files go straight to the document service: the candidates' contexts close to A's writers.
      await waitFor('A’s candidates’ files to be read-only', async () => (await upload(fresh)) === 403);
      expect(await upload(toTrain)).toBe(403);
      expect((await api('establishment.a', 'GET', path(fresh, '/documents'))).status).toBe(200);
      const refusals: [who: string, method: string, route: string, action: string, body?: unknown][] = [
        ['establishment.a', 'PUT', path(fresh), 'edit', { ...edit, usageName: 'Durand', version: 0 }],
        ['establishment.a', 'PUT', path(fresh, '/active'), 'set_active', { active: false }],
        ['establishment.a', 'DELETE', path(fresh), 'delete'],
        ['establishment.a', 'POST', path(fresh, '/abandonment'), 'abandon', { reason: 'Parti' }],
        ['network.admin', 'POST', path(abandoned, '/reinstatement'), 'reinstate', {}],
        ['establishment.a', 'POST', path(fresh, '/evaluations'), 'open_evaluation', evaluator],
        [
          'establishment.a',
          'PUT',
          draftPath,
          'save_evaluation',
          { ...evaluator, scores: [], matrixDocumentId: matrix, version: draft['candidateVersion'] },
        ],
        [
          'establishment.a',
          'POST',
          `${draftPath}/finalisation`,
          'record_preliminary_evaluation',
          { version: draft['candidateVersion'] },
        ],
        [
          'network.admin',
          'POST',
          path(toSend, `/evaluations/${String(finalised['id'])}/reopening`),
          'reopen_evaluation',
          { reason: 'Erreur de saisie' },
        ],
        ['establishment.a', 'POST', path(toTrain, '/trainings'), 'record_training', training],
        ['establishment.a', 'POST', path(toSend, '/certification-sending'), 'send_to_certification'],
        ['establishment.a', 'POST', path(completed, '/certification-resending'), 'resend'],
      ];
      for (const [who, method, route, action, body] of refusals) {
        const answer = await api(who, method, route, body);
        // Each row names itself: a failure says which write passed.
        expect([action, answer.status, answer.body.type, answer.body.errors]).toEqual([
          action,
          409,
          'https://certhub.dev/problems/invalid-transition',
          expect.objectContaining({ reason: 'establishment_inactive', action }),
        ]);
      }
      // Taking another establishment's dossier over is recording it.
      expect(
        await api('establishment.a', 'POST', path(atB, '/transfer-requests'), {
          establishmentId: 'est-demo-a',
          reason: 'candidate_moved',
        }),
      ).toMatchObject({ status: 409, body: { errors: { reason: 'establishment_inactive' } } });
      // Nothing moved: the dossiers stand where they stood.
      expect(await gateway.ok('establishment.a', 'GET', path(fresh))).toMatchObject({
        status: 'awaiting_preliminary_evaluation',
        active: true,
        version: 0,
      });
      expect(await gateway.ok('establishment.a', 'GET', path(abandoned))).toMatchObject({
        status: 'abandoned',
      });
      expect(await gateway.ok('establishment.a', 'GET', path(completed))).toMatchObject({
        status: 'completed',
      });

      // The jury goes on: it asks for complements (which the establishment cannot answer now) and decides.
      await gateway.ok('jury', 'POST', path(withJury, '/complement-request'), { reason: 'Pièce manquante' });
      expect(
        await api('establishment.a', 'POST', path(withJury, '/complement-answer'), { answer: 'La voici' }),
      ).toMatchObject(refusedFor('establishment_inactive', 'complete'));
      expect(
        await gateway.ok('jury', 'PUT', path(decided, '/jury-decision'), { decision: 'certified' }),
      ).toMatchObject({ status: 'certified' });
      // So do the certifier's staff on its dossiers; and both sides still write to each other.
      const posted = await gateway.ok('certifier', 'POST', path(decided, '/dispatches'), {
        sentOn: inDays(30),
        channel: 'registered_letter',
        trackingNumber: '1A00123456789',
      });
      expect(posted['dispatches']).toEqual([expect.objectContaining({ channel: 'registered_letter' })]);
      expect(
        (await api('establishment.a', 'POST', path(completed, '/exchanges'), { body: 'Bien reçu, merci' }))
          .status,
      ).toBe(201);
      // Reads stay open.
      expect((await api('establishment.a', 'GET', path(toSend, '/certification-checklist'))).status).toBe(
        200,
      );
    } finally {
      await setActive('est-demo-a', true);
    }

    // Reactivated, it works again: the refusals came from its standing alone.
    await waitFor('A’s candidates’ files to open again', async () => (await upload(fresh)) === 201);
    expect(await gateway.ok('establishment.a', 'POST', path(toSend, '/certification-sending'))).toMatchObject(
      {
        status: 'awaiting_certification',
      },
    );
    expect(
      await gateway.ok('establishment.a', 'POST', path(withJury, '/complement-answer'), {
        answer: 'La voici',
      }),
    ).toMatchObject({ status: 'completed' });
  });

  it('stops every establishment of a training organisation its certifier deactivates, whatever their own flag', async () => {
    const setOrganisationActive = (active: boolean) =>
      gateway.ok('certifier', 'PUT', '/training-organisations/of-demo/active', { active });
    const c = await registered();
    const upload = () =>
      gateway
        .upload('establishment.a', c['filesContextId'] as string, 'piece.pdf', `%PDF-1.7\n${uniqueId('p')}`)
        .then(
          () => 201,
          (error: unknown) => Number(/→ (\d{3})/.exec(String(error))?.[1]),
        );

    expect(await setOrganisationActive(false)).toMatchObject({ active: false });
    try {
      expect(await gateway.ok('establishment.a', 'GET', '/establishments/est-demo-a')).toMatchObject({
        active: true,
        organisationActive: false,
      });
      await waitFor(
        'the organisation’s candidates’ files to be read-only',
        async () => (await upload()) === 403,
      );
      const refused = await api('establishment.a', 'POST', '/candidates', {
        ...person('est-demo-a'),
        ...completeIdentity,
      });
      expect(refused).toMatchObject({ status: 409, body: { errors: { reason: 'establishment_inactive' } } });
      expect(String(refused.body['detail'])).toContain('training organisation');
      expect(
        await api('establishment.a', 'POST', `/candidates/${String(c['id'])}/evaluations`, evaluator),
      ).toMatchObject(refusedFor('establishment_inactive', 'open_evaluation'));
    } finally {
      await setOrganisationActive(true);
    }
    await waitFor('the files to open again', async () => (await upload()) === 201);
    expect(
      (await api('establishment.a', 'POST', `/candidates/${String(c['id'])}/evaluations`, evaluator)).status,
    ).toBe(201);
  });

  it('refuses evaluations, trainings and their reopening without a habilitation in force, not the dossier itself', async () => {
    // B's only habilitation ran out yesterday.
    const asked = await gateway.ok('establishment.b', 'POST', '/establishments/est-demo-b/habilitations', {
      certifierIds: ['cb-demo'],
    });
    await gateway.ok(
      'certifier',
      'PUT',
      `/habilitations/${String((asked['items'] as Body[])[0]?.['id'])}/decision`,
      {
        decision: 'validated',
        startsOn: inDays(-400),
        endsOn: inDays(-1),
      },
    );
    // A dossier evaluated (validated) at A moves to B.
    const c = await registered();
    const id = c['id'] as string;
    const finalised = await evaluate(gateway, c);
    const transfer = await gateway.ok('establishment.b', 'POST', `/candidates/${id}/transfer-requests`, {
      establishmentId: 'est-demo-b',
      reason: 'candidate_moved',
    });
    await gateway.ok('certifier', 'PUT', `/transfer-requests/${String(transfer['id'])}/decision`, {
      decision: 'accepted',
    });

    expect(
      await api(
        'network.admin',
        'POST',
        `/candidates/${id}/evaluations/${String(finalised['id'])}/reopening`,
        {
          reason: 'Erreur de saisie',
        },
      ),
    ).toMatchObject(refusedFor('habilitation_not_in_force', 'reopen_evaluation'));
    const fresh = await registered('est-demo-b', 'establishment.b');
    expect(
      await api('establishment.b', 'POST', `/candidates/${String(fresh['id'])}/evaluations`, evaluator),
    ).toMatchObject({
      status: 409,
      body: {
        errors: { reason: 'habilitation_not_in_force', guard: 'habilitation_valid', certifierId: 'cb-demo' },
      },
    });
    // The dossier itself stays B's to complete and send: only evaluating and training wait.
    expect((await api('establishment.b', 'POST', `/candidates/${id}/certification-sending`)).status).toBe(
      200,
    );
  });
});
