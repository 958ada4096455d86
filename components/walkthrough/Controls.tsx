'use client';
// Previous, play/pause, next; the progress of the lesson and of autoplay's
// dwell; speed; the key sheet. Every control is a labelled <button>.
import { dwellMs, nextSpeed } from '@/lib/player/dwell';
import { usePlayer, usePlayerStore, usePlayerSteps } from '@/lib/player/context';
import { isRunning } from '@/lib/player/store';
import { Progress } from './Progress';
import styles from './Controls.module.css';

const ICONS = {
  prev: 'M15.5 5.5 9 12l6.5 6.5',
  next: 'M8.5 5.5 15 12l-6.5 6.5',
  play: 'M8 5.2v13.6L19 12Z',
  pause: 'M7.5 5.5h3v13h-3zM13.5 5.5h3v13h-3z',
  replay: 'M5 12a7 7 0 1 0 2.1-5M5 4.5V8h3.5',
} as const;

function Icon({ name }: { name: keyof typeof ICONS }) {
  const filled = name === 'play' || name === 'pause';
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path
        d={ICONS[name]}
        fill={filled ? 'currentColor' : 'none'}
        stroke={filled ? 'none' : 'currentColor'}
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** A ring around Play that empties over the step's dwell: how long until the next step, at a glance. */
function Countdown({ dwell, running }: { dwell: number; running: boolean }) {
  return (
    <svg className={styles.ring} viewBox="0 0 50 50" aria-hidden="true" focusable="false" data-countdown="">
      <circle
        cx="25"
        cy="25"
        r="23"
        pathLength={1}
        style={{ animationDuration: `${dwell}ms`, animationPlayState: running ? 'running' : 'paused' }}
      />
    </svg>
  );
}

export function Controls({ className }: { className?: string }) {
  const store = usePlayerStore();
  const steps = usePlayerSteps();
  const step = usePlayer((s) => s.step);
  const playing = usePlayer((s) => s.playing);
  const running = usePlayer(isRunning);
  const speed = usePlayer((s) => s.speed);
  const sheetOpen = usePlayer((s) => s.sheetOpen);
  const total = steps.length;
  const atStart = step === 0;
  const atEnd = step === total - 1;
  const actions = store.getState();
  const playLabel = playing ? 'Pause' : atEnd && total > 1 ? 'Play from the start' : 'Play';
  const dwell = dwellMs(steps[step]?.words ?? 0, speed);

  return (
    <div className={`${styles.controls} ${className ?? ''}`} role="group" aria-label="Player controls">
      <button
        type="button"
        className={styles.button}
        onClick={actions.prev}
        aria-label="Previous step"
        aria-keyshortcuts="ArrowLeft"
        aria-disabled={atStart || undefined}
      >
        <Icon name="prev" />
      </button>
      <button
        type="button"
        className={`${styles.button} ${styles.play}`}
        onClick={actions.toggle}
        aria-label={playLabel}
        aria-keyshortcuts="Space"
      >
        <Icon name={playing ? 'pause' : atEnd && total > 1 ? 'replay' : 'play'} />
        {playing ? <Countdown key={`${step}:${speed}`} dwell={dwell} running={running} /> : null}
      </button>
      <button
        type="button"
        className={styles.button}
        onClick={actions.next}
        aria-label="Next step"
        aria-keyshortcuts="ArrowRight"
        aria-disabled={atEnd || undefined}
      >
        <Icon name="next" />
      </button>
      <Progress
        className={styles.progress}
        step={step}
        total={total}
        dwell={dwell}
        running={running}
        speed={speed}
      />
      <button
        type="button"
        className={`${styles.button} ${styles.speed}`}
        onClick={() => actions.setSpeed(nextSpeed(speed))}
        aria-label={`Speed ${speed}×`}
      >
        {`${speed}×`}
      </button>
      <button
        type="button"
        className={styles.button}
        onClick={actions.toggleSheet}
        aria-label="Keyboard shortcuts"
        aria-keyshortcuts="?"
        aria-haspopup="dialog"
        aria-expanded={sheetOpen}
      >
        ?
      </button>
    </div>
  );
}
