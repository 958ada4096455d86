// Drafts live in this browser's localStorage, one entry per draft plus the
// id of the open one. Nothing breaks without storage (private windows, full
// disks): the studio then simply forgets on reload.
import type { ExportDetails } from './export-details';
import { draftSchema, type StudioWalkthrough } from './model';

const KEY = 'stepwise-studio-drafts';
const CURRENT = 'stepwise-studio-current';
/** Oldest drafts go first beyond this many. */
const MAX_DRAFTS = 30;

export interface Draft {
  id: string;
  updatedAt: number;
  walkthrough: StudioWalkthrough;
  /** What the `.mdx` export needs beyond the walkthrough (read with readDetails). */
  details?: ExportDetails;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function listDrafts(): Draft[] {
  try {
    const raw = JSON.parse(storage()?.getItem(KEY) ?? '[]') as unknown;
    if (!Array.isArray(raw)) return [];
    return raw
      .filter((d): d is Draft => typeof d?.id === 'string' && typeof d?.updatedAt === 'number' && draftSchema.safeParse(d.walkthrough).success)
      .sort((a, b) => b.updatedAt - a.updatedAt);
  } catch {
    return [];
  }
}

function write(drafts: Draft[]): void {
  try {
    storage()?.setItem(KEY, JSON.stringify(drafts.slice(0, MAX_DRAFTS)));
  } catch {
    // Full or refused: keep working without saving.
  }
}

export function saveDraft(draft: Draft): void {
  write([draft, ...listDrafts().filter((d) => d.id !== draft.id)]);
  setCurrentDraft(draft.id);
}

export function deleteDraft(id: string): void {
  write(listDrafts().filter((d) => d.id !== id));
}

export function currentDraftId(): string | null {
  try {
    return storage()?.getItem(CURRENT) ?? null;
  } catch {
    return null;
  }
}

export function setCurrentDraft(id: string): void {
  try {
    storage()?.setItem(CURRENT, id);
  } catch {
    // as above
  }
}

export const newDraftId = () => `d${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
