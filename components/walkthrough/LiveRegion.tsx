'use client';
// Tells screen readers where the player went: "Step 3 of 8: Sign the token".
// Silent on first render and when a link's `?step=N` is restored.
import { usePlayer, usePlayerSteps } from '@/lib/player/context';

export function LiveRegion() {
  const steps = usePlayerSteps();
  const step = usePlayer((s) => s.step);
  const quiet = usePlayer((s) => s.origin === 'initial' || s.origin === 'restore');
  const text = quiet ? '' : `Step ${step + 1} of ${steps.length}: ${steps[step]?.title ?? ''}`;
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true" data-live="">
      {text}
    </p>
  );
}
