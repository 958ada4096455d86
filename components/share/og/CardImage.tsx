// The lesson card drawn for next/og (satori): the catalog card's design —
// language and level, a few highlighted lines, title, tags, counts — at
// 1200×630 in the light theme. A step card lights that step's lines and
// numbers them. Satori wants inline styles and `display: flex` on every box.
import type { ReactNode } from 'react';
import type { CardLine } from '@/lib/embed/card';
import { palette } from './palette';

export interface CardImageProps {
  language: string;
  /** The pill at the top right: the level, or "Step 3 of 8" (accent). */
  badge: { text: string; accent?: boolean };
  lines: CardLine[];
  /** Line numbers to light, as the player does (a step card). */
  lit?: ReadonlySet<number>;
  /** Show line numbers (a step's lines start mid-file). */
  numbers?: boolean;
  title: string;
  /** A line under the title: the lesson a step belongs to. */
  subtitle?: string;
  tags: string[];
  counts: string;
}

const LINE_HEIGHT = 34;
const MONO = 'JetBrains Mono';

export interface CodeBoxProps {
  lines: CardLine[];
  lit?: ReadonlySet<number>;
  numbers?: boolean;
  fontSize?: number;
}

/** A code box: one row per line, token colours from the light theme; `lit` lines get the player's band. */
export function CodeBox({ lines, lit, numbers = false, fontSize = 21 }: CodeBoxProps) {
  const digits = String(lines.at(-1)?.number ?? 1).length;
  // JetBrains Mono advances 0.6 em per character.
  const gutter = Math.round((digits + 1.5) * 0.6 * fontSize);
  return (
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        position: 'relative',
        flexGrow: 1,
        flexShrink: 1,
        minHeight: 0,
        overflow: 'hidden',
        padding: '16px 0',
        background: palette.surface,
        border: `2px solid ${palette.border}`,
        borderRadius: 14,
        fontFamily: MONO,
        fontSize,
        color: palette.code,
      }}
    >
      {lines.map((line) => {
        const on = lit?.has(line.number);
        return (
          <div
            key={line.number}
            style={{
              display: 'flex',
              flexShrink: 0,
              height: LINE_HEIGHT,
              alignItems: 'center',
              paddingLeft: numbers ? 8 : 24,
              whiteSpace: 'pre',
              background: on ? palette.lit : 'transparent',
              borderLeft: `5px solid ${on ? palette.litEdge : 'transparent'}`,
            }}
          >
            {numbers ? (
              <span style={{ display: 'flex', justifyContent: 'flex-end', width: gutter, paddingRight: Math.round(0.9 * fontSize), flexShrink: 0, color: on ? palette.text : palette.muted, fontWeight: on ? 600 : 400 }}>
                {String(line.number)}
              </span>
            ) : null}
            {/* Long lines run past the box: runs must not shrink to fit, or they overlap. */}
            {line.runs.map((run, i) => (
              <span key={i} style={{ flexShrink: 0, whiteSpace: 'pre', color: run.color ?? palette.code }}>
                {run.text}
              </span>
            ))}
          </div>
        );
      })}
      {/* A preview, not a listing: the right edge fades instead of cutting words. */}
      <div
        style={{
          position: 'absolute',
          top: 0,
          right: 0,
          bottom: 0,
          width: 140,
          background: `linear-gradient(to right, rgba(255,255,255,0), ${palette.surface})`,
        }}
      />
    </div>
  );
}

/** The page's background with one card on it, as on the catalog. */
export function CardFrame({ children }: { children: ReactNode }) {
  return (
    <div style={{ display: 'flex', width: '100%', height: '100%', padding: 36, background: palette.bg, fontFamily: 'Inter' }}>
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          width: '100%',
          height: '100%',
          padding: '36px 44px 32px',
          background: palette.surface,
          border: `2px solid ${palette.border}`,
          borderRadius: 24,
          boxShadow: '0 6px 24px rgba(20, 20, 30, 0.08)',
        }}
      >
        {children}
      </div>
    </div>
  );
}

/** The site's mark (three rising bars, as in the header) and name. */
export function Brand({ size = 22 }: { size?: number }) {
  return (
    <span style={{ display: 'flex', alignItems: 'center', gap: size * 0.4, fontWeight: 700, fontSize: size, color: palette.accent }}>
      <svg viewBox="0 0 24 24" width={size * 1.1} height={size * 1.1}>
        <rect x="3" y="14" width="5" height="7" rx="1.5" fill={palette.accent} opacity="0.45" />
        <rect x="9.5" y="9" width="5" height="12" rx="1.5" fill={palette.accent} opacity="0.7" />
        <rect x="16" y="3" width="5" height="18" rx="1.5" fill={palette.accent} />
      </svg>
      Stepwise
    </span>
  );
}

export function CardImage({ language, badge, lines, lit, numbers, title, subtitle, tags, counts }: CardImageProps) {
  return (
    <CardFrame>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 22 }}>
          <span style={{ fontFamily: MONO, fontWeight: 600, fontSize: 22, letterSpacing: 1.5, color: palette.muted, textTransform: 'uppercase' }}>
            {language}
          </span>
          <span
            style={{
              padding: '5px 18px',
              borderRadius: 999,
              fontSize: 20,
              fontWeight: 600,
              letterSpacing: 1,
              textTransform: 'uppercase',
              background: badge.accent ? palette.accent : palette.accentSoft,
              color: badge.accent ? palette.onAccent : palette.text,
            }}
          >
            {badge.text}
          </span>
        </div>

        <CodeBox lines={lines} lit={lit} numbers={numbers} />

        <div style={{ display: 'flex', flexDirection: 'column', flexShrink: 0, marginTop: 24 }}>
          <div style={{ display: 'flex', fontSize: 44, fontWeight: 700, lineHeight: 1.15, letterSpacing: -0.8, color: palette.text }}>{title}</div>
          {subtitle ? <div style={{ display: 'flex', marginTop: 8, fontSize: 24, color: palette.muted }}>{subtitle}</div> : null}
        </div>

        <div style={{ display: 'flex', flexShrink: 0, justifyContent: 'space-between', alignItems: 'center', marginTop: 18, fontSize: 22, color: palette.muted }}>
          <div style={{ display: 'flex', gap: 18 }}>
            {tags.map((tag) => (
              <span key={tag}>#{tag}</span>
            ))}
          </div>
          <div style={{ display: 'flex', alignItems: 'center', gap: 18 }}>
            <span>{counts}</span>
            <span style={{ color: palette.border }}>|</span>
            <Brand />
          </div>
        </div>
    </CardFrame>
  );
}
