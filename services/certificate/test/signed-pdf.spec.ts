import type { Principal } from '@certhub/contracts';
import { InternalTokens } from '@certhub/platform';
import { amarcCertificate, runtimeEnv, startService, type ServiceProcess } from '@certhub/testing';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DossierEvents } from './dossier-events';

const run = promisify(execFile);

/**
 * The printed certificate as it leaves certhub: signed over the whole file, with the credential the
 * credentials service issued from the same event inside it. poppler's tools judge.
 */
describe('certificate PDF: signed, the verifiable credential attached', () => {
  const dir = mkdtempSync(join(tmpdir(), 'certhub-signed-'));
  let certificate: ServiceProcess;
  let credentials: ServiceProcess;
  let events: DossierEvents;

  beforeAll(async () => {
    [certificate, credentials] = await Promise.all([
      startService('certificate'),
      startService('credentials'),
    ]);
    events = await DossierEvents.start();
  }, 90_000);

  afterAll(async () => {
    await events?.close();
    await Promise.all([certificate?.stop(), credentials?.stop()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('is reported valid by pdfsig and carries the credential that the API hands out', async () => {
    const data = amarcCertificate();
    await events.issue(data);
    await events.renderedEvent(data.certificateId);

    const holder: Principal = {
      userId: 'u1',
      tenantType: 'organisation',
      tenantId: data.organisationId,
      roles: ['org_member'],
    };
    const token = await new InternalTokens(runtimeEnv().INTERNAL_TOKEN_SECRET, 'gateway').sign(
      'certificate',
      holder,
    );
    const res = await fetch(`${certificate.url}/internal/certificates/${data.certificateId}/pdf`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    const file = join(dir, 'certificate.pdf');
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));

    const report = (await run('pdfsig', [file])).stdout;
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('Signature Type: ETSI.CAdES.detached');
    expect(report).toContain('Total document signed');

    const attachment = `${data.number}.vc.jwt`;
    expect((await run('pdfdetach', ['-list', file])).stdout).toContain(attachment);
    await run('pdfdetach', ['-save', '1', '-o', join(dir, attachment), file]);
    const { jwt } = await events.call(
      'credentials.credential.get',
      { certificateId: data.certificateId },
      {
        principal: holder,
      },
    );
    expect(readFileSync(join(dir, attachment), 'utf8')).toBe(jwt);

    // One byte of the file as served changed (the first letter of the number where the file first
    // states it in clear, inside the signed range): the signature says so.
    const tampered = Buffer.from(readFileSync(file));
    const at = tampered.indexOf(data.number);
    expect(at).toBeGreaterThan(0);
    tampered[at] = tampered[at] === 0x58 ? 0x59 : 0x58;
    const altered = join(dir, 'altered.pdf');
    writeFileSync(altered, tampered);
    const verdict = await run('pdfsig', [altered]).then(
      ({ stdout }) => stdout,
      (error: { stdout?: string }) => error.stdout ?? '',
    );
    expect(verdict).not.toContain('Signature Validation: Signature is Valid.');
    expect(verdict).toMatch(/Signature Validation: (Digest Mismatch|Signature is Invalid)/);
  });
});
