// The lesson as segments, one per step: done, current, to come. While autoplay
// runs, the current one fills over the step's dwell: a CSS animation, paused
// with the player, restarted only when the step or the speed changes.
import type { CSSProperties } from 'react';
import styles from './Controls.module.css';

export interface ProgressProps {
  className?: string;
  step: number;
  total: number;
  /** The current step's dwell, in ms, at the current speed. */
  dwell: number;
  running: boolean;
  speed: number;
}

export function Progress({ className, step, total, dwell, running, speed }: ProgressProps) {
  const fill: CSSProperties = { animationDuration: `${dwell}ms`, animationPlayState: running ? 'running' : 'paused' };
  return (
    <span className={className} style={{ '--steps': total } as CSSProperties} aria-hidden="true">
      {Array.from({ length: total }, (_, i) => (
        <span key={i} className={styles.segment} data-state={i < step ? 'done' : i === step ? 'now' : undefined}>
          {i === step ? <span key={`${step}:${speed}`} className={styles.fill} style={fill} data-fill="" /> : null}
        </span>
      ))}
    </span>
  );
}
