import { sharedCardImage } from '@/components/studio/shared-card';
import { CARD_SIZE } from '@/components/share/og/palette';
import { loadShared } from '@/lib/studio/shared';

// The shared walkthrough's card, in the lesson-card design, drawn from the link alone.
export const alt = 'The walkthrough card: language, the first lines of its code, title, and its size in lines and steps';
export const size = CARD_SIZE;
export const contentType = 'image/png';

export default async function Image({ params }: { params: Promise<{ data: string }> }) {
  const shared = await loadShared((await params).data);
  if (!shared.ok) return new Response('Bad walkthrough link', { status: 400 });
  return sharedCardImage(shared.lesson);
}
