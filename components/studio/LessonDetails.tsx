'use client';
// What the `.mdx` download needs beyond the walkthrough: summary, level, tags
// from the site's vocabulary and three takeaways. Each field says what is
// wrong with it right beside it; a blank one is drafted by the exporter.
import { TAGS } from '@/lib/lessons/tags';
import { LEVELS, type Level } from '@/lib/lessons/types';
import { DETAIL_LIMITS, TAG_NAMES, type DetailField, type ExportDetails } from '@/lib/studio/export-details';
import styles from './Studio.module.css';

export interface LessonDetailsProps {
  details: ExportDetails;
  problems: Partial<Record<DetailField, string>>;
  onChange(details: ExportDetails): void;
}

function Problem({ field, text }: { field: DetailField; text: string | undefined }) {
  return text ? (
    <span id={`detail-${field}-problem`} className={styles.problemText} data-error-for={field}>
      {text}
    </span>
  ) : null;
}

/** aria-invalid and the problem as the field's description, when it has one. */
const invalid = (field: DetailField, text: string | undefined) =>
  text ? { 'aria-invalid': true as const, 'aria-describedby': `detail-${field}-problem` } : {};

export function LessonDetails({ details, problems, onChange }: LessonDetailsProps) {
  const set = (patch: Partial<ExportDetails>) => onChange({ ...details, ...patch });
  const toggle = (tag: (typeof TAG_NAMES)[number]) =>
    set({ tags: details.tags.includes(tag) ? details.tags.filter((t) => t !== tag) : TAG_NAMES.filter((t) => t === tag || details.tags.includes(t)) });
  return (
    <section aria-labelledby="details-title" className={styles.details}>
      <h2 id="details-title" className={styles.sectionTitle}>
        Lesson details <span className={styles.count}>for the .mdx download</span>
      </h2>
      <p className={styles.hint}>A lesson file also needs these. Leave one blank and the download drafts it for you to edit.</p>
      <label className={styles.field}>
        <span>
          Summary <span className={styles.count}>{details.summary.trim().length} of {DETAIL_LIMITS.summary} characters</span>
        </span>
        <textarea rows={2} value={details.summary} onChange={(e) => set({ summary: e.target.value })} {...invalid('summary', problems.summary)} />
        <Problem field="summary" text={problems.summary} />
      </label>
      <label className={styles.inline}>
        <span>Level</span>
        <select value={details.level} onChange={(e) => set({ level: e.target.value as Level })}>
          {LEVELS.map((level) => (
            <option key={level}>{level}</option>
          ))}
        </select>
      </label>
      <fieldset className={styles.tags} aria-describedby={problems.tags ? 'detail-tags-problem' : undefined}>
        <legend>
          Tags <span className={styles.count}>{details.tags.length} picked, at most {DETAIL_LIMITS.tags}</span>
        </legend>
        {TAG_NAMES.map((tag) => (
          <label key={tag} className={styles.tag} title={TAGS[tag]}>
            <input type="checkbox" checked={details.tags.includes(tag)} onChange={() => toggle(tag)} />
            {tag}
          </label>
        ))}
        <Problem field="tags" text={problems.tags} />
      </fieldset>
      <fieldset className={styles.takeaways}>
        <legend>Three takeaways: what a reader should keep, a sentence each</legend>
        {details.takeaways.map((text, i) => {
          const field = `takeaway-${i as 0 | 1 | 2}` as const;
          return (
            <label key={field} className={styles.field}>
              <span>Takeaway {i + 1}</span>
              <input
                value={text}
                onChange={(e) => set({ takeaways: details.takeaways.map((t, j) => (j === i ? e.target.value : t)) as ExportDetails['takeaways'] })}
                {...invalid(field, problems[field])}
              />
              <Problem field={field} text={problems[field]} />
            </label>
          );
        })}
      </fieldset>
    </section>
  );
}
