import { siteCardImage } from '@/components/share/og/cards';
import { CARD_SIZE } from '@/components/share/og/palette';
import { catalogCard } from '@/components/share/og/site-cards';
import { getAllLessons } from '@/lib/lessons';

// The catalog's card (lesson pages have their own).
export const alt = 'Stepwise: interactive explainers that walk through real code one step at a time';
export const size = CARD_SIZE;
export const contentType = 'image/png';

export default async function Image() {
  return siteCardImage(catalogCard(await getAllLessons()));
}
