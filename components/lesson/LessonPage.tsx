import Link from 'next/link';
import { CardGrid } from '@/components/catalog/CardGrid';
import { ShareMenu } from '@/components/share/ShareMenu';
import { Walkthrough } from '@/components/walkthrough';
import { filterHref, readingMinutes, shownTags } from '@/lib/catalog';
import { getCoursePlace, getLesson } from '@/lib/lessons';
import { scenarioPath } from '@/lib/lesson-urls';
import type { Lesson } from '@/lib/lessons/types';
import { findScenario } from '@/sandbox/scenarios';
import { CourseNav, CoursePlaceLine } from './CourseNav';
import { InlineCode } from './InlineCode';
import styles from './LessonPage.module.css';
import { ResumeOffer } from './ResumeOffer';

/** `initialStep` (0-based): a shared step link opens there (the step page, app/(site)/explainers/[slug]/step/[n]). */
export async function LessonPage({ lesson, initialStep = 0 }: { lesson: Lesson; initialStep?: number }) {
  const { meta } = lesson;
  const related = (await Promise.all(meta.related.map((slug) => getLesson(slug)))).filter((l): l is Lesson => l !== null);
  const place = await getCoursePlace(meta.slug);
  const scenario = meta.sandbox ? findScenario(meta.sandbox) : undefined;
  const [previous, next] = await Promise.all([place?.previous, place?.next].map((slug) => (slug ? getLesson(slug) : null)));
  return (
    <article className={styles.page}>
      <header className={styles.header}>
        {place ? <CoursePlaceLine place={place} /> : null}
        <p className={styles.meta}>
          <span className={styles.language}>{meta.languageLabel}</span>
          <span aria-hidden="true">·</span>
          <Link href={filterHref({}, 'level', meta.level.toLowerCase())} prefetch={false}>{meta.level}</Link>
          <span aria-hidden="true">·</span>
          <span>
            {meta.stepCount} steps · {readingMinutes(lesson.steps)} min read
          </span>
        </p>
        <h1 className={styles.title}>{meta.title}</h1>
        <p className={styles.summary}>{meta.summary}</p>
      </header>

      <div className={styles.player}>
        <Walkthrough lesson={lesson} keyScope="page" syncUrl initialStep={initialStep}>
          <ShareMenu slug={meta.slug} title={meta.title} />
          <ResumeOffer slug={meta.slug} />
        </Walkthrough>
      </div>

      <section aria-labelledby="takeaways" className={styles.section}>
        <h2 id="takeaways">Three takeaways</h2>
        <ol className={styles.takeaways}>
          {meta.takeaways.map((takeaway) => (
            <li key={takeaway}>
              <InlineCode text={takeaway} />
            </li>
          ))}
        </ol>
        {scenario ? (
          <p className={styles.tryIt}>
            <Link href={scenarioPath(scenario.name)} prefetch={false} data-try-it={scenario.name}>
              Try it in the sandbox: {scenario.title} →
            </Link>
          </p>
        ) : null}
        {/* Down here rather than in the header: the header stays short enough for the player to open half on screen (and take the keys). */}
        <ul className={styles.tags} aria-label="Tags">
          {shownTags(meta).map((tag) => (
            <li key={tag}>
              <Link href={filterHref({}, 'tag', tag.toLowerCase())} prefetch={false}>#{tag}</Link>
            </li>
          ))}
        </ul>
      </section>

      {place ? <CourseNav place={place} previous={previous?.meta} next={next?.meta} /> : null}

      {related.length > 0 ? (
        <section aria-labelledby="related" className={styles.section}>
          <h2 id="related">Related explainers</h2>
          <CardGrid lessons={related} headingLevel={3} />
        </section>
      ) : null}
    </article>
  );
}
