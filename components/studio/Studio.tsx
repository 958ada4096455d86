'use client';
// The studio: paste or drop code, pick lines, write steps, watch the real
// player beside it (a tab on a phone), share a link. State is one reducer
// (lib/studio/editor.ts); drafts save to this browser as you type.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { LANGUAGE_IDS, LANGUAGE_LABELS, type LanguageId } from '@/lib/lessons/languages';
import { formatLines } from '@/lib/player/line-ranges';
import { decodeWalkthrough } from '@/lib/studio/codec';
import { currentDraftId, deleteDraft, listDrafts, newDraftId, saveDraft, setCurrentDraft, type Draft } from '@/lib/studio/drafts';
import { detailProblems, emptyDetails, readDetails, type ExportDetails } from '@/lib/studio/export-details';
import { editorReducer, initialEditor } from '@/lib/studio/editor';
import { languageForFileName } from '@/lib/studio/file-language';
import { displayed, litLines } from '@/lib/studio/lines-spec';
import type { LessonChoice } from '@/lib/studio/lesson-choice';
import { emptyWalkthrough, LIMITS, type StudioWalkthrough } from '@/lib/studio/model';
import { problems } from '@/lib/studio/validate';
import { CodeLines } from './CodeLines';
import { DraftBar } from './DraftBar';
import { LessonDetails } from './LessonDetails';
import { Preview } from './Preview';
import { SharePanel } from './SharePanel';
import { Shortcuts } from './Shortcuts';
import { StepEditor } from './StepEditor';
import { useHighlights } from './use-highlight';
import styles from './Studio.module.css';

const SAVE_DELAY_MS = 300;
const isEmpty = (w: StudioWalkthrough) => !w.title.trim() && !w.files.some((f) => f.code.trim()) && w.steps.length === 0;

export interface StudioProps {
  /** Lessons the studio can open (`/studio?lesson=<slug>`). */
  lessons: LessonChoice[];
  /** The lesson asked for, as a walkthrough: opened as a new draft. */
  seed?: { title: string; walkthrough: StudioWalkthrough; details?: ExportDetails };
}

