import { INDIVIDUAL_PRINTS_PER_MONTH } from '@certhub/contracts';
import { uniqueId, waitFor } from '@certhub/testing';
import { execFileSync } from 'node:child_process';
import {
  completeIdentity,
  evaluate,
  gatewayStack,
  habilitate,
  inDays,
  openEstablishment,
  person,
  type EstablishmentSite,
} from './support/candidacy-fixtures';

type Body = Record<string, unknown>;

const lyon: EstablishmentSite = {
  contact: { lastName: 'Martin', firstName: 'Claire', email: 'claire.martin@example.org' },
  address: { line1: '4 place Bellecour', postalCode: '69002', city: 'Lyon', country: 'FR' },
  phone: '04 72 00 00 00',
  region: 'ARA',
};

/**
 * The individuals' line from end to end through the gateway, with the realm's real tokens: the
 * demo network's administrator opens an organisation and its establishment and works its
 * candidate; the demo certifier validates the habilitation and plans the jury; its jury member
 * asks for a complement and certifies; the certificate service issues the individual certificate,
 * whose PDF the network downloads and anyone verifies by its number.
 */
describe('journey: a candidate certified from the establishment’s creation', () => {
  const gateway = gatewayStack(['network.admin', 'establishment.a', 'certifier', 'jury'], {
    services: ['identity', 'document', 'candidacy', 'certificate'],
  });

  it('goes from a new establishment to a certified candidate, whose dossier then stays put', async () => {
    const admin = (method: string, path: string, body?: unknown) =>
      gateway.ok('network.admin', method, path, body);

    const establishmentId = await openEstablishment(gateway, 'network.admin', 'net-demo', lyon);

    await habilitate(gateway, 'network.admin', establishmentId);

    const form = { ...person(establishmentId), ...completeIdentity };
    const candidate = await admin('POST', '/candidates', form);
    const id = candidate['id'] as string;
    const duplicate = await gateway.api('network.admin', 'POST', '/candidates', {
      ...form,
      firstName: 'ELODIE',
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body['errors']).toMatchObject({
      hint: 'transfer_request',
      reference: candidate['reference'],
    });

    expect(await evaluate(gateway, candidate, ['2.3', '4.2'], 'network.admin')).toMatchObject({
      kind: 'preliminary',
      validated: false,
    });
    const upload = (name: string) =>
      gateway.upload(
        'network.admin',
        candidate['filesContextId'] as string,
        name,
        `%PDF-1.7\n${uniqueId(name)}`,
      );
    await admin('POST', `/candidates/${id}/trainings`, {
      title: 'Calcul et travail en équipe',
      startsOn: inDays(0),
      endsOn: inDays(0),
      durationHours: 14,
      domainIds: ['2', '4'],
      attendanceCertificateDocumentId: await upload('attestation.pdf'),
      proofDocumentIds: [await upload('emargement.pdf')],
    });
    expect(await evaluate(gateway, candidate, [], 'network.admin')).toMatchObject({
      kind: 'final',
      validated: true,
    });

    await admin('POST', `/candidates/${id}/certification-sending`);
    const session = await gateway.ok('certifier', 'POST', '/jury-sessions', {
      region: 'Auvergne-Rhône-Alpes',
      sittingOn: inDays(14),
      sendMode: 'digital',
    });
    const assign = () =>
      gateway.ok('certifier', 'POST', `/jury-sessions/${String(session['id'])}/assignments`, {
        candidateIds: [id],
      });
    await assign();
    await gateway.ok('jury', 'POST', `/candidates/${id}/complement-request`, {
      reason: 'Précisez le projet professionnel',
    });
    await admin('POST', `/candidates/${id}/complement-answer`, {
      answer: 'Projet précisé',
      documentIds: [await upload('projet.pdf')],
    });
    await admin('POST', `/candidates/${id}/certification-resending`);
    await assign();
    expect(
      await gateway.ok('jury', 'PUT', `/candidates/${id}/jury-decision`, { decision: 'certified' }),
    ).toMatchObject({
      status: 'certified',
      decision: { juryDate: session['sittingOn'] },
    });

    // The individual certificate: issued from the decision, printed, downloaded, verified by number.
    const { certificateNumber } = await admin('GET', `/candidates/${id}/certification`);
    const issued = await waitFor(
      'the individual certificate printed',
      async () => {
        const page = await admin('GET', `/individual-certificates?candidacyId=${id}`);
        const found = (page['items'] as Body[])[0];
        return found?.['pdfAvailable'] ? found : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    expect(issued).toMatchObject({
      number: certificateNumber,
      holder: { givenName: form.firstName, familyName: form.birthName, birthDate: form.birthDate },
      juryDate: session['sittingOn'],
      certifier: { id: 'cb-demo' },
      status: 'valid',
    });
    const pdf = await gateway.file(
      'network.admin',
      'GET',
      `/individual-certificates/${String(issued['certificateId'])}/pdf`,
    );
    expect([pdf.status, pdf.type]).toEqual([200, 'application/pdf']);
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdf.bytes, encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    expect(text).toContain(String(certificateNumber));
    expect(text).toContain(`${form.firstName} ${form.birthName}`);
    expect(text).toContain('CléA');
    // The training side prints it a few times a month; past that, 429 says when it can again. The
    // certifier, who prints and posts the paper certificate, is not counted.
    const pdfPath = `/individual-certificates/${String(issued['certificateId'])}/pdf`;
    for (let print = 2; print <= INDIVIDUAL_PRINTS_PER_MONTH; print += 1)
      expect((await gateway.file('network.admin', 'GET', pdfPath)).status).toBe(200);
    const refused = await gateway.api('network.admin', 'GET', pdfPath);
    expect([refused.status, refused.body['title']]).toEqual([429, 'rate limited']);
    expect(refused.body['errors']).toMatchObject({
      limit: INDIVIDUAL_PRINTS_PER_MONTH,
      period: new Date().toISOString().slice(0, 7),
    });
    for (let print = 0; print <= INDIVIDUAL_PRINTS_PER_MONTH; print += 1)
      expect((await gateway.file('certifier', 'GET', pdfPath)).status).toBe(200);
    // Outside the candidate's establishment, the certificate does not exist.
    expect(
      (
        await gateway.file(
          'establishment.a',
          'GET',
          `/individual-certificates/${String(issued['certificateId'])}/pdf`,
        )
      ).status,
    ).toBe(404);
    expect(
      await gateway.ok(null, 'GET', `/public/individual-certificates/verify/${String(certificateNumber)}`),
    ).toEqual(
      expect.objectContaining({
        number: certificateNumber,
        holder: { givenName: form.firstName, familyName: form.birthName },
        status: 'valid',
      }),
    );

    // The certifier withdraws it, once, with a reason; verification answers so at once.
    const withdrawal = `/individual-certificates/${String(issued['certificateId'])}/withdrawal`;
    const reason = { reason: 'Décision du jury annulée' };
    expect((await gateway.api('network.admin', 'POST', withdrawal, reason)).status).toBe(403);
    expect(await gateway.ok('certifier', 'POST', withdrawal, reason)).toMatchObject({
      status: 'withdrawn',
      withdrawal: reason,
    });
    expect((await gateway.api('certifier', 'POST', withdrawal, reason)).status).toBe(409);
    expect(
      await gateway.ok(null, 'GET', `/public/individual-certificates/verify/${String(certificateNumber)}`),
    ).toMatchObject({ status: 'withdrawn' });

    // Certified: another establishment's transfer request is refused.
    const transfer = await gateway.api('establishment.a', 'POST', `/candidates/${id}/transfer-requests`, {
      establishmentId: 'est-demo-a',
      reason: 'candidate_moved',
    });
    expect(transfer.status).toBe(409);
    const trail = await admin('GET', `/candidates/${id}/trail?pageSize=100`);
    expect((trail['items'] as Body[]).map((t) => t['to']).reverse()).toEqual(
      expect.arrayContaining([
        'awaiting_preliminary_evaluation',
        'awaiting_final_evaluation',
        'to_send',
        'awaiting_certification',
        'awaiting_jury',
        'complement_requested',
        'completed',
        'certified',
      ]),
    );
  }, 180_000);
});
