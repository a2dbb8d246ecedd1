/**
 * The page every scheme template fills: a scheme supplies its mark (`{{#*inline "mark"}}`) and
 * accent colour, the CB its logo and signatory. Every value is `{{escaped}}`; the only unescaped
 * markup is the template's own. The page is one framed A4 sheet, as certificates are framed: the
 * header (CB logo, scheme mark, QR code) on top, the attestation in the middle, the signature at
 * the foot; a long list of sites runs onto a second sheet rather than shrinking the type.
 */
export const LAYOUT_PARTIAL = `<!doctype html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<title>{{labels.title}} {{number}}</title>
<style>
  @page { size: A4; margin: 0; }
  * { box-sizing: border-box; }
  html, body { margin: 0; }
  body { font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; font-size: 10pt; color: #1f2933;
    font-variant-ligatures: none; }
  .sheet { padding: 9mm; min-height: 296mm; display: flex; }
  .frame { flex: 1; border: 1.6mm double {{accent}}; padding: 8mm 12mm 7mm; display: flex;
    flex-direction: column; }
  header { display: flex; align-items: center; justify-content: space-between; gap: 6mm; }
  .logo { width: 45mm; }
  .logo img { max-width: 45mm; max-height: 24mm; display: block; }
  .logo .cb-name { font-weight: bold; font-size: 12pt; color: {{accent}}; }
  .mark svg { width: 30mm; height: 30mm; display: block; }
  .qr { text-align: center; font-size: 6.5pt; width: 45mm; }
  .qr img { width: 28mm; height: 28mm; display: block; margin: 0 auto 1mm; }
  .qr .url { word-break: break-all; }
  main { flex: 1; display: flex; flex-direction: column; justify-content: center; text-align: center;
    padding: 4mm 0; }
  h1 { color: {{accent}}; font-size: 30pt; margin: 0 0 1mm; letter-spacing: 0.08em; text-transform: uppercase;
    font-weight: normal; }
  .number { font-size: 11pt; margin: 0 0 7mm; }
  .lead { font-size: 11pt; font-style: italic; margin: 0; }
  .holder { font-size: 22pt; font-weight: bold; margin: 3mm 0 1mm; }
  .holder-id { margin: 0 0 6mm; color: #52606d; }
  .scheme { font-size: 16pt; color: {{accent}}; font-weight: bold; margin: 2mm 0 1mm; }
  .level { font-size: 11pt; margin: 0 0 2mm; }
  section { text-align: left; margin: 4mm auto 0; max-width: 160mm; width: 100%; }
  h2 { font-size: 10.5pt; color: {{accent}}; border-bottom: 0.3mm solid #cbd2d9; padding-bottom: 1mm;
    margin: 0 0 2mm; }
  ul { margin: 0; padding-left: 5mm; }
  li { margin-bottom: 1mm; }
  table { border-collapse: collapse; width: 100%; font-size: 8.5pt; }
  td { text-align: left; border-bottom: 0.2mm solid #e4e7eb; padding: 1mm 2mm 1mm 0; vertical-align: top; }
  .validity { font-size: 12pt; font-weight: bold; margin: 6mm 0 0; }
  footer { display: flex; justify-content: space-between; align-items: flex-end; gap: 8mm;
    border-top: 0.3mm solid #cbd2d9; padding-top: 3mm; font-size: 8.5pt; }
  .signature { text-align: center; min-width: 62mm; }
  .signature img { max-height: 20mm; max-width: 60mm; display: block; margin: 1mm auto; }
  .signature .name { font-weight: bold; font-size: 10pt; }
  .mentions { margin-top: 3mm; font-size: 7.5pt; color: #52606d; }
  .mentions p { margin: 0 0 1mm; }
</style>
</head>
<body>
<div class="sheet"><div class="frame">
<header>
  <div class="logo">{{#if logo}}<img alt="{{cb.name}}" src="{{logo}}">{{else}}<span class="cb-name">{{cb.name}}</span>{{/if}}</div>
  <div class="mark">{{> mark}}</div>
  <div class="qr">
    <img alt="QR" src="{{qrCode}}" data-verify-url="{{verifyUrl}}">
    <div>{{labels.verify}}</div>
    <div class="url">{{verifyUrl}}</div>
  </div>
</header>
<main>
  <h1>{{labels.title}}</h1>
  <p class="number">{{labels.number}} {{number}}</p>
  <p class="lead">{{labels.attests}}</p>
  <p class="holder">{{holder.name}}</p>
  <p class="holder-id">{{labels.siren}} {{holder.siren}} · {{#each holder.addressLines}}{{this}}{{#unless @last}}, {{/unless}}{{/each}}</p>
  <p class="lead">{{labels.conforms}}</p>
  <p class="scheme">{{schemeTitle}}</p>
  {{#if level}}<p class="level">{{labels.level}}{{labels.colon}} {{level}}</p>{{/if}}

  <section>
  <h2>{{labels.scope}}</h2>
  <ul>{{#each scope}}<li>{{this}}</li>{{/each}}</ul>
  </section>

  {{#if sites.length}}
  <section>
  <h2>{{labels.sites}}</h2>
  <table>
    {{#each sites}}<tr><td>{{name}}</td><td>{{../labels.siret}} {{siret}}</td><td>{{address}}</td></tr>{{/each}}
  </table>
  </section>
  {{/if}}

  <p class="validity">{{labels.validFrom}} {{validFrom}} {{labels.validUntil}} {{validUntil}}</p>
</main>
<footer>
  <div>
    <strong>{{labels.certificationBody}}{{labels.colon}} {{cb.name}}</strong><br>
    {{#each cb.addressLines}}{{this}}<br>{{/each}}
    {{#if cb.accreditation}}{{labels.accreditation}}{{labels.colon}} {{cb.accreditation}}{{/if}}
  </div>
  <div class="signature">
    <div>{{labels.doneAt}} {{cb.city}}, {{labels.on}} {{issuedOn}}</div>
    {{#if signatory}}
      {{#if signatory.signature}}<img alt="{{labels.signatureOf}} {{signatory.name}}" src="{{signatory.signature}}">{{/if}}
      <div class="name">{{signatory.name}}</div>
      <div>{{signatory.role}}</div>
    {{else}}
      <div class="name">{{cb.name}}</div>
    {{/if}}
  </div>
</footer>
{{#if mentions.length}}
<div class="mentions">{{#each mentions}}<p>{{this}}</p>{{/each}}</div>
{{/if}}
</div></div>
</body>
</html>`;
