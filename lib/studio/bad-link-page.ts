// The 400 page for a `/w/…` link that cannot be read, answered by the proxy
// itself: Next cannot give a page a 400 status, and a bad link must not look
// like a success to a crawler or a chat app's unfurler. Plain HTML that
// follows the reader's colour scheme; the reasons are escaped, and no part of
// the link is echoed back.
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

export function badLinkHtml(reasons: readonly string[]): string {
  const items = reasons
    .slice(0, 5)
    .map((reason) => `<li>${escapeHtml(reason)}</li>`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow"><meta name="color-scheme" content="light dark">
<title>This walkthrough link cannot be read · Stepwise</title></head>
<body style="max-width:40rem;margin:0 auto;padding:2.5rem 1rem;font:1rem/1.6 system-ui,sans-serif">
<main>
<p>400 · Bad link</p>
<h1>This walkthrough link cannot be read</h1>
<ul>${items}</ul>
<p>Ask whoever shared it for the whole link, or <a href="/studio">make a walkthrough of your own</a>. <a href="/">Stepwise home</a></p>
</main>
</body></html>`;
}
