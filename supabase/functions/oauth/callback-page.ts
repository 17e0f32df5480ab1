import { resultUrl, type OAuthResult } from '../_shared/oauth/redirect-target.ts';

// The callback's answers to the browser. No-store and no-referrer, since the callback URL
// carried an authorization code.
const HEADERS = { 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' };

export function redirectWith(target: string, dashboardUrl: string | null, result: OAuthResult): Response {
  return new Response(null, { status: 303, headers: { ...HEADERS, location: resultUrl(target, dashboardUrl, result) } });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * For a callback that cannot be tied to any connect attempt (no or unknown state), there
 * is nowhere trustworthy to send the browser: a plain page says what happened.
 */
export function errorPage(status: number, title: string, detail: string, dashboardUrl: string | null): Response {
  const back = dashboardUrl
    ? `<p><a href="${escapeHtml(new URL('/integrations', dashboardUrl).href)}">Back to the Integration Hub</a></p>`
    : '';
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem">
<h1>${escapeHtml(title)}</h1><p>${escapeHtml(detail)}</p>${back}</body></html>`;
  return new Response(html, {
    status,
    headers: { ...HEADERS, 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" },
  });
}
