// The one tag vocabulary. A tag names what a lesson is about (a concept, a
// problem, a framework), never its language: the catalog shows and filters the
// language on its own. Add a tag here, with what it means, before using it.
import { z } from 'zod';
import { languageLabel, toLanguageId } from './languages';

export const TAGS = {
  async: 'promises, async/await and event loops',
  caching: 'keeping work once done',
  cli: 'commands and scripts run from a shell',
  concurrency: 'work in flight at the same time, and its limits',
  cookies: 'HTTP cookies and their attributes',
  databases: 'storing and changing data with SQL',
  forms: 'HTML forms and what handles them',
  hmac: 'signing data with a shared secret',
  http: 'requests, responses and headers',
  jwt: 'JSON Web Tokens',
  'rate-limiting': 'capping how often a client may ask',
  reliability: 'surviving failures that go away on their own',
  retries: 'trying again, and when not to',
  security: 'what an attacker can forge, steal or replay, and how code stops it',
  sessions: 'who is signed in, and for how long',
  testing: 'checking code with tests',
  webhooks: 'HTTP calls another service makes to yours',
  // Frameworks: a reader looks for lessons about the one they use.
  axum: 'the Rust web framework',
  express: 'the Node.js web framework',
  fastapi: 'the Python web framework',
  nextjs: 'the React framework',
} as const;

export type Tag = keyof typeof TAGS;

export function isTag(value: string): value is Tag {
  return Object.hasOwn(TAGS, value);
}

/** Why `tag` cannot be used, or undefined when it can. */
export function tagProblem(tag: string): string | undefined {
  if (isTag(tag)) return undefined;
  const language = toLanguageId(tag);
  if (language) return `"${tag}" names a language (${languageLabel(language)}); the lesson's language is shown and filtered on its own`;
  return `"${tag}" is not in the tag vocabulary (lib/lessons/tags.ts); use one of its tags or add it there with what it means`;
}

/** The frontmatter's `tags`: one to eight from the vocabulary, none twice. */
export const tagsSchema = z
  .array(
    z.string().superRefine((tag, ctx) => {
      const problem = tagProblem(tag);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  )
  .min(1, 'at least one tag')
  .max(8, 'at most 8 tags')
  .refine((tags) => new Set(tags).size === tags.length, 'a tag is listed twice');
