'use client';
// The drafts this browser keeps: pick one to open it, "New" for a clean one.
import type { Draft } from '@/lib/studio/drafts';
import styles from './Studio.module.css';

export interface DraftBarProps {
  drafts: Draft[];
  current: string;
  onOpen(id: string): void;
  onNew(): void;
  onDelete(id: string): void;
}

const when = (t: number) => new Date(t).toLocaleString('en', { dateStyle: 'medium', timeStyle: 'short' });

export function DraftBar({ drafts, current, onOpen, onNew, onDelete }: DraftBarProps) {
  return (
    <div className={styles.drafts}>
      <label className={styles.inline}>
        <span>Draft</span>
        <select value={current} onChange={(e) => onOpen(e.target.value)}>
          {drafts.some((d) => d.id === current) ? null : <option value={current}>This draft (not saved yet)</option>}
          {drafts.map((d) => (
            <option key={d.id} value={d.id}>
              {(d.walkthrough.title.trim() || 'Untitled').slice(0, 60)} · {when(d.updatedAt)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={onNew}>
        New
      </button>
      <button type="button" onClick={() => onDelete(current)} disabled={!drafts.some((d) => d.id === current)}>
        Delete draft
      </button>
      <span className={styles.saved}>Saved in this browser as you type.</span>
    </div>
  );
}
