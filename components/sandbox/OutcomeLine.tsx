'use client';
// The page's one current answer, shown in the panel whose button asked for it.
import type { ReactNode } from 'react';
import { useSandbox } from '@/lib/sandbox-client/context';
import type { Where } from '@/lib/sandbox-client/store';
import { AnswerLine } from './AnswerLine';
import { useReveal } from './useReveal';

export function OutcomeLine({ where, extra }: { where: Where; extra?: (retryUntil: number) => ReactNode }) {
  const outcome = useSandbox((s) => (s.outcome?.where === where ? s.outcome : null));
  const ref = useReveal<HTMLDivElement>(outcome?.id ?? null);
  return (
    <div ref={ref} data-outcome={where}>
      {outcome ? <AnswerLine answer={outcome.answer} extra={outcome.retryUntil && extra ? extra(outcome.retryUntil) : null} /> : null}
    </div>
  );
}
