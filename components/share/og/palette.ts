// The light theme's tokens (app/globals.css), for images drawn outside CSS.
export const palette = {
  bg: '#f7f6f3',
  surface: '#ffffff',
  surface2: '#f0eee9',
  text: '#1b1c20',
  muted: '#575b66',
  border: '#dfdcd5',
  accent: '#3f3bc1',
  accentSoft: '#e9e8fb',
  onAccent: '#ffffff',
  lit: 'rgba(255, 196, 0, 0.2)',
  litEdge: '#b45309',
  /** Plain code text: CODE_THEMES' light foreground. */
  code: '#1f2328',
} as const;

export const CARD_SIZE = { width: 1200, height: 630 } as const;
