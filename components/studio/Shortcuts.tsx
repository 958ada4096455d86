// The studio's keys, listed where people look for them.
import styles from './Studio.module.css';

const KEYS: [string, string][] = [
  ['↑ ↓, Shift+↑ ↓', 'in the code: move, extend the selection'],
  ['Space or Enter', 'in the code: select the line (Shift: extend)'],
  ['Alt+N', 'new step from the selected lines'],
  ['Alt+↓ / Alt+↑', 'next / previous step'],
  ['Alt+Shift+↓ / ↑', 'move the step down / up'],
  ['Alt+P', 'switch between editing and the preview (phones)'],
];

export function Shortcuts() {
  return (
    <details className={styles.shortcuts}>
      <summary>Keyboard shortcuts</summary>
      <dl>
        {KEYS.map(([keys, does]) => (
          <div key={keys}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{does}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
