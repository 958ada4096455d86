import { siteCardImage } from '@/components/share/og/cards';
import { CARD_SIZE } from '@/components/share/og/palette';
import { sandboxCard } from '@/components/share/og/site-cards';

// The sandbox's card.
export const alt = 'The Stepwise sandbox: a JWT session timeline with a token signed, verified, expired and rotated';
export const size = CARD_SIZE;
export const contentType = 'image/png';

export default async function Image() {
  return siteCardImage(sandboxCard());
}
