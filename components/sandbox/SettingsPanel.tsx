'use client';
// Mode and durations for this sandbox, validated by the server (its 400 names
// a field, and the words show beside it); "Saved" when it took; and a reset.
import { useState, type FormEvent } from 'react';
import { useSandbox, useSandboxActions } from '@/lib/sandbox-client/context';
import { duration } from '@/lib/sandbox-client/times';
import type { DurationSetting, SandboxState, Settings } from '@/lib/sandbox-client/types';
import { SETTING_LABELS } from '@/lib/sandbox-client/words';
import styles from './SettingsPanel.module.css';
import ui from './ui.module.css';

const DURATIONS: { name: DurationSetting; label: string; hint: string }[] = [
  { name: 'accessTtl', label: SETTING_LABELS.accessTtl, hint: 'How long a signed access token is accepted.' },
  { name: 'refreshTtl', label: SETTING_LABELS.refreshTtl, hint: 'Each rotation issues a refresh token this long-lived.' },
  { name: 'idleTimeout', label: SETTING_LABELS.idleTimeout, hint: 'The session ends when not refreshed for this long.' },
  { name: 'absoluteTimeout', label: SETTING_LABELS.absoluteTimeout, hint: 'The session ends this long after login, however active.' },
];

function SettingsForm({ settings, bounds, loggedIn }: { settings: Settings; bounds: SandboxState['bounds']; loggedIn: boolean }) {
  const [mode, setMode] = useState(settings.mode);
  const [values, setValues] = useState(() => Object.fromEntries(DURATIONS.map((d) => [d.name, String(settings[d.name])])) as Record<DurationSetting, string>);
  const failure = useSandbox((s) => s.settingsFailure);
  const saved = useSandbox((s) => s.settingsSaved);
  const { saveSettings } = useSandboxActions();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Sent as typed (numbers when they parse): the server is the one that validates.
    const patch: Record<string, unknown> = { mode };
    for (const { name } of DURATIONS) {
      const raw = values[name].trim();
      patch[name] = raw !== '' && Number.isFinite(Number(raw)) ? Number(raw) : raw;
    }
    void saveSettings(patch as Partial<Settings>);
  }

  const errorFor = (name: string) => (failure?.field === name ? failure.message : null);
  const generalError = failure && !failure.field ? failure.message : null;

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label="Sandbox settings">
      <fieldset className={styles.modes} aria-describedby={errorFor('mode') ? 'settings-mode-error' : undefined}>
        <legend>Mode</legend>
        <label>
          <input type="radio" name="mode" value="stateless" checked={mode === 'stateless'} onChange={() => setMode('stateless')} /> Stateless
          <span className={styles.hint}> — logout clears the cookie, but a copied access token works until its exp</span>
        </label>
        <label>
          <input type="radio" name="mode" value="stateful" checked={mode === 'stateful'} onChange={() => setMode('stateful')} /> Stateful
          <span className={styles.hint}> — the server keeps a session record: logout and reuse detection revoke at once</span>
        </label>
        {errorFor('mode') ? (
          <p id="settings-mode-error" className={styles.error}>
            <span aria-hidden="true">✗ </span>
            {errorFor('mode')}
          </p>
        ) : null}
      </fieldset>
      <div className={styles.durations}>
        {DURATIONS.map(({ name, label, hint }) => {
          const [min, max] = bounds[name];
          const error = errorFor(name);
          return (
            <div key={name} className={styles.field}>
              <label htmlFor={`setting-${name}`}>{label} (seconds)</label>
              <input
                id={`setting-${name}`}
                name={name}
                inputMode="numeric"
                value={values[name]}
                onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
                aria-invalid={error ? true : undefined}
                aria-describedby={`setting-${name}-hint${error ? ` setting-${name}-error` : ''}`}
              />
              <span id={`setting-${name}-hint`} className={styles.hint}>
                {hint} {duration(min)} to {duration(max)}.
              </span>
              {error ? (
                <span id={`setting-${name}-error`} className={styles.error} data-error-for={name}>
                  <span aria-hidden="true">✗ </span>
                  {error}
                </span>
              ) : null}
            </div>
          );
        })}
      </div>
      {generalError ? <p className={styles.error}>{generalError}</p> : null}
      <p className={styles.actions}>
        <button type="submit" className={ui.primary}>
          Save settings
        </button>
        <span className={saved ? ui.ok : ui.note} role="status" data-saved={saved || undefined}>
          {saved ? (
            <>
              <span aria-hidden="true">✓</span> Saved.{loggedIn ? ' Log in again (or refresh) to get tokens made with them.' : ' The next login uses them.'}
            </>
          ) : (
            'They apply to tokens issued from now on.'
          )}
        </span>
      </p>
    </form>
  );
}

export function SettingsPanel() {
  const settings = useSandbox((s) => s.state?.settings ?? null);
  const bounds = useSandbox((s) => s.state?.bounds ?? null);
  const loggedIn = useSandbox((s) => s.state?.cookies.access != null);
  const { reset } = useSandboxActions();
  return (
    <>
      {settings && bounds ? <SettingsForm key={JSON.stringify(settings)} settings={settings} bounds={bounds} loggedIn={loggedIn} /> : <p className={ui.note}>Reading the settings…</p>}
      <div className={styles.reset}>
        <button type="button" className={ui.danger} onClick={() => void reset()}>
          Reset the sandbox
        </button>
        <span className={ui.note}>A new sandbox: default settings, real-time clock, empty timeline; this session is revoked.</span>
      </div>
    </>
  );
}
