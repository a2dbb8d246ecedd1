/**
 * The frame every mail shares: brand header (logo, name, colour), greeting, summary, the event's
 * body, the action button and the footer. Values are escaped by `{{ }}`; `{{{body}}}` is the
 * event template's own markup, already rendered with escaping.
 */
export const HTML_LAYOUT = `<!doctype html>
<html lang="{{lang}}">
<head><meta charset="utf-8"><title>{{subject}}</title></head>
<body style="margin:0;padding:0;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;color:#1f2933;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;border-top:4px solid {{brand.colour}};">
{{> header}}
<tr><td style="padding:24px;font-size:15px;line-height:1.5;">
{{> greeting}}
<p>{{summary}}</p>
{{{body}}}
{{> action}}
</td></tr>
{{> footer}}
</table>
</td></tr></table>
</body>
</html>
`;

export const TEXT_LAYOUT = `{{> greeting}}

{{summary}}

{{{body}}}

{{ui.actionText}}
{{link}}

--
{{brand.name}}
{{ui.footer}}
`;

/** Partials of the HTML layout; the text layout shares `greeting` (rendered without escaping). */
export const HTML_PARTIALS = {
  header: `<tr><td style="padding:16px 24px;border-bottom:1px solid #e4e7eb;">
<img src="{{brand.logoUrl}}" alt="{{brand.name}}" height="40" style="vertical-align:middle;">
<span style="font-size:18px;font-weight:bold;color:{{brand.colour}};margin-left:8px;">{{brand.name}}</span>
</td></tr>`,
  greeting: `<p>{{ui.greeting}} {{recipient.firstName}} {{recipient.lastName}},</p>`,
  action: `<p style="margin:24px 0;"><a href="{{link}}" style="background:{{brand.colour}};color:#ffffff;padding:12px 20px;text-decoration:none;border-radius:4px;display:inline-block;">{{ui.action}}</a></p>`,
  footer: `<tr><td style="padding:16px 24px;font-size:12px;color:#616e7c;border-top:1px solid #e4e7eb;">{{brand.name}} — {{ui.footer}}</td></tr>`,
} as const;

export const TEXT_PARTIALS = {
  greeting: `{{ui.greeting}} {{recipient.firstName}} {{recipient.lastName}},`,
} as const;
