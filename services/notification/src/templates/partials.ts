/**
 * Pieces several event templates share. Their words come from `ui` so one partial serves every
 * language; each has an HTML and a plain-text form under the same name.
 */
export const EVENT_PARTIALS = {
  html: {
    certificate: `<table role="presentation" cellpadding="4" style="border-collapse:collapse;font-size:14px;">
<tr><td><strong>{{ui.certificate.scheme}}</strong></td><td>{{data.schemeTitle}}{{#if data.level}} — {{data.level}}{{/if}}</td></tr>
<tr><td><strong>{{ui.certificate.holder}}</strong></td><td>{{data.holder.name}} (SIREN {{data.holder.siren}})</td></tr>
<tr><td><strong>{{ui.certificate.validity}}</strong></td><td>{{date data.validFrom}} – {{date data.validUntil}}</td></tr>
<tr><td><strong>{{ui.certificate.scope}}</strong></td><td>{{#each data.scope}}{{this}}{{#unless @last}}; {{/unless}}{{/each}}</td></tr>
</table>`,
  },
  text: {
    certificate: `{{ui.certificate.scheme}} {{data.schemeTitle}}{{#if data.level}} — {{data.level}}{{/if}}
{{ui.certificate.holder}} {{data.holder.name}} (SIREN {{data.holder.siren}})
{{ui.certificate.validity}} {{date data.validFrom}} – {{date data.validUntil}}
{{ui.certificate.scope}} {{#each data.scope}}{{this}}{{#unless @last}}; {{/unless}}{{/each}}`,
  },
} as const;
