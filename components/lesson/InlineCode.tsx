// Front-matter text (a takeaway) with `backticks` shown as code, as Markdown
// would: the text stays plain YAML for authors, and nothing is parsed as HTML.
export function InlineCode({ text }: { text: string }) {
  const parts = text.split('`');
  // An odd count of backticks leaves the last one unpaired: shown as written.
  if (parts.length % 2 === 0) return <>{text}</>;
  return <>{parts.map((part, i) => (i % 2 ? <code key={i}>{part}</code> : part))}</>;
}
