import { EVENT_TYPES, EventCatalog, type EventType } from '@certhub/contracts';
import { samplePayload, variantsOf } from '../../test/support/sample-payload';
import { LOCALES } from '../common/locale';
import { NOTICES, type TemplateView } from './event-template';
import { NotificationTemplates, TEMPLATE_SETS } from './notification-templates';

const brand = {
  name: 'AFNOR Certification',
  colour: '#0055a4',
  logoUrl: 'https://cdn.example.org/afnor.png',
};
const link = 'https://portal.example.org/dossiers/d-1';
const view = (lang: 'fr' | 'en', data: object): TemplateView => ({
  lang,
  brand,
  recipient: { firstName: 'Camille', lastName: 'Durand' },
  link,
  data,
});

describe(NotificationTemplates.name, () => {
  const sut = new NotificationTemplates();

  it('has a template in every language for every event type of the catalogue, and none for unknown ones', () => {
    const expected = [...EVENT_TYPES, ...NOTICES].sort();
    for (const lang of LOCALES) expect(Object.keys(TEMPLATE_SETS[lang]).sort()).toEqual(expected);
  });

  const cases = EVENT_TYPES.flatMap((type) => LOCALES.map((lang) => [type, lang] as const));

  it.each(cases)(
    'renders %s in %s, HTML and text, with every enum value and with or without optional fields',
    (type: EventType, lang) => {
      const schema = EventCatalog[type].schema;
      for (let variant = 0; variant < variantsOf(schema); variant += 1) {
        for (const fill of ['full', 'minimal'] as const) {
          const mail = sut.render(type, view(lang, samplePayload(schema, { fill, variant }) as object));
          expect(mail.subject).toMatch(/^\S.*\S$/);
          expect(mail.summary).toMatch(/^\S.*\S$/);
          expect(mail.html).toContain(`href="${link}"`);
          expect(mail.html).toContain(brand.logoUrl);
          expect(mail.html).toContain(brand.colour);
          expect(mail.html).toContain('<html lang="' + lang + '">');
          expect(mail.text).toContain(link);
          expect(mail.text).toContain(brand.name);
          for (const part of [mail.subject, mail.summary, mail.html, mail.text]) {
            expect(part).not.toMatch(/undefined|\[object Object\]|\{\{|NaN/);
          }
        }
      }
    },
  );

  it('speaks the recipient’s language', () => {
    const data = samplePayload(EventCatalog['certhub.dossier.admissible.v1'].schema, {
      fill: 'full',
      variant: 0,
    });
    expect(sut.render('certhub.dossier.admissible.v1', view('fr', data as object)).text).toMatch(
      /^Bonjour Camille Durand,/,
    );
    expect(sut.render('certhub.dossier.admissible.v1', view('en', data as object)).text).toMatch(
      /^Hello Camille Durand,/,
    );
  });

  it('fails on a missing variable instead of printing nothing (strict mode)', () => {
    const withoutReference: Record<string, unknown> = {
      ...(samplePayload(EventCatalog['certhub.dossier.created.v1'].schema, {
        fill: 'full',
        variant: 0,
      }) as object),
    };
    delete withoutReference['reference'];
    expect(() => sut.render('certhub.dossier.created.v1', view('fr', withoutReference))).toThrow(/reference/);
  });

  it('names the dossier by its reference, by its id only in an event older than the reference', () => {
    const data = {
      ...(samplePayload(EventCatalog['certhub.dossier.admissible.v1'].schema, {
        fill: 'full',
        variant: 0,
      }) as object),
      dossierId: '6f1c2d3e-internal',
      reference: 'DEMO-2026-000123',
    };
    for (const lang of LOCALES) {
      const mail = sut.render('certhub.dossier.admissible.v1', view(lang, data));
      expect(mail.subject).toContain('DEMO-2026-000123');
      expect(`${mail.subject} ${mail.summary} ${mail.text}`).not.toContain('6f1c2d3e-internal');
    }
    const { reference: _older, ...older } = data;
    expect(sut.render('certhub.dossier.admissible.v1', view('fr', older)).subject).toContain(
      '6f1c2d3e-internal',
    );
    // Every dossier, audit and finding template names the dossier through its reference.
    for (const lang of LOCALES)
      for (const [type, template] of Object.entries(TEMPLATE_SETS[lang]))
        expect([type, `${template.subject} ${template.summary}`]).not.toEqual([
          type,
          expect.stringContaining('data.dossierId'),
        ]);
  });

  it('names the auditors of a planned or moved audit, in the recipient’s language', () => {
    for (const type of ['certhub.dossier.audit_planned.v1', 'certhub.audit.rescheduled.v1'] as const) {
      const data = samplePayload(EventCatalog[type].schema, { fill: 'full', variant: 0 }) as object;
      const auditors = ['Jean Dupont', 'Marie Curie'];
      expect(sut.render(type, { ...view('fr', data), auditors }).summary).toContain(
        'réalisé par Jean Dupont et Marie Curie.',
      );
      expect(sut.render(type, { ...view('en', data), auditors }).summary).toContain(
        'conducted by Jean Dupont and Marie Curie.',
      );
      expect(sut.render(type, view('fr', data)).summary).not.toContain('réalisé par');
    }
  });

  it('fails on a value without a label or a date that is not one (helpers are strict too)', () => {
    const data = samplePayload(EventCatalog['certhub.dossier.finding_raised.v1'].schema, {
      fill: 'full',
      variant: 0,
    }) as object;
    expect(() =>
      sut.render('certhub.dossier.finding_raised.v1', view('en', { ...data, severity: 'critical' })),
    ).toThrow(/no severity label for "critical"/);
    expect(() =>
      sut.render('certhub.dossier.finding_raised.v1', view('en', { ...data, dueDate: 'soon' })),
    ).toThrow(/not a date/);
  });

  it('escapes event values in the HTML part and leaves the text part as written', () => {
    const data = samplePayload(EventCatalog['certhub.dossier.decision_recorded.v1'].schema, {
      fill: 'full',
      variant: 0,
    }) as object;
    const mail = sut.render(
      'certhub.dossier.decision_recorded.v1',
      view('fr', { ...data, reason: '<b>R&D</b>' }),
    );
    expect(mail.html).toContain('&lt;b&gt;R&amp;D&lt;/b&gt;');
    expect(mail.text).toContain('Motif : <b>R&D</b>');
  });

  it('gives the undelivered-mail notice a headline in both languages', () => {
    const data = { subject: 'Dossier d-1 : questionnaire recevable', email: 'a@example.org', attempts: 3 };
    expect(sut.headline('undelivered_mail', { lang: 'fr', data })).toEqual({
      subject: 'Message non distribué : Dossier d-1 : questionnaire recevable',
      summary:
        'Le message « Dossier d-1 : questionnaire recevable » n’a pas pu être remis à a@example.org après 3 tentative(s).',
    });
    expect(sut.headline('undelivered_mail', { lang: 'en', data }).subject).toBe(
      'Undelivered message: Dossier d-1 : questionnaire recevable',
    );
  });
});
