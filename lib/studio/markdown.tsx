// Markdown from a share link, rendered to React elements with no raw HTML:
// the Markdown is parsed to a syntax tree (CommonMark, mdast) and only a short
// list of node kinds becomes elements. React escapes every string, HTML in the
// text stays text, images become their alt text (a shared page never fetches
// what a link names), and a link keeps its href only when it is http(s) or
// relative. Runs on the server (/w pages) and in the studio's preview alike.
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes, RootContent } from 'mdast';
import type { ReactNode } from 'react';

export const LINK_REL = 'nofollow noopener noreferrer';

/** The href to keep, or null: http(s), or relative to this site (a path, a query, a fragment). */
export function safeHref(raw: string): string | null {
  const href = raw.trim();
  if (!href) return null;
  let url: URL;
  try {
    url = new URL(href, 'https://relative.invalid/');
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return href;
}

export function Markdown({ source }: { source: string }): ReactNode {
  return renderChildren(fromMarkdown(source).children);
}

function renderChildren(nodes: readonly RootContent[]): ReactNode[] {
  return nodes.map((node, i) => renderNode(node, i));
}

function renderNode(node: Nodes, key: number): ReactNode {
  switch (node.type) {
    case 'paragraph':
      return <p key={key}>{renderChildren(node.children)}</p>;
    // Headings inside a step would break the page's outline: they read as a strong line.
    case 'heading':
      return (
        <p key={key}>
          <strong>{renderChildren(node.children)}</strong>
        </p>
      );
    case 'text':
      return node.value;
    case 'emphasis':
      return <em key={key}>{renderChildren(node.children)}</em>;
    case 'strong':
      return <strong key={key}>{renderChildren(node.children)}</strong>;
    case 'inlineCode':
      return <code key={key}>{node.value}</code>;
    case 'code':
      return (
        <pre key={key}>
          <code>{node.value}</code>
        </pre>
      );
    case 'break':
      return <br key={key} />;
    case 'thematicBreak':
      return <hr key={key} />;
    case 'blockquote':
      return <blockquote key={key}>{renderChildren(node.children)}</blockquote>;
    case 'list': {
      const items = renderChildren(node.children);
      return node.ordered ? (
        <ol key={key} start={node.start ?? undefined}>
          {items}
        </ol>
      ) : (
        <ul key={key}>{items}</ul>
      );
    }
    case 'listItem':
      // A tight list's paragraphs read as plain text in the item.
      return <li key={key}>{node.spread ? renderChildren(node.children) : node.children.flatMap((child, i) => (child.type === 'paragraph' ? renderChildren(child.children) : [renderNode(child, i)]))}</li>;
    case 'link': {
      const href = safeHref(node.url);
      const text = renderChildren(node.children);
      return href ? (
        <a key={key} href={href} rel={LINK_REL}>
          {text}
        </a>
      ) : (
        <span key={key}>{text}</span>
      );
    }
    case 'image':
      return node.alt ?? '';
    // Raw HTML is shown as the text it is, never parsed.
    case 'html':
      return node.value;
    case 'linkReference':
      return <span key={key}>{renderChildren(node.children)}</span>;
    case 'imageReference':
      return node.alt ?? '';
    default:
      return null;
  }
}

/** Words a reader reads (as lessons count them): autoplay dwells in proportion. */
export function wordCount(...texts: string[]): number {
  return texts.join(' ').split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
