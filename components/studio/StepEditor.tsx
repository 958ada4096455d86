'use client';
// One step in the studio's list: its title, lines and Markdown, the buttons
// to move or delete it, and what is wrong with it, in words, right beside it.
import { formatLines } from '@/lib/player/line-ranges';
import type { StudioStep } from '@/lib/studio/model';
import type { EditorAction } from '@/lib/studio/editor';
import styles from './Studio.module.css';

export interface StepEditorProps {
  step: StudioStep;
  index: number;
  total: number;
  active: boolean;
  /** Lines the spec lights, or null when it lights none. */
  lit: number[] | null;
  problems: string[];
  hasSelection: boolean;
  dispatch(action: EditorAction): void;
}

export function StepEditor({ step, index, total, active, lit, problems, hasSelection, dispatch }: StepEditorProps) {
  const id = `step-${index}`;
  const errorId = `${id}-problems`;
  const update = (patch: Partial<StudioStep>) => dispatch({ type: 'step', index, patch });
  return (
    <li className={styles.stepItem} data-active={active ? '' : undefined} onFocus={() => !active && dispatch({ type: 'activate', index })}>
      <fieldset className={styles.stepFields} aria-describedby={problems.length ? errorId : undefined}>
        <legend>
          Step {index + 1}
          {lit ? <span className={styles.stepLines}> · {formatLines(lit)}</span> : null}
        </legend>
        <label className={styles.field}>
          <span>Step title</span>
          <input id={`${id}-title`} value={step.title} maxLength={120} onChange={(e) => update({ title: e.target.value })} />
        </label>
        <label className={styles.field}>
          <span>Lines</span>
          <input
            className={styles.mono}
            value={step.lines}
            maxLength={200}
            spellCheck={false}
            aria-invalid={lit ? undefined : true}
            onChange={(e) => update({ lines: e.target.value })}
          />
        </label>
        <label className={styles.field}>
          <span>Text (Markdown)</span>
          <textarea rows={3} value={step.body} maxLength={2000} onChange={(e) => update({ body: e.target.value })} />
        </label>
        {problems.length ? (
          <ul id={errorId} className={styles.problems}>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        ) : null}
        <div className={styles.stepActions}>
          <button type="button" disabled={!hasSelection} onClick={() => dispatch({ type: 'useSelection', index })}>
            Use selected lines
          </button>
          <button type="button" disabled={index === 0} onClick={() => dispatch({ type: 'move', index, by: -1 })} aria-label={`Move step ${index + 1} up`}>
            ↑ Up
          </button>
          <button type="button" disabled={index === total - 1} onClick={() => dispatch({ type: 'move', index, by: 1 })} aria-label={`Move step ${index + 1} down`}>
            ↓ Down
          </button>
          <button type="button" className={styles.danger} onClick={() => dispatch({ type: 'delete', index })} aria-label={`Delete step ${index + 1}`}>
            Delete
          </button>
        </div>
      </fieldset>
    </li>
  );
}
