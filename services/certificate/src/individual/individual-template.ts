import { Inject, Injectable } from '@nestjs/common';
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
  verifyUrl: string;
  qrCode: string;
}

/** One page, in French (the certificate of a French framework); every value escaped. */
const SOURCE = `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Certificat {{number}}</title>
<style>
  @page { size: A4 landscape; margin: 14mm 18mm; }
  body { margin: 0; font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; font-size: 11pt;
    color: #1f2933; font-variant-ligatures: none; }
  header { display: flex; justify-content: space-between; align-items: flex-start;
    border-bottom: 3px solid #1d4e89; padding-bottom: 4mm; }
  .qr { text-align: center; font-size: 7pt; width: 40mm; }
  .qr img { width: 30mm; height: 30mm; display: block; margin: 0 auto 1mm; }
  .qr .url { word-break: break-all; }
  h1 { color: #1d4e89; font-size: 22pt; margin: 0; }
  .number { font-weight: bold; margin: 2mm 0 0; }
  main { text-align: center; margin-top: 10mm; }
  .holder { font-size: 22pt; margin: 6mm 0 2mm; }
  .title { font-size: 15pt; color: #1d4e89; margin: 6mm 0 2mm; }
  footer { margin-top: 14mm; border-top: 1px solid #cbd2d9; padding-top: 2mm; font-size: 9pt; }
</style>
</head>
<body>
<header>
  <div>
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
  <p>Le jury de certification atteste que</p>
  <p class="holder">{{givenName}} {{familyName}}</p>
  <p>né(e) le {{birthDate}}</p>
  <p>a obtenu la certification</p>
  <p class="title">{{title}}</p>
  <p>au regard du {{framework}}, par décision du jury du {{juryDate}}.</p>
</main>
<footer>
  <strong>Certificateur : {{certifierName}}</strong>
</footer>
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

  async toHtml(c: IndividualCertificateRecord): Promise<string> {
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
      verifyUrl,
      qrCode: `data:image/svg+xml;base64,${Buffer.from(qrSvg).toString('base64')}`,
    });
  }
}

/** 25/11/2029, as French certificates write dates. */
function frenchDate(day: string): string {
  return new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeZone: 'UTC' }).format(new Date(day));
}
