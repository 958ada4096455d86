// Every problem with a lesson becomes one LessonError whose message names the
// file, the step when there is one, and the reason:
//   content/x.mdx: step 3 "Sign the token": lines 50-52 are past the end (48 lines)
// `code` is stable so tests and tools can branch on it; the wording may improve.

export type LessonErrorCode =
  | 'frontmatter-missing'
  | 'frontmatter-yaml'
  | 'unknown-field'
  | 'missing-field'
  | 'invalid-field'
  | 'takeaways-count'
  | 'unknown-language'
  | 'language-mismatch'
  | 'mdx-syntax'
  | 'esm-not-allowed'
  | 'unexpected-content'
  | 'no-code'
  | 'two-code-sources'
  | 'file-unnamed'
  | 'duplicate-version'
  | 'unknown-file'
  | 'unknown-version'
  | 'code-attribute'
  | 'src-outside-repo'
  | 'src-not-found'
  | 'no-steps'
  | 'step-attribute'
  | 'step-no-title'
  | 'step-no-lines'
  | 'step-no-text'
  | 'lines-syntax'
  | 'lines-zero'
  | 'lines-reversed'
  | 'lines-past-end'
  | 'lines-empty'
  | 'unknown-region'
  | 'empty-region'
  | 'regex-invalid'
  | 'regex-no-match'
  | 'region-unclosed'
  | 'region-unopened'
  | 'region-duplicate'
  | 'region-unnamed'
  | 'expression-not-allowed'
  | 'unknown-component'
  | 'step-compile'
  | 'unknown-related'
  | 'related-self'
  | 'duplicate-slug'
  | 'course-unknown-lesson'
  | 'course-shared-lesson'
  | 'course-empty'
  | 'course-invalid';

/** Where in a lesson a problem is: the 0-based step index and its title. */
export interface StepRef {
  index: number;
  title: string;
}

export class LessonError extends Error {
  override name = 'LessonError';

  constructor(
    readonly code: LessonErrorCode,
    /** The reason alone, without file or step. */
    readonly reason: string,
    /** Repo-relative path of the lesson, e.g. `content/x.mdx`. */
    readonly file?: string,
    readonly step?: StepRef,
  ) {
    super(formatMessage(reason, file, step));
  }

  /** The same problem, placed in a file (and step): pure helpers throw without context. */
  in(file: string, step?: StepRef): LessonError {
    return new LessonError(this.code, this.reason, this.file ?? file, this.step ?? step);
  }
}

function formatMessage(reason: string, file?: string, step?: StepRef): string {
  const where = step ? `step ${step.index + 1} "${step.title}": ` : '';
  return file ? `${file}: ${where}${reason}` : `${where}${reason}`;
}
