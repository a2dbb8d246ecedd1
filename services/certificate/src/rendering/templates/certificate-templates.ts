import { Inject, Injectable } from '@nestjs/common';
import type { CertificateData, CertificateLayout } from '@certhub/contracts';
import { SERVICE_CONFIG } from '@certhub/platform';
import Handlebars from 'handlebars';
import QRCode from 'qrcode';
import type { CertificateConfig } from '../../config';
import { LABELS, type CertificateLabels } from './labels';
import { LAYOUT_PARTIAL } from './layout.partial';
import { DEFAULT_TEMPLATE, SCHEME_TEMPLATES, type SchemeTemplate } from './scheme-templates';

type Address = CertificateData['holder']['address'];

/** What a template sees: the certificate's data, already formatted for print. */
export interface CertificateView {
  lang: string;
  labels: CertificateLabels;
  number: string;
  holder: { name: string; siren: string; addressLines: string[] };
  schemeTitle: string;
  level: string | null;
  scope: string[];
  sites: { name: string; siret: string; address: string }[];
  validFrom: string;
  validUntil: string;
  issuedOn: string;
  cb: { name: string; city: string; addressLines: string[]; accreditation: string | null };
  /** The CB's logo (data: URL), else its name is printed in its place. */
  logo: string | null;
  /** Who signs for the CB, else the CB's name alone. */
  signatory: CertificateLayout['signatory'] | null;
  mentions: string[];
  verifyUrl: string;
  qrCode: string;
}

interface CompiledTemplate {
  render: Handlebars.TemplateDelegate<CertificateView>;
  labels: SchemeTemplate['labels'];
}

export type TemplatesConfig = Pick<CertificateConfig, 'PUBLIC_URL'>;

/**
 * Turns a certificate into the HTML the browser prints. Templates are compiled once, strict (a
 * misspelt field fails loudly instead of printing nothing) and escape every value.
 */
@Injectable()
export class CertificateTemplates {
  private readonly templates = new Map<string, CompiledTemplate>();

  constructor(@Inject(SERVICE_CONFIG) private readonly config: TemplatesConfig) {
    const handlebars = Handlebars.create();
    handlebars.registerPartial('layout', handlebars.compile(LAYOUT_PARTIAL, { strict: true }));
    for (const [schemeId, template] of Object.entries(SCHEME_TEMPLATES)) {
      this.templates.set(schemeId, {
        render: handlebars.compile<CertificateView>(template.source, { strict: true }),
        labels: template.labels,
      });
    }
  }

  /** The portal's page that verifies this certificate's credential (also in the QR code). */
  verificationUrl(number: string): string {
    return `${this.config.PUBLIC_URL}/verify/${encodeURIComponent(number)}`;
  }

  async toHtml(certificate: CertificateData, layout?: CertificateLayout | null): Promise<string> {
    const template = this.templates.get(certificate.schemeId) ?? this.templates.get(DEFAULT_TEMPLATE);
    if (!template) throw new Error(`no "${DEFAULT_TEMPLATE}" certificate template`);
    return template.render(await this.view(certificate, template.labels, layout ?? null));
  }

  private async view(
    c: CertificateData,
    overrides: SchemeTemplate['labels'],
    layout: CertificateLayout | null,
  ): Promise<CertificateView> {
    const verifyUrl = this.verificationUrl(c.number);
    const qrSvg = await QRCode.toString(verifyUrl, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
    return {
      lang: c.locale,
      labels: { ...LABELS[c.locale], ...overrides?.[c.locale] },
      number: c.number,
      holder: { name: c.holder.name, siren: c.holder.siren, addressLines: addressLines(c.holder.address) },
      schemeTitle: c.schemeTitle,
      level: c.level ?? null,
      scope: c.scope,
      sites: c.sites.map((s) => ({
        name: s.name,
        siret: s.siret,
        address: addressLines(s.address).join(', '),
      })),
      validFrom: formatDate(c.validFrom, c.locale),
      validUntil: formatDate(c.validUntil, c.locale),
      issuedOn: formatDate(c.issuedAt, c.locale),
      cb: {
        name: c.cb.name,
        city: c.cb.address.city,
        addressLines: addressLines(c.cb.address),
        accreditation: c.cb.accreditation ?? null,
      },
      logo: layout?.logo ?? null,
      signatory: layout?.signatory ?? null,
      mentions: c.mentions,
      verifyUrl,
      qrCode: `data:image/svg+xml;base64,${Buffer.from(qrSvg).toString('base64')}`,
    };
  }
}

function addressLines(address: Address): string[] {
  return [address.line1, address.line2, `${address.postalCode} ${address.city}`, address.country].filter(
    (line): line is string => Boolean(line),
  );
}

/** Calendar dates as written on French and British certificates: 25/11/2029. */
function formatDate(value: string, locale: CertificateData['locale']): string {
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(value));
}
