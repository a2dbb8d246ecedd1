import { MailSink, TestStack, uniqueId } from '@certhub/testing';
import { headquartersOf, takeCompany } from './support/companies';

/**
 * The verification mail Keycloak sends after a self-registration through the gateway speaks the
 * language the applicant registered in (the user's `locale` attribute), whatever the language of
 * the browser that sent the form; French when none is named.
 */
describe('the verification mail’s language', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await TestStack.start(['identity', 'gateway']);
  }, 120_000);
  afterAll(() => stack?.stop());

  const registerIn = async (locale: 'fr' | 'en' | undefined, acceptLanguage: string) => {
    const email = `${uniqueId('reg-lang')}@example.test`;
    const res = await fetch(`${stack.service('gateway').url}/api/v1/registrations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': acceptLanguage },
      body: JSON.stringify({
        siret: headquartersOf(takeCompany()).siret,
        firstName: 'Claire',
        lastName: 'Durand',
        email,
        password: 'Inscription-2026',
        ...(locale ? { locale } : {}),
      }),
    });
    expect(res.status).toBe(201);
    return MailSink.waitForMail(email);
  };

  it('is in French after a registration made in French, even from an English browser', async () => {
    const mail = await registerIn('fr', 'en-US,en;q=0.9');
    expect(mail.subject).toBe('Vérification du courriel');
    expect(mail.text).toContain('veuillez cliquer sur le lien');
  });

  it('is in French when the registration names no language', async () => {
    expect((await registerIn(undefined, 'en')).subject).toBe('Vérification du courriel');
  });

  it('is in English after a registration made in English', async () => {
    const mail = await registerIn('en', 'fr-FR,fr;q=0.9');
    expect(mail.subject).toBe('Verify email');
    expect(mail.text).toContain('click the link below');
  });
});
