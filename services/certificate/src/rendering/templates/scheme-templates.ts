import type { CertificateLabels, Locale } from './labels';

/** A scheme's look and wording: its mark and accent colour on the shared layout, its own titles. */
export interface SchemeTemplate {
  source: string;
  labels?: Partial<Record<Locale, Partial<CertificateLabels>>>;
}

/** Used for any scheme without its own template. */
export const DEFAULT_TEMPLATE = 'default';

/** certhub's own certification mark: a seal with a check, drawn inline so the PDF needs no file. */
const CERTHUB_MARK = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120" role="img" aria-label="certhub">
  <circle cx="60" cy="60" r="56" fill="none" stroke="#1d4e89" stroke-width="6"/>
  <circle cx="60" cy="60" r="44" fill="#1d4e89"/>
  <path d="M38 62 l14 14 l30 -32" fill="none" stroke="#ffffff" stroke-width="9" stroke-linecap="round"
    stroke-linejoin="round"/>
</svg>`;

/**
 * The collective mark of a service certification (AMARC chapter VIII asks for the mark and its
 * logotype on the certificate); the scheme's mentions name the mark itself.
 */
const SERVICE_CERTIFICATION_MARK = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120" role="img"
  aria-label="Certification de services">
  <rect x="6" y="6" width="108" height="108" rx="18" fill="#0f6e62"/>
  <path d="M30 64 l18 18 l42 -44" fill="none" stroke="#ffffff" stroke-width="10" stroke-linecap="round"
    stroke-linejoin="round"/>
  <rect x="6" y="96" width="108" height="18" fill="#0b4f47"/>
</svg>`;

const withMark = (mark: string, accent: string): string =>
  `{{#> layout accent="${accent}"}}{{#*inline "mark"}}${mark}{{/inline}}{{/layout}}`;

/** By scheme id; a scheme gets its own entry when its owner asks for its own branding. */
export const SCHEME_TEMPLATES: Record<string, SchemeTemplate> = {
  [DEFAULT_TEMPLATE]: { source: withMark(CERTHUB_MARK, '#1d4e89') },
  // AMARC "management of customer dissatisfaction" (docs/domain/schemes.md#amarc-scheme): a certification of
  // services.
  amarc: {
    source: withMark(SERVICE_CERTIFICATION_MARK, '#0f6e62'),
    labels: {
      fr: { title: 'Certificat de services', scope: 'Engagements de service certifiés' },
      en: { title: 'Service certificate', scope: 'Certified service commitments' },
    },
  },
};
