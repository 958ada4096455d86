// HTML that other sites paste: the iframe, and the few lines of host script
// that let the frame grow to fit its content. Pure strings, so the share menu,
// the oEmbed answer and the README all hand out the same thing.
import { RESIZE } from './messages';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const escapeAttr = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);

export interface IframeOptions {
  src: string;
  title: string;
  /** A number of CSS pixels, or a CSS length such as `100%`. */
  width: number | string;
  height: number;
}

/** The embed's iframe. `clipboard-write` and `web-share` let its share menu work inside the frame. */
export function embedIframe({ src, title, width, height }: IframeOptions): string {
  return (
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="${escapeAttr(String(width))}" height="${height}"` +
    ` style="border:0;max-width:100%" loading="lazy" allow="clipboard-write; web-share"></iframe>`
  );
}

/**
 * The host's half of auto-resizing: trust a message only when it comes from
 * `origin` (event.origin) and from one of this page's frames (event.source),
 * then set that frame's height. Pasting it twice is harmless.
 */
export function resizeScript(origin: string): string {
  const from = JSON.stringify(origin);
  return (
    '<script>addEventListener("message",function(e){' +
    `if(e.origin!==${from}||!e.data||e.data.type!=="${RESIZE}")return;` +
    'var h=Number(e.data.height);if(!(h>0&&h<1e5))return;' +
    'document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=Math.ceil(h)+"px"})' +
    '});</script>'
  );
}

/** What "Copy embed code" copies: a full-width frame and the resize script. */
export function embedCode({ origin, src, title, height = 640 }: { origin: string; src: string; title: string; height?: number }): string {
  return `${embedIframe({ src, title, width: '100%', height })}\n${resizeScript(origin)}`;
}
