// The one map of components a lesson's step text renders with. `Code` and
// `Step` are not here on purpose: they are structure, read by lib/lessons/parse.ts
// and never rendered. Anything capitalised a step uses must be listed here.
import type { ComponentPropsWithoutRef } from 'react';
import type { MDXComponents } from 'mdx/types';

/** Links leaving the site open no window handle back to us. */
function Anchor({ href = '', ...props }: ComponentPropsWithoutRef<'a'>) {
  const external = /^https?:\/\//.test(href);
  return <a href={href} {...(external ? { rel: 'noopener noreferrer' } : {})} {...props} />;
}

/** A code block may scroll sideways, so keyboard users must be able to focus it. */
function Pre(props: ComponentPropsWithoutRef<'pre'>) {
  return <pre tabIndex={0} {...props} />;
}

export const mdxComponents: MDXComponents = { a: Anchor, pre: Pre };

export function useMDXComponents(components?: MDXComponents): MDXComponents {
  return { ...mdxComponents, ...components };
}
