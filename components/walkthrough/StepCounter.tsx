'use client';
// "STEP 03 / 08" for the eye; "Step 3 of 8" for a screen reader.
import { usePlayer, usePlayerSteps } from '@/lib/player/context';

/** "03": a 1-based number padded to the width of the total (at least two digits). */
const padded = (n: number, total: number): string => String(n).padStart(Math.max(2, String(total).length), '0');

export function StepCounter({ className }: { className?: string }) {
  const step = usePlayer((s) => s.step);
  const total = usePlayerSteps().length;
  return (
    <span className={className} data-counter="">
      <span aria-hidden="true">{`STEP ${padded(step + 1, total)} / ${padded(total, total)}`}</span>
      <span className="visually-hidden">{`Step ${step + 1} of ${total}`}</span>
    </span>
  );
}
