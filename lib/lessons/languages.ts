// The languages a lesson may be written in: Shiki ids we load, and the name
// people use for each. Safe for client code (no grammar is imported here).

export const LANGUAGE_LABELS = {
  typescript: 'TypeScript',
  tsx: 'TSX',
  javascript: 'JavaScript',
  jsx: 'JSX',
  python: 'Python',
  go: 'Go',
  rust: 'Rust',
  bash: 'Bash',
  sql: 'SQL',
  json: 'JSON',
} as const;

export type LanguageId = keyof typeof LANGUAGE_LABELS;

export const LANGUAGE_IDS = Object.keys(LANGUAGE_LABELS) as LanguageId[];

/** Short names authors put on fences (```ts) mapped to the Shiki id. */
const ALIASES: Record<string, LanguageId> = {
  ts: 'typescript',
  js: 'javascript',
  mjs: 'javascript',
  py: 'python',
  golang: 'go',
  rs: 'rust',
  sh: 'bash',
  shell: 'bash',
};

export function isLanguageId(id: string): id is LanguageId {
  return Object.hasOwn(LANGUAGE_LABELS, id);
}

/** The Shiki id for a fence's language tag, or undefined when we do not load it. */
export function toLanguageId(tag: string): LanguageId | undefined {
  const lower = tag.toLowerCase();
  return isLanguageId(lower) ? lower : ALIASES[lower];
}

export function languageLabel(id: string): string {
  return isLanguageId(id) ? LANGUAGE_LABELS[id] : id;
}
