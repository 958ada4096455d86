// A shared walkthrough in another site's iframe: the lesson embed's layout,
// bridge and share menu, with the credit pointing at the shared page.
import { EmbedBridge } from '@/components/embed/EmbedBridge';
import styles from '@/components/embed/EmbedPlayer.module.css';
import { ShareMenu } from '@/components/share/ShareMenu';
import { Walkthrough } from '@/components/walkthrough';
import type { Lesson } from '@/lib/lessons/types';
import { sharedPath } from '@/lib/studio/shared';

export function SharedEmbed({ lesson, data }: { lesson: Lesson; data: string }) {
  const { slug, title } = lesson.meta;
  return (
    <main className={styles.embed}>
      <h1 className={styles.title}>{title}</h1>
      <Walkthrough lesson={lesson} keyScope="focus" headingLevel={2}>
        <div className={styles.footer}>
          <ShareMenu slug={slug} title={title} inEmbed shared />
          <a className={styles.credit} href={sharedPath(data)} target="_blank" rel="noopener">
            Made with <strong>Stepwise</strong>
            <span className="visually-hidden"> (opens the walkthrough in a new tab)</span>
          </a>
        </div>
        <EmbedBridge />
      </Walkthrough>
    </main>
  );
}
