'use client';
// The embed's link to the page that frames it (lib/embed/messages.ts): it
// applies the URL's options on load, posts the document's height and the step,
// and obeys goto/play/pause from its parent window only. It also makes sure a
// click anywhere in the frame lets the keys work — without ever taking focus
// on its own, so the host page keeps whatever the reader was doing.
import { useEffect } from 'react';
import { GOTO, PAUSE, PLAY, readHostMessage, resizeMessage, stepMessage, type EmbedMessage } from '@/lib/embed/messages';
import { parseEmbedParams, shouldAutoplay } from '@/lib/embed/params';
import { usePlayerStore } from '@/lib/player/context';
import { PLAYER_ATTR } from '@/lib/player/key-listener';
import { prefersReducedMotion } from '@/lib/player/motion';

export function EmbedBridge() {
  const store = usePlayerStore();

  useEffect(() => {
    const player = document.querySelector<HTMLElement>(`[${PLAYER_ATTR}]`);
    const { total } = store.getState();
    const params = parseEmbedParams(location.search, total);
    if (params.step !== null) store.getState().goto(params.step, 'restore');
    if (shouldAutoplay(params, total, prefersReducedMotion())) store.getState().play();

    const parent = window.parent !== window ? window.parent : null;
    // Heights and step numbers are no secret: any framing page may read them.
    const post = (message: EmbedMessage) => parent?.postMessage(message, '*');

    post(stepMessage(store.getState().step, total));
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.step !== prev.step) post(stepMessage(s.step, s.total));
    });

    const onMessage = (event: MessageEvent) => {
      if (!parent || event.source !== parent) return;
      const message = readHostMessage(event.data);
      const state = store.getState();
      if (message?.type === GOTO) state.goto(message.step - 1);
      else if (message?.type === PLAY) state.play();
      else if (message?.type === PAUSE) state.pause();
    };
    window.addEventListener('message', onMessage);

    let height = -1;
    const measure = () => {
      const now = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (now !== height) post(resizeMessage((height = now)));
    };
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    measure();

    // A click that landed on nothing focusable leaves focus on <body>, where the
    // player's keys (scoped to it) would not hear; hand it to the player. This
    // only moves focus inside the frame, after the reader chose the frame.
    if (player && !player.hasAttribute('tabindex')) player.setAttribute('tabindex', '-1');
    const claim = () => {
      if (player && (document.activeElement === document.body || document.activeElement === null)) player.focus({ preventScroll: true });
    };
    document.addEventListener('click', claim);
    window.addEventListener('focus', claim);

    return () => {
      unsubscribe();
      window.removeEventListener('message', onMessage);
      observer.disconnect();
      document.removeEventListener('click', claim);
      window.removeEventListener('focus', claim);
    };
  }, [store]);

  return null;
}
