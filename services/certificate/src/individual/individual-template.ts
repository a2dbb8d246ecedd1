import { Inject, Injectable } from '@nestjs/common';
import type { CertificateLayout } from '@certhub/contracts';
import { SERVICE_CONFIG } from '@certhub/platform';
import Handlebars from 'handlebars';
import QRCode from 'qrcode';
import type { CertificateConfig } from '../config';
import type { IndividualCertificateRecord } from './individual-certificate.schema';

interface IndividualView {
  number: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  title: string;
  framework: string;
  juryDate: string;
  certifierName: string;
  /** The certifier's logo (data: URL), else its name is printed in its place. */
  logo: string | null;
  /** Who signs for the certifier, else its name alone. */
  signatory: CertificateLayout['signatory'] | null;
  verifyUrl: string;
  qrCode: string;
}

/**
 * One framed landscape A4 sheet it fills, in French (the certificate of a French framework), like
 * the organisations' certificates: the certifier's logo, the title and the QR code on top, the
 * person and the certification in the middle, the certifier and its signatory at the foot. Every
 * value escaped.
 */
const SOURCE = `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Certificat {{number}}</title>
<style>
  @page { size: A4 landscape; margin: 0; }
  * { box-sizing: border-box; }
  html, body { margin: 0; }
  body { font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; font-size: 11pt; color: #1f2933;
    font-variant-ligatures: none; }
  .sheet { padding: 9mm; height: 209mm; display: flex; }
  .frame { flex: 1; border: 1.6mm double #1d4e89; padding: 8mm 14mm 7mm; display: flex;
    flex-direction: column; }
  header { display: flex; align-items: center; justify-content: space-between; gap: 6mm; }
  .logo { width: 50mm; }
  .logo img { max-width: 50mm; max-height: 24mm; display: block; }
  .logo .cb-name { font-weight: bold; font-size: 12pt; color: #1d4e89; }
  .heading { text-align: center; }
  h1 { color: #1d4e89; font-size: 30pt; margin: 0; letter-spacing: 0.08em; text-transform: uppercase;
    font-weight: normal; }
  .number { margin: 1mm 0 0; }
  .qr { text-align: center; font-size: 6.5pt; width: 50mm; }
  .qr img { width: 28mm; height: 28mm; display: block; margin: 0 auto 1mm; }
  .qr .url { word-break: break-all; }
  main { flex: 1; display: flex; flex-direction: column; justify-content: center; text-align: center; }
  main p { margin: 1.5mm 0; }
  .lead { font-style: italic; }
  .holder { font-size: 26pt; font-weight: bold; margin: 3mm 0 1mm; }
  .title { font-size: 17pt; color: #1d4e89; font-weight: bold; margin: 4mm 0 2mm; }
  footer { display: flex; justify-content: space-between; align-items: flex-end; gap: 8mm;
    border-top: 0.3mm solid #cbd2d9; padding-top: 3mm; font-size: 9pt; }
  .signature { text-align: center; min-width: 62mm; }
  .signature img { max-height: 20mm; max-width: 60mm; display: block; margin: 1mm auto; }
  .signature .name { font-weight: bold; font-size: 10pt; }
</style>
</head>
<body>
<div class="sheet"><div class="frame">
<header>
  <div class="logo">{{#if logo}}<img alt="{{certifierName}}" src="{{logo}}">{{else}}<span class="cb-name">{{certifierName}}</span>{{/if}}</div>
  <div class="heading">
    <h1>Certificat</h1>
    <p class="number">N° {{number}}</p>
  </div>
  <div class="qr">
    <img alt="QR" src="{{qrCode}}" data-verify-url="{{verifyUrl}}">
    <div>Vérifier ce certificat</div>
    <div class="url">{{verifyUrl}}</div>
  </div>
</header>
<main>
  <p class="lead">Le jury de certification atteste que</p>
  <p class="holder">{{givenName}} {{familyName}}</p>
  <p>né(e) le {{birthDate}}</p>
  <p class="lead">a obtenu la certification</p>
  <p class="title">{{title}}</p>
  <p>au regard du {{framework}}, par décision du jury du {{juryDate}}.</p>
</main>
<footer>
  <div><strong>Certificateur : {{certifierName}}</strong></div>
  <div class="signature">
    <div>Le {{juryDate}}</div>
    {{#if signatory}}
      {{#if signatory.signature}}<img alt="Signature de {{signatory.name}}" src="{{signatory.signature}}">{{/if}}
      <div class="name">{{signatory.name}}</div>
      <div>{{signatory.role}}</div>
    {{else}}
      <div class="name">{{certifierName}}</div>
    {{/if}}
  </div>
</footer>
</div></div>
</body>
</html>`;

export type IndividualTemplateConfig = Pick<CertificateConfig, 'PUBLIC_URL'>;

/** The individual certificate's page: holder, birth date, certification, framework, jury date, certifier. */
@Injectable()
export class IndividualTemplate {
  private readonly render = Handlebars.create().compile<IndividualView>(SOURCE, { strict: true });

  constructor(@Inject(SERVICE_CONFIG) private readonly config: IndividualTemplateConfig) {}

  /** The portal page that verifies this number (the QR code): it checks the credential in the browser. */
  verificationUrl(number: string): string {
    return `${this.config.PUBLIC_URL}/verify/${encodeURIComponent(number)}`;
  }

  async toHtml(c: IndividualCertificateRecord, layout?: CertificateLayout | null): Promise<string> {
    const verifyUrl = this.verificationUrl(c.number);
    const qrSvg = await QRCode.toString(verifyUrl, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
    return this.render({
      number: c.number,
      givenName: c.holder.givenName,
      familyName: c.holder.familyName,
      birthDate: frenchDate(c.holder.birthDate),
      title: c.title,
      framework: `référentiel CléA (version ${c.frameworkVersion})`,
      juryDate: frenchDate(c.juryDate),
      certifierName: c.certifierName,
      logo: layout?.logo ?? null,
      signatory: layout?.signatory ?? null,
      verifyUrl,
      qrCode: `data:image/svg+xml;base64,${Buffer.from(qrSvg).toString('base64')}`,
    });
  }
}

/** 25/11/2029, as French certificates write dates. */
function frenchDate(day: string): string {
  return new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeZone: 'UTC' }).format(new Date(day));
}
