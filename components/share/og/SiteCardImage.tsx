// The site's own cards (catalog, sandbox): the lesson card's frame with a
// headline beside a small picture of what the page holds.
import type { CardLine } from '@/lib/embed/card';
import { Brand, CardFrame, CodeBox } from './CardImage';
import { palette } from './palette';

export interface SiteCardImageProps {
  eyebrow: string;
  title: string;
  lead: string;
  /** Small labels under the lead: languages, flows. */
  chips: string[];
  /** The picture: a few code-like lines; `lit` lines get the player's band. */
  lines: CardLine[];
  lit?: ReadonlySet<number>;
  numbers?: boolean;
  footer: string;
}

export function SiteCardImage({ eyebrow, title, lead, chips, lines, lit, numbers, footer }: SiteCardImageProps) {
  return (
    <CardFrame>
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 26 }}>
        <Brand size={26} />
        <span style={{ fontFamily: 'JetBrains Mono', fontWeight: 600, fontSize: 20, letterSpacing: 1.5, color: palette.muted, textTransform: 'uppercase' }}>
          {eyebrow}
        </span>
      </div>
      <div style={{ display: 'flex', flexGrow: 1, minHeight: 0, gap: 40 }}>
        <div style={{ display: 'flex', flexDirection: 'column', width: 470, flexShrink: 0 }}>
          <div style={{ display: 'flex', fontSize: 50, fontWeight: 700, lineHeight: 1.1, letterSpacing: -1, color: palette.text }}>{title}</div>
          <div style={{ display: 'flex', marginTop: 20, fontSize: 25, lineHeight: 1.4, color: palette.muted }}>{lead}</div>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 10, marginTop: 'auto' }}>
            {chips.map((chip) => (
              <span key={chip} style={{ padding: '5px 16px', borderRadius: 999, fontSize: 19, fontWeight: 600, background: palette.accentSoft, color: palette.text }}>
                {chip}
              </span>
            ))}
          </div>
        </div>
        <div style={{ display: 'flex', width: 526, flexShrink: 0, overflow: 'hidden' }}>
          <CodeBox lines={lines} lit={lit} numbers={numbers} fontSize={19} />
        </div>
      </div>
      <div style={{ display: 'flex', marginTop: 20, fontSize: 21, color: palette.muted }}>{footer}</div>
    </CardFrame>
  );
}
