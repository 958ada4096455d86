'use client';
// Guided scenarios. The list links each one as /sandbox?scenario=<name>; the
// guide reads that parameter, starts the scenario (a fresh sandbox with its
// settings) and then shows one step at a time in a bar fixed to the bottom of
// the screen: a sentence or two, one button, and the panel to look at outlined.
import { useEffect, useRef, type MouseEvent } from 'react';
import { scenarioPath } from '@/lib/lesson-urls';
import { useSandbox, useSandboxActions } from '@/lib/sandbox-client/context';
import type { Look } from '@/lib/sandbox-client/types';
import { findScenario, SCENARIOS } from '@/sandbox/scenarios';
import { bringIntoView } from './useReveal';
import styles from './Guide.module.css';
import ui from './ui.module.css';

/** The panel each look outlines, and what to bring into view once the step has run. */
const LOOK: Record<Look, { panel: string; target: string }> = {
  login: { panel: 'login', target: '[data-outcome="login"]' },
  wire: { panel: 'wire', target: '#wire' },
  tokens: { panel: 'inspector', target: '#inspector' },
  clock: { panel: 'clock', target: '[data-outcome="clock"]' },
  family: { panel: 'family', target: '#family' },
  replay: { panel: 'replay', target: '[data-outcome="replay"]' },
  lab: { panel: 'tamper', target: '[data-lab-result]' },
  settings: { panel: 'settings', target: '#settings' },
  timeline: { panel: 'timeline', target: '#timeline' },
};

const scenarioInUrl = () => new URLSearchParams(window.location.search).get('scenario');

export function ScenarioLinks() {
  const { startScenario } = useSandboxActions();
  function open(event: MouseEvent<HTMLAnchorElement>, name: string) {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    window.history.pushState(null, '', scenarioPath(name));
    void startScenario(name);
  }
  return (
    <ul className={styles.links}>
      {SCENARIOS.map((s) => (
        <li key={s.name}>
          <a href={scenarioPath(s.name)} onClick={(e) => open(e, s.name)} data-scenario-link={s.name}>
            {s.title}
          </a>{' '}
          <span className={ui.note}>
            {s.summary} {s.steps.length} steps.
          </span>
        </li>
      ))}
    </ul>
  );
}

export function Guide() {
  const progress = useSandbox((s) => s.scenario);
  const look = useSandbox((s) => s.look);
  const { startScenario, runStep, leaveScenario } = useSandboxActions();
  const button = useRef<HTMLButtonElement>(null);
  const scenario = findScenario(progress?.name);

  // The URL opens a scenario, and so do Back and Forward.
  useEffect(() => {
    const follow = () => {
      const name = scenarioInUrl();
      if (name) void startScenario(name);
      else leaveScenario();
    };
    follow();
    window.addEventListener('popstate', follow);
    return () => window.removeEventListener('popstate', follow);
  }, [startScenario, leaveScenario]);

  // Outline the panel to look at.
  useEffect(() => {
    const panel = look ? document.getElementById(LOOK[look].panel) : null;
    panel?.setAttribute('data-look', 'true');
    return () => panel?.removeAttribute('data-look');
  }, [look]);

  // After a step has run, bring what it changed into view.
  const step = progress?.step ?? 0;
  const running = progress?.running ?? false;
  useEffect(() => {
    if (!look || running || step === 0) return;
    const target = document.querySelector(LOOK[look].target) ?? document.getElementById(LOOK[look].panel);
    if (target) bringIntoView(target);
  }, [look, step, running]);

  useEffect(() => {
    if (progress && !progress.running) button.current?.focus({ preventScroll: true });
  }, [progress]);

  if (!progress || !scenario) return null;
  const current = scenario.steps[progress.step];
  const done = !current;

  function leave() {
    leaveScenario();
    window.history.pushState(null, '', '/sandbox');
  }

  return (
    <>
      <div className={styles.spacer} aria-hidden="true" />
      <section className={styles.guide} aria-label={`Scenario: ${scenario.title}`} data-guide={scenario.name} data-step={progress.step} data-guide-running={progress.running || undefined}>
        <p className={styles.where}>
          <strong>{scenario.title}</strong>{' '}
          <span className={ui.muted}>{done ? `· all ${scenario.steps.length} steps done` : `· step ${progress.step + 1} of ${scenario.steps.length}`}</span>
        </p>
        <p className={styles.say} aria-live="polite">
          {done ? 'Done. Look back over the timeline, change a setting and run it again, or pick another scenario from the list above.' : current.say}
        </p>
        <div className={styles.actions}>
          {done ? null : (
            <button ref={button} type="button" className={ui.primary} onClick={() => void runStep()} disabled={progress.running} data-scenario-step={progress.step + 1}>
              {progress.running ? 'Working…' : current.button}
            </button>
          )}
          <button type="button" className={ui.small} onClick={leave}>
            {done ? 'Close' : 'Leave the scenario'}
          </button>
        </div>
      </section>
    </>
  );
}