export function Studio({ lessons, seed }: StudioProps) {
  const [state, dispatch] = useReducer(editorReducer, emptyWalkthrough(), initialEditor);
  const [draftId, setDraftId] = useState('');
  const [details, setDetails] = useState<ExportDetails>(emptyDetails);
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [tab, setTab] = useState<'edit' | 'preview'>('edit');
  const [cursor, setCursor] = useState(1);
  const [notice, setNotice] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const { walkthrough, selection, active } = state;
  const file = walkthrough.files[state.file] ?? walkthrough.files[0]!;

  // Open: a shared link's copy (#<data>), else the draft open last time, else a clean one.
  useEffect(() => {
    const open = async () => {
      const saved = listDrafts();
      const hash = location.hash.slice(1);
      if (seed) {
        history.replaceState(null, '', location.pathname);
        const id = newDraftId();
        const seeded = seed.details ?? emptyDetails();
        saveDraft({ id, updatedAt: Date.now(), walkthrough: seed.walkthrough, details: seeded });
        setDrafts(listDrafts());
        setDraftId(id);
        setDetails(seeded);
        dispatch({ type: 'load', walkthrough: seed.walkthrough });
        setNotice(`Opened the lesson "${seed.title}" as a new draft.`);
        return;
      }
      if (hash) {
        history.replaceState(null, '', location.pathname);
        const decoded = await decodeWalkthrough(decodeURIComponent(hash));
        if (decoded.ok) {
          const id = newDraftId();
          saveDraft({ id, updatedAt: Date.now(), walkthrough: decoded.walkthrough });
          setDrafts(listDrafts());
          setDraftId(id);
          dispatch({ type: 'load', walkthrough: decoded.walkthrough });
          setNotice('Opened a copy of the shared walkthrough as a new draft.');
          return;
        }
        setNotice(`Could not open the shared walkthrough: ${decoded.error.message}`);
      }
      const last = saved.find((d) => d.id === currentDraftId()) ?? saved[0];
      setDrafts(saved);
      if (last) {
        setDraftId(last.id);
        setDetails(readDetails(last.details));
        dispatch({ type: 'load', walkthrough: last.walkthrough });
      } else {
        setDraftId(newDraftId());
      }
    };
    void open().finally(() => setReady(true));
    // Once, on arrival: the seed and the hash are read then and never again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Save as you type (after a pause); an untouched clean draft is not worth a list entry.
  useEffect(() => {
    if (!draftId || isEmpty(walkthrough)) return;
    const timer = setTimeout(() => {
      saveDraft({ id: draftId, updatedAt: Date.now(), walkthrough, details });
      setDrafts(listDrafts());
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draftId, walkthrough, details]);

  const codes = useMemo(() => walkthrough.files.map((f) => displayed(f.code)), [walkthrough.files]);
  const allLines = codes.map((c, i) => (c.ok ? c.code.lines : (walkthrough.files[i]?.code.split(/\r?\n/) ?? [])));
  const highlights = useHighlights(walkthrough.files.map((f, i) => ({ code: codes[i]?.ok ? (allLines[i] ?? []).join('\n') : '', language: f.language })));
  const shownLines = allLines[state.file] ?? [];
  const highlight = highlights[state.file] ?? { lines: null, error: null };
  const lit = useMemo(
    () =>
      walkthrough.steps.map((step) => {
        const stepCode = codes[step.file];
        if (!stepCode?.ok) return null;
        const result = litLines(step.lines, stepCode.code);
        return result.ok ? result.lines : null;
      }),
    [walkthrough.steps, codes],
  );
  const found = useMemo(() => problems(walkthrough), [walkthrough]);
  const detailsFound = useMemo(() => detailProblems(walkthrough, details), [walkthrough, details]);
  const general = found.filter((p) => p.step === undefined).map((p) => p.message);
  const tooBig = new TextEncoder().encode(file.code).length > LIMITS.codeBytes || shownLines.length > LIMITS.lines;

  const focusStep = (index: number) => requestAnimationFrame(() => document.getElementById(`step-${index}-title`)?.focus());

  const newStep = useCallback(() => {
    if (selection.length === 0) {
      setNotice('Select lines first: click a line number, shift-click or drag for more, or use the arrow keys and Space.');
      return;
    }
    dispatch({ type: 'newStep' });
    focusStep(active + 1);
  }, [selection.length, active]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!event.altKey || event.ctrlKey || event.metaKey) return;
    const count = walkthrough.steps.length;
    if (event.code === 'KeyN' && !event.shiftKey) {
      event.preventDefault();
      newStep();
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && count > 0) {
      event.preventDefault();
      const by = event.key === 'ArrowDown' ? 1 : -1;
      if (event.shiftKey) {
        dispatch({ type: 'move', index: active, by });
        focusStep(Math.max(0, Math.min(count - 1, active + by)));
      } else {
        const next = Math.max(0, Math.min(count - 1, active + by));
        dispatch({ type: 'activate', index: next });
        focusStep(next);
      }
    } else if (event.code === 'KeyP' && !event.shiftKey) {
      event.preventDefault();
      setTab((t) => (t === 'edit' ? 'preview' : 'edit'));
    }
  };

  const loadFile = async (picked: File | undefined) => {
    if (!picked) return;
    if (picked.size > LIMITS.codeBytes) {
      setNotice(`${picked.name} is ${Math.ceil(picked.size / 1024)} KB; the studio takes files up to ${LIMITS.codeBytes / 1024} KB.`);
      return;
    }
    const text = await picked.text();
    const language = languageForFileName(picked.name) ?? file.language;
    dispatch({ type: 'file', name: picked.name.slice(0, LIMITS.fileName), code: text, language });
    setNotice(`Opened ${picked.name} as ${LANGUAGE_LABELS[language]}.`);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    if (!event.dataTransfer.files.length) return;
    event.preventDefault();
    void loadFile(event.dataTransfer.files[0]);
  };

  const openDraft = (id: string) => {
    const draft = listDrafts().find((d) => d.id === id);
    if (!draft) return;
    setDraftId(id);
    setCurrentDraft(id);
    setDetails(readDetails(draft.details));
    dispatch({ type: 'load', walkthrough: draft.walkthrough });
  };
  const startNew = () => {
    const id = newDraftId();
    setDraftId(id);
    setDetails(emptyDetails());
    dispatch({ type: 'load', walkthrough: emptyWalkthrough() });
    setNotice('Started a new draft.');
  };
  const removeDraft = (id: string) => {
    deleteDraft(id);
    setDrafts(listDrafts());
    startNew();
  };

  const selected = selection.length ? formatLines(selection) : 'No lines selected';
  const activeLit = walkthrough.steps[active]?.file === state.file ? (lit[active] ?? []) : [];

  return (
    <div ref={root} className={styles.studio} data-tab={tab} data-ready={ready ? '' : undefined} onKeyDown={onKeyDown} onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
      <div className={styles.top}>
        <DraftBar drafts={drafts} current={draftId} onOpen={openDraft} onNew={startNew} onDelete={removeDraft} />
        <div className={styles.tabs} role="group" aria-label="Show">
          <button type="button" aria-pressed={tab === 'edit'} onClick={() => setTab('edit')}>
            Edit
          </button>
          <button type="button" aria-pressed={tab === 'preview'} onClick={() => setTab('preview')}>
            Preview
          </button>
        </div>
      </div>
      <p role="status" className={styles.notice}>
        {notice ?? ''}
      </p>

      <div className={styles.columns}>
        <div className={styles.editor} data-panel="edit">
          <label className={styles.field}>
            <span>Title</span>
            <input
              className={styles.titleInput}
              value={walkthrough.title}
              maxLength={LIMITS.title}
              placeholder="What does this code do?"
              onChange={(e) => dispatch({ type: 'title', title: e.target.value })}
              {...(detailsFound.title ? { 'aria-invalid': true, 'aria-describedby': 'detail-title-problem' } : {})}
            />
            {detailsFound.title ? (
              <span id="detail-title-problem" className={styles.problemText} data-error-for="title">
                {detailsFound.title}
              </span>
            ) : null}
          </label>

          <section className={styles.codeSection} aria-labelledby="code-title">
            <h2 id="code-title" className={styles.sectionTitle}>
              Code
            </h2>
            <div className={styles.row} role="group" aria-label="Files">
              {walkthrough.files.map((f, i) => (
                <button key={i} type="button" aria-pressed={i === state.file} onClick={() => dispatch({ type: 'showFile', index: i })}>
                  {f.name.trim() || `File ${i + 1}`}
                </button>
              ))}
              <button type="button" onClick={() => dispatch({ type: 'addFile' })} disabled={walkthrough.files.length >= LIMITS.files}>
                + Add a file
              </button>
              {walkthrough.files.length > 1 ? (
                <button type="button" className={styles.danger} onClick={() => dispatch({ type: 'removeFile', index: state.file })}>
                  Remove this file and its steps
                </button>
              ) : null}
            </div>
            <div className={styles.row}>
              <label className={styles.inline}>
                <span>File name</span>
                <input value={file.name} maxLength={LIMITS.fileName} placeholder="retry.ts" onChange={(e) => {
                  const name = e.target.value;
                  dispatch({ type: 'fileName', name });
                  const language = languageForFileName(name);
                  if (language && language !== file.language) dispatch({ type: 'language', language });
                }} />
              </label>
              <label className={styles.inline}>
                <span>Language</span>
                <select value={file.language} onChange={(e) => dispatch({ type: 'language', language: e.target.value as LanguageId })}>
                  {LANGUAGE_IDS.map((id) => (
                    <option key={id} value={id}>
                      {LANGUAGE_LABELS[id]}
                    </option>
                  ))}
                </select>
              </label>
              <label className={styles.fileButton}>
                <input type="file" className="visually-hidden" onChange={(e) => void loadFile(e.target.files?.[0])} />
                <span aria-hidden="true">Open a file…</span>
                <span className="visually-hidden">Open a file</span>
              </label>
            </div>
            <details className={styles.paste} open={!file.code.trim()}>
              <summary>{file.code.trim() ? 'Edit the code' : 'Paste your code (or drop a file anywhere here)'}</summary>
              <textarea
                aria-label="Code"
                className={`${styles.codeInput} ${styles.mono}`}
                value={file.code}
                spellCheck={false}
                rows={10}
                placeholder="Paste code here"
                onChange={(e) => dispatch({ type: 'code', code: e.target.value })}
              />
            </details>
            {tooBig ? <p className={styles.problemText}>The code is over the limit: at most {LIMITS.lines} lines and {LIMITS.codeBytes / 1024} KB.</p> : null}
            {highlight.error ? <p className={styles.problemText}>Highlighting failed ({highlight.error}); the code shows plain.</p> : null}
            {shownLines.some((l) => l.trim()) ? (
              <>
                <div className={styles.selectionBar}>
                  <span aria-live="polite">{selected}</span>
                  <button type="button" className={styles.primary} onClick={newStep} disabled={selection.length === 0} aria-keyshortcuts="Alt+N">
                    New step from selection
                  </button>
                </div>
                <CodeLines
                  id="studio-lines"
                  lines={shownLines}
                  tokens={highlight.lines}
                  selection={selection}
                  lit={activeLit}
                  cursor={Math.min(cursor, shownLines.length)}
                  onCursor={setCursor}
                  onSelect={(line, extend) => dispatch(line < 1 ? { type: 'clearSelection' } : { type: 'select', line, extend })}
                />
              </>
            ) : null}
          </section>

          <section aria-labelledby="steps-title">
            <h2 id="steps-title" className={styles.sectionTitle}>
              Steps <span className={styles.count}>{walkthrough.steps.length} of at most {LIMITS.steps}</span>
            </h2>
            {general.length ? (
              <ul className={styles.problems} aria-label="Still to do">
                {general.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            ) : null}
            <ol className={styles.stepList}>
              {walkthrough.steps.map((step, index) => (
                <StepEditor
                  key={index}
                  step={step}
                  index={index}
                  total={walkthrough.steps.length}
                  active={index === active}
                  lit={lit[index] ?? null}
                  problems={found.filter((p) => p.step === index).map((p) => p.message)}
                  hasSelection={selection.length > 0}
                  dispatch={dispatch}
                />
              ))}
            </ol>
          </section>
          <LessonDetails details={details} problems={detailsFound} onChange={setDetails} />
          <Shortcuts />
          <form action="/studio" className={styles.row}>
            <label className={styles.inline}>
              <span>Open a lesson</span>
              <select name="lesson" defaultValue={lessons[0]?.slug}>
                {lessons.map((l) => (
                  <option key={l.slug} value={l.slug}>
                    {l.title}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit">Open as a new draft</button>
          </form>
        </div>

        <div className={styles.side} data-panel="preview">
          <section aria-labelledby="preview-title" className={styles.preview}>
            <h2 id="preview-title" className={styles.sectionTitle}>
              Preview
            </h2>
            <Preview walkthrough={walkthrough} lines={allLines} tokens={highlights.map((h) => h.lines)} lit={lit.map((l) => l ?? [])} active={active} />
          </section>
          <SharePanel
            walkthrough={walkthrough}
            details={details}
            detailsBlocked={Object.keys(detailsFound).length ? `Fix the lesson details first: ${Object.values(detailsFound).join(' ')}` : null}
            blocked={found.length ? `Fix these first: ${found.map((p) => (p.step === undefined ? p.message : `step ${p.step + 1}: ${p.message}`)).join(' ')}` : null} />
        </div>
      </div>
    </div>
  );
}
