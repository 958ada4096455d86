'use client';
// A word with its meaning in a tip, shown on hover and on keyboard focus.
// WCAG 1.4.13: the tip can be dismissed with Escape without moving the pointer
// or focus, the pointer can move onto it without it vanishing, and it stays
// until the reader leaves or dismisses it.
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import styles from './Term.module.css';

/** The words a reader may not know yet, each in a sentence. */
export const GLOSSARY = {
  iss: 'Issuer: who signed the token. Checked against the one issuer this server trusts.',
  aud: 'Audience: who the token is for. A token for another API is refused here.',
  sub: 'Subject: the user the token speaks for (a user id).',
  jti: 'JWT ID: a unique id per token, so a refresh token can be spent exactly once.',
  iat: 'Issued at: when the token was signed, in seconds since 1970.',
  exp: 'Expires: after this moment (seconds since 1970) the token is refused.',
  nbf: 'Not before: the token is refused until this moment.',
  typ: 'Type, in the header: at+jwt for access tokens, rt+jwt for refresh tokens, so one can never pass for the other.',
  sid: 'Session id: the refresh family this token belongs to. Stateful mode checks that it is still open.',
  family: 'Family: every refresh token issued from one login. Reuse of a spent one revokes them all.',
  rotation: 'Rotation: each refresh spends the refresh token and issues a new one, the next generation.',
} as const;

export type TermName = keyof typeof GLOSSARY;

/** A term with its meaning on hover and on keyboard focus; screen readers get it as the description. */
export function Term({ name, children }: { name: TermName; children?: React.ReactNode }) {
  const id = useId();
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const open = (hovered || focused) && !dismissed;
  const tip = useRef<HTMLSpanElement>(null);

  // A word near the right edge of a phone: move its tip left until it fits on screen.
  useLayoutEffect(() => {
    const el = tip.current;
    if (!open || !el) return;
    el.style.translate = '';
    const over = el.getBoundingClientRect().right - (document.documentElement.clientWidth - 8);
    if (over > 0) el.style.translate = `${-over}px 0`;
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setDismissed(true);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);

  // Leaving both the word and its tip resets the dismissal, so the next visit shows it again.
  const leave = (hover: boolean, focus: boolean) => {
    if (!hover && !focus) setDismissed(false);
  };

  return (
    <span
      className={styles.term}
      data-term-open={open || undefined}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => {
        setHovered(false);
        leave(false, focused);
      }}
    >
      <span
        className={styles.word}
        tabIndex={0}
        aria-describedby={id}
        data-term={name}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          leave(hovered, false);
        }}
      >
        {children ?? name}
      </span>
      <span ref={tip} role="tooltip" id={id} className={styles.tip} hidden={!open}>
        {GLOSSARY[name]}
      </span>
    </span>
  );
}
