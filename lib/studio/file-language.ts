// The language of a dropped or opened file, from its name; null when the site
// does not highlight it (the picker then keeps its choice).
import { toLanguageId, type LanguageId } from '@/lib/lessons/languages';

const EXTENSIONS: Record<string, LanguageId> = { cjs: 'javascript', mts: 'typescript', cts: 'typescript', zsh: 'bash', pyi: 'python' };

export function languageForFileName(name: string): LanguageId | null {
  const extension = /\.([A-Za-z0-9]+)$/.exec(name.trim())?.[1]?.toLowerCase();
  if (!extension) return null;
  return EXTENSIONS[extension] ?? toLanguageId(extension) ?? null;
}
