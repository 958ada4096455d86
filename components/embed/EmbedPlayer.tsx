// The embed: the player alone, for other sites' iframes — the lesson's title,
// code, step text, controls and counter, a share menu and a small credit that
// opens the full lesson in a new tab. The URL's options are applied in the
// browser (EmbedBridge), so one static page serves every combination.
import { ShareMenu } from '@/components/share/ShareMenu';
import { Walkthrough } from '@/components/walkthrough';
import { lessonPath } from '@/lib/lesson-urls';
import type { Lesson } from '@/lib/lessons/types';
import { EmbedBridge } from './EmbedBridge';
import styles from './EmbedPlayer.module.css';

export function EmbedPlayer({ lesson }: { lesson: Lesson }) {
  const { slug, title } = lesson.meta;
  return (
    <main className={styles.embed}>
      <h1 className={styles.title}>{title}</h1>
      <Walkthrough lesson={lesson} keyScope="focus" headingLevel={2}>
        <div className={styles.footer}>
          <ShareMenu slug={slug} title={title} inEmbed />
          <a className={styles.credit} href={lessonPath(slug)} target="_blank" rel="noopener">
            Explained by <strong>Stepwise</strong>
            <span className="visually-hidden"> (opens the full lesson in a new tab)</span>
          </a>
        </div>
        <EmbedBridge />
      </Walkthrough>
    </main>
  );
}
