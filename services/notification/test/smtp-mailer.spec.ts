import { HealthRegistry } from '@certhub/platform';
import { MailSink, runtimeEnv, uniqueId } from '@certhub/testing';
import { SmtpMailer } from '../src/mail/smtp-mailer';

describe(SmtpMailer.name, () => {
  const health = new HealthRegistry();
  const sut = new SmtpMailer(
    { SMTP_URL: runtimeEnv().SMTP_URL, MAIL_FROM: 'certhub <noreply@certhub.local>' } as never,
    health,
  );

  beforeAll(() => sut.onModuleInit());
  afterAll(() => sut.onApplicationShutdown());

  it('delivers over SMTP: the sink receives exactly what was sent', async () => {
    const to = `${uniqueId('user')}@example.org`;
    await sut.send({
      to,
      subject: 'Votre dossier a été déposé',
      text: 'Bonjour,\nvotre dossier D-0001 est déposé.',
    });
    const mail = await MailSink.waitForMail(to);
    expect(mail.subject).toBe('Votre dossier a été déposé');
    expect(mail.text).toContain('votre dossier D-0001 est déposé');
    expect(mail.from[0]?.address).toBe('noreply@certhub.local');
  });

  it('reports SMTP in readiness', async () => {
    expect((await health.readiness()).checks['smtp']?.status).toBe('up');
  });
});
