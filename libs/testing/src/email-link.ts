import type { SinkMail } from './mail-sink';
import { runtimeEnv } from './runtime';

/** The Keycloak action link of a mail (verification, first login). */
export function actionLink(mail: SinkMail): string {
  const link = mail.text?.match(/https?:\/\/\S+\/login-actions\/action-token\S+/)?.[0];
  if (!link) throw new Error(`no action link in the mail "${mail.subject}"`);
  return link;
}

/**
 * Opens an e-mail link as a browser would: keeps cookies, follows redirects while they stay on
 * Keycloak, and clicks the "proceed" link of the confirmation page Keycloak shows when the link is
 * opened outside the session that asked for it. Stops at the redirect back to the portal.
 * Returns the last Keycloak page.
 */
export async function followEmailLink(link: string): Promise<string> {
  const keycloak = new URL(runtimeEnv().KEYCLOAK_URL).origin;
  const cookies = new Map<string, string>();
  let url = link;
  let page = '';
  for (let hop = 0; hop < 10; hop += 1) {
    const res = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
    });
    for (const header of res.headers.getSetCookie()) {
      const [pair = ''] = header.split(';');
      const eq = pair.indexOf('=');
      cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1));
    }
    if (res.status >= 300 && res.status < 400) {
      const next = new URL(res.headers.get('location') ?? '', url);
      if (next.origin !== keycloak) return page;
      url = next.href;
      continue;
    }
    page = await res.text();
    if (!res.ok) throw new Error(`${url} answered ${res.status}`);
    const proceed = page.match(/href="([^"]*\/login-actions\/action-token[^"]*)"/)?.[1];
    if (!proceed) return page;
    url = proceed.replace(/&amp;/g, '&');
  }
  throw new Error(`too many hops following ${link}`);
}
