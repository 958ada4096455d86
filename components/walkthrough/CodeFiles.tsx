// The walkthrough's code: one panel per file, each a code pane. With several
// files the player shows them as tabs and one panel at a time; without
// JavaScript (and in print) every file is shown under its name. A file with
// versions has a pane holding every version's rows (the player switches
// between them) and, for readers without JavaScript, each version in order
// with its changes marked.
import { useId, type CSSProperties } from 'react';
import type { CodeFile, Lesson, VersionChange } from '@/lib/lessons/types';
import { rangesOf } from '@/lib/player/line-ranges';
import { CodePane } from './CodePane';
import { codeHtml } from './code-html';
import { FILES_ATTR, PANEL_ATTR } from './file-panels';
import { FileTabs } from './FileTabs';
import { rowsHtml, versionBlockHtml, versionMoves, versionRanges } from './version-html';
import styles from './CodePane.module.css';
import files from './CodeFiles.module.css';

export interface CodeFilesProps {
  lesson: Lesson;
  /** The step the HTML shows first (0-based). */
  start: number;
  gutter: CSSProperties;
}

/** Where a file starts out: the version of the start step when it is in that file, else of the nearest step in it. */
function initialVersion(lesson: Lesson, file: number, start: number): number {
  const inFile = lesson.steps.filter((step) => step.file === file);
  const at = inFile.find((step) => step.index >= start) ?? inFile.at(-1);
  return at?.version ?? 0;
}

const sourceOf = (file: CodeFile) => file.versions[0]?.source ?? 'inline';

export function CodeFiles({ lesson, start, gutter }: CodeFilesProps) {
  const id = useId();
  const startStep = lesson.steps[start];
  const shown = startStep?.file ?? 0;
  const several = lesson.files.length > 1;
  return (
    <div className={files.files} {...{ [FILES_ATTR]: '' }}>
      {several ? (
        <FileTabs
          id={id}
          className={files.tabs}
          names={lesson.files.map((file) => file.name)}
          titles={lesson.files.map((file) => (sourceOf(file) === 'inline' ? undefined : sourceOf(file)))}
          selected={shown}
        />
      ) : null}
      {lesson.files.map((file, i) => {
        const version = initialVersion(lesson, i, start);
        const lit = new Set(startStep && startStep.file === i ? startStep.lines : []);
        const versioned = file.versions.length > 1;
        const source = sourceOf(file);
        const label = `Code: ${source === 'inline' ? file.name : source}`;
        return (
          <div
            key={file.name}
            className={files.panel}
            {...{ [PANEL_ATTR]: i }}
            {...(several
              ? { id: `${id}-panel-${i}`, role: 'tabpanel', 'aria-labelledby': `${id}-tab-${i}`, 'data-selected': i === shown ? '' : undefined }
              : { 'data-selected': '' })}
          >
            {several ? <p className={files.name}>{source === 'inline' ? file.name : source}</p> : null}
            <CodePane
              className={`${styles.pane} ${versioned ? files.versioned : ''}`}
              label={label}
              style={gutter}
              file={i}
              version={version}
              versions={versioned ? versionRanges(file) : undefined}
              moves={versioned ? versionMoves(file) : undefined}
            >
              <span className={styles.sheet}>
                <span className={styles.bands} data-bands="" aria-hidden="true">
                  {rangesOf([...lit]).map(([from, to]) => (
                    <span key={from} style={{ '--a': from, '--n': to - from + 1 } as CSSProperties} />
                  ))}
                </span>
                <code
                  className={styles.code}
                  dangerouslySetInnerHTML={{ __html: versioned ? rowsHtml(file, version, lit) : codeHtml(file.versions[0]?.lines ?? [], lit) }}
                />
              </span>
            </CodePane>
            {versioned ? <VersionBlocks file={file} lesson={lesson} gutter={gutter} /> : null}
          </div>
        );
      })}
    </div>
  );
}

/** Every version of a file, in order, for reading without JavaScript: "version 2 "verified" (steps 3–4)". */
function VersionBlocks({ file, lesson, gutter }: { file: CodeFile; lesson: Lesson; gutter: CSSProperties }) {
  const index = lesson.files.indexOf(file);
  return (
    <ol className={files.versions} aria-label={`Versions of ${file.name}`}>
      {file.versions.map((version, v) => {
        const steps = lesson.steps.filter((s) => s.file === index && s.version === v).map((s) => s.index + 1);
        const change = version.change;
        return (
          <li key={version.label}>
            <p className={files.versionName}>
              {file.name} · version {v + 1}
              {version.label !== String(v + 1) ? ` “${version.label}”` : ''}
              {steps.length ? ` · step${steps.length > 1 ? 's' : ''} ${steps.join(', ')}` : ''}
              {change ? ` · ${changeSummary(change)}` : ''}
            </p>
            <pre className={`${styles.pane} ${files.block}`} style={gutter} tabIndex={0} aria-label={`${file.name}, version ${v + 1}`}>
              <code className={styles.code} dangerouslySetInnerHTML={{ __html: versionBlockHtml(file, v) }} />
            </pre>
          </li>
        );
      })}
    </ol>
  );
}

/** "3 added, 1 removed, 2 moved": a moved line counts once, as moved. */
function changeSummary({ added, removed, moved }: VersionChange): string {
  const parts = [`${added.length - moved.length} added`, `${removed.length - moved.length} removed`];
  return (moved.length ? [...parts, `${moved.length} moved`] : parts).join(', ');
}
