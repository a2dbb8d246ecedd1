/**
 * The page every scheme template fills: a scheme supplies its mark (`{{#*inline "mark"}}`) and
 * accent colour. Every value is `{{escaped}}`; the only unescaped markup is the template's own.
 * The QR code sits in the header so it is always on page one, however long the list of sites.
 */
export const LAYOUT_PARTIAL = `<!doctype html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<title>{{labels.title}} {{number}}</title>
<style>
  @page { size: A4; margin: 14mm 16mm; }
  * { box-sizing: border-box; }
  body { margin: 0; font-family: 'DejaVu Sans', 'Liberation Sans', sans-serif; font-size: 10pt;
    color: #1f2933; font-variant-ligatures: none; }
  header { display: flex; align-items: flex-start; justify-content: space-between;
    border-bottom: 3px solid {{accent}}; padding-bottom: 4mm; }
  .mark svg { width: 34mm; height: 34mm; }
  .qr { text-align: center; font-size: 7pt; width: 40mm; }
  .qr img { width: 32mm; height: 32mm; display: block; margin: 0 auto 1mm; }
  .qr .url { word-break: break-all; }
  h1 { color: {{accent}}; font-size: 24pt; margin: 6mm 0 1mm; letter-spacing: 0.04em; }
  .number { font-size: 12pt; font-weight: bold; margin: 0 0 5mm; }
  .holder { font-size: 16pt; margin: 2mm 0 1mm; }
  .scheme { font-size: 13pt; color: {{accent}}; margin: 2mm 0 1mm; }
  h2 { font-size: 11pt; border-bottom: 1px solid #cbd2d9; padding-bottom: 1mm; margin: 5mm 0 2mm; }
  ul { margin: 0; padding-left: 5mm; }
  li { margin-bottom: 1mm; }
  table { border-collapse: collapse; width: 100%; font-size: 9pt; }
  td, th { text-align: left; border-bottom: 1px solid #e4e7eb; padding: 1mm 2mm 1mm 0; vertical-align: top; }
  .validity { font-size: 11pt; font-weight: bold; margin-top: 5mm; }
  .mentions p { font-size: 8.5pt; margin: 0 0 1.5mm; }
  footer { margin-top: 6mm; border-top: 1px solid #cbd2d9; padding-top: 2mm; font-size: 8.5pt; }
</style>
</head>
<body>
<header>
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
  <p>{{labels.attests}}</p>
  <p class="holder">{{holder.name}}</p>
  <p>{{labels.siren}} {{holder.siren}}<br>{{#each holder.addressLines}}{{this}}<br>{{/each}}</p>
  <p>{{labels.conforms}}</p>
  <p class="scheme">{{schemeTitle}}</p>
  {{#if level}}<p>{{labels.level}} : {{level}}</p>{{/if}}

  <h2>{{labels.scope}}</h2>
  <ul>{{#each scope}}<li>{{this}}</li>{{/each}}</ul>

  {{#if sites.length}}
  <h2>{{labels.sites}}</h2>
  <table>
    {{#each sites}}<tr><td>{{name}}</td><td>{{../labels.siret}} {{siret}}</td><td>{{address}}</td></tr>{{/each}}
  </table>
  {{/if}}

  <p class="validity">{{labels.validFrom}} {{validFrom}} {{labels.validUntil}} {{validUntil}}</p>
  <p>{{labels.issuedOn}} {{issuedOn}}</p>

  {{#if mentions.length}}
  <section class="mentions">{{#each mentions}}<p>{{this}}</p>{{/each}}</section>
  {{/if}}
</main>
<footer>
  <strong>{{labels.certificationBody}} : {{cb.name}}</strong><br>
  {{#each cb.addressLines}}{{this}}<br>{{/each}}
  {{#if cb.accreditation}}{{labels.accreditation}} : {{cb.accreditation}}{{/if}}
</footer>
</body>
</html>`;
