'use client';
// The share menu: a disclosure button and a short list of actions — copy the
// lesson's link, a link to this step, the embed code, and the system share
// sheet where there is one. It lives inside a player (it reads the step) on
// the lesson page and in the embed. Escape closes it and returns focus to the
// button; a copy says so on the button and, politely, to screen readers.
import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { ShareLinks } from '@/lib/embed/share';
import { usePlayer, usePlayerStore } from '@/lib/player/context';
import { sharedPathsOf } from '@/lib/studio/paths';
import { copyText } from './copy';
import styles from './ShareMenu.module.css';

type Action = 'lesson' | 'step' | 'embedCode' | 'native';

const DONE: Record<Exclude<Action, 'native'>, string> = {
  lesson: 'Link copied',
  step: 'Step link copied',
  embedCode: 'Embed code copied',
};

/** The link and embed-code builders load when the menu opens: most readers never share. */
const loadBuilders = () => Promise.all([import('@/lib/embed/share'), import('@/lib/embed/params')]);

const hasNativeShare = () => typeof navigator.share === 'function';

export interface ShareMenuProps {
  slug: string;
  title: string;
  /** Inside an embed: the embed code keeps the embed's own autoplay and theme. */
  inEmbed?: boolean;
  /**
   * A shared walkthrough, not a lesson: the paths to share are read from the
   * address bar (`/w/<data>`), which already holds the link's data; as props
   * they would carry that data in the page twice more.
   */
  shared?: boolean;
  className?: string;
}

export function ShareMenu({ slug, title, inEmbed = false, shared = false, className }: ShareMenuProps) {
  const store = usePlayerStore();
  const [open, setOpen] = useState(false);
  // The step shows only while the list is open: a closed menu does not re-render as the player steps.
  const step = usePlayer((s) => (open ? s.step : 0));
  const [status, setStatus] = useState<{ action: Action; text: string } | null>(null);
  // Asked only while open: the server cannot know, and a closed menu then renders the same on both sides.
  const canShare = open && hasNativeShare();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const listId = useId();

  useEffect(() => {
    if (!open) return;
    void loadBuilders();
    list.current?.querySelector('button')?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(null), 2500);
    return () => clearTimeout(timer);
  }, [status]);

  const links = async (): Promise<ShareLinks> => {
    const [{ shareLinks }, { parseEmbedParams }] = await loadBuilders();
    const { step, total } = store.getState();
    const embed = inEmbed ? parseEmbedParams(location.search, total) : undefined;
    const paths = shared ? (sharedPathsOf(location.pathname) ?? undefined) : undefined;
    return shareLinks({ origin: location.origin, slug, title, step, embed, paths });
  };

  const run = async (action: Action) => {
    const all = await links();
    if (action === 'native') {
      const step = store.getState().step;
      try {
        await navigator.share({ title, url: step > 0 ? all.step : all.lesson });
      } catch {
        // Cancelled, or refused by the browser: nothing to report.
      }
      return;
    }
    const ok = await copyText(all[action], root.current ?? undefined);
    setStatus({ action, text: ok ? DONE[action] : 'Could not copy: your browser refused' });
  };

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
      return;
    }
    if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && open) {
      const items = Array.from(list.current?.querySelectorAll('button') ?? []);
      const at = items.indexOf(document.activeElement as HTMLButtonElement);
      const next = items[(at + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length];
      if (next) {
        event.preventDefault();
        next.focus();
      }
    }
  };

  // Tabbing out of the menu closes it. Focus going nowhere (the window lost it, or
  // Safari's click on a button, which does not focus it) is not leaving.
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    const to = event.relatedTarget as Node | null;
    if (open && to && !event.currentTarget.contains(to)) setOpen(false);
  };

  const label = (action: Exclude<Action, 'native'>, text: string) => (status?.action === action ? 'Copied ✓' : text);

  return (
    <div ref={root} className={`${styles.share} ${className ?? ''}`} onKeyDown={onKeyDown} onBlur={onBlur}>
      <button ref={toggle} type="button" className={styles.toggle} aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
          <path d="M12 15V4m0 0L8 8m4-4 4 4M6 12v6.5A1.5 1.5 0 0 0 7.5 20h9a1.5 1.5 0 0 0 1.5-1.5V12" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        Share
      </button>
      <ul id={listId} ref={list} className={styles.list} hidden={!open}>
        <li>
          <button type="button" onClick={() => run('lesson')}>
            {label('lesson', 'Copy link')}
          </button>
        </li>
        <li>
          <button type="button" onClick={() => run('step')}>
            {label('step', `Copy link to step ${step + 1}`)}
          </button>
        </li>
        <li>
          <button type="button" onClick={() => run('embedCode')}>
            {label('embedCode', 'Copy embed code')}
          </button>
        </li>
        {canShare ? (
          <li>
            <button type="button" onClick={() => run('native')}>
              Share…
            </button>
          </li>
        ) : null}
      </ul>
      <p role="status" className="visually-hidden">
        {status?.text ?? ''}
      </p>
    </div>
  );
}
