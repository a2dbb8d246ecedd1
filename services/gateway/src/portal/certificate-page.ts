import type { RpcResponse } from '@certhub/contracts';

export type VerifiedCertificate = RpcResponse<'certificate.verify.number'>;

/**
 * A certificate's public pages: the register's `/registry/<number>` and `/verify/<number>`, the one
 * its QR code prints (the credential is verified there by the app's script; the status line is
 * the register's, so a visitor without JavaScript still reads it).
 */
export const CERTIFICATE_PAGE = /^\/(?:registry|verify)\/([^/]{3,64})\/?$/;

const WORDS = {
  fr: {
    status: {
      valid: 'Certificat valide',
      suspended: 'Certificat suspendu',
      withdrawn: 'Certificat retiré',
      expired: 'Certificat expiré',
    },
    title: (number: string, status: string) => `Certificat ${number} : ${status} — CertHub`,
    description: (c: VerifiedCertificate, status: string) =>
      `${status}. ${c.holderName}, ${c.schemeTitle}, délivré par ${c.cbName}, valide du ${c.validFrom} au ${c.validUntil}.`,
    notFound: (number: string) => `Aucun certificat ne porte le numéro ${number}.`,
    notFoundTitle: 'Certificat introuvable — CertHub',
    holder: 'Titulaire',
    scheme: 'Référentiel',
    cb: 'Organisme certificateur',
    validity: 'Validité',
    range: (from: string, to: string) => `du ${from} au ${to}`,
  },
  en: {
    status: {
      valid: 'Valid certificate',
      suspended: 'Suspended certificate',
      withdrawn: 'Withdrawn certificate',
      expired: 'Expired certificate',
    },
    title: (number: string, status: string) => `Certificate ${number}: ${status} — CertHub`,
    description: (c: VerifiedCertificate, status: string) =>
      `${status}. ${c.holderName}, ${c.schemeTitle}, issued by ${c.cbName}, valid from ${c.validFrom} to ${c.validUntil}.`,
    notFound: (number: string) => `No certificate has the number ${number}.`,
    notFoundTitle: 'Certificate not found — CertHub',
    holder: 'Holder',
    scheme: 'Scheme',
    cb: 'Certification body',
    validity: 'Validity',
    range: (from: string, to: string) => `from ${from} to ${to}`,
  },
} as const;

export type PageLanguage = keyof typeof WORDS;

/** French unless the browser prefers English over it (the portal's own default). */
export function pageLanguage(acceptLanguage: string | undefined): PageLanguage {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', q] = part.trim().split(';q=');
      return { lang: tag.slice(0, 2).toLowerCase(), q: q === undefined ? 1 : Number(q) };
    })
    .filter((l) => l.lang === 'fr' || l.lang === 'en')
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.lang === 'en' ? 'en' : 'fr';
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

/**
 * index.html with the certificate's title, description and status line filled in on the server, so
 * that a visitor without JavaScript (or a link preview) reads the live status; the app, once its
 * script runs, renders the same page over it. `null`: no certificate has this number.
 */
export function renderCertificatePage(
  index: string,
  number: string,
  certificate: VerifiedCertificate | null,
  lang: PageLanguage,
): string {
  const w = WORDS[lang];
  const status = certificate ? w.status[certificate.status] : '';
  const title = certificate ? w.title(certificate.number, status) : w.notFoundTitle;
  const description = certificate ? w.description(certificate, status) : w.notFound(number);
  const head = [
    `<title>${escapeHtml(title)}</title>`,
    `<meta name="description" content="${escapeHtml(description)}" />`,
    `<meta property="og:title" content="${escapeHtml(title)}" />`,
    `<meta property="og:description" content="${escapeHtml(description)}" />`,
    // The status changes at any time: a search engine's copy must not outlive it.
    `<meta name="robots" content="noarchive" />`,
  ].join('\n    ');
  const body = certificate
    ? [
        `<main data-ssr="certificate"><h1>${escapeHtml(certificate.number)}</h1>`,
        `<p role="status" data-status="${certificate.status}"><strong>${escapeHtml(status)}</strong></p>`,
        '<dl>',
        `<dt>${w.holder}</dt><dd>${escapeHtml(certificate.holderName)}</dd>`,
        `<dt>${w.scheme}</dt><dd>${escapeHtml(certificate.schemeTitle)}</dd>`,
        `<dt>${w.cb}</dt><dd>${escapeHtml(certificate.cbName)}</dd>`,
        `<dt>${w.validity}</dt><dd>${escapeHtml(w.range(certificate.validFrom, certificate.validUntil))}</dd>`,
        '</dl></main>',
      ].join('')
    : `<main data-ssr="certificate"><p role="status">${escapeHtml(w.notFound(number))}</p></main>`;
  return index
    .replace(/<html lang="[a-z]+"/, `<html lang="${lang}"`)
    .replace(/<title>[^<]*<\/title>/, head)
    .replace('<div id="root"></div>', `<div id="root">${body}</div>`);
}

/**
 * A fixed one-minute window per client address: the page answers what the throttled verification
 * route answers, so it keeps the same budget against enumerating numbers. Over it, the plain app
 * is served (its own call then meets the API's limit).
 */
export class MinuteBudget {
  private window = 0;
  private readonly used = new Map<string, number>();

  constructor(private readonly limit: number) {}

  take(client: string, now = Date.now()): boolean {
    const window = Math.floor(now / 60_000);
    if (window !== this.window) {
      this.window = window;
      this.used.clear();
    }
    const used = this.used.get(client) ?? 0;
    if (used >= this.limit) return false;
    this.used.set(client, used + 1);
    return true;
  }
}
