// A shared walkthrough (`/w/<data>`): the lesson page's header and player,
// read-only, with a plain note that someone else wrote it and a way to open
// it in the studio. Everything shown came from the link; React escapes it all.
import Link from 'next/link';
import { ShareMenu } from '@/components/share/ShareMenu';
import { Walkthrough } from '@/components/walkthrough';
import type { Lesson } from '@/lib/lessons/types';
import { plural } from '@/lib/sandbox-client/words';
import styles from './SharedPage.module.css';

export function SharedPage({ lesson, data, initialStep = 0 }: { lesson: Lesson; data: string; initialStep?: number }) {
  const { meta } = lesson;
  return (
    <article className={styles.page}>
      <header className={styles.header}>
        <p className={styles.meta}>
          <span className={styles.language}>{meta.languageLabel}</span>
          <span aria-hidden="true">·</span>
          <span>
            {plural(meta.lineCount, 'line')} · {plural(meta.stepCount, 'step')}
          </span>
          <span aria-hidden="true">·</span>
          <span>Shared walkthrough</span>
        </p>
        <h1 className={styles.title}>{meta.title}</h1>
        <p className={styles.note}>
          Made by someone with the Stepwise studio and carried whole in this link: nobody here has reviewed it.{' '}
          <Link href={`/studio#${data}`} prefetch={false}>Open a copy in the studio</Link> to change it.
        </p>
      </header>
      <Walkthrough lesson={lesson} keyScope="page" syncUrl initialStep={initialStep}>
        <ShareMenu slug={meta.slug} title={meta.title} shared />
      </Walkthrough>
    </article>
  );
}
