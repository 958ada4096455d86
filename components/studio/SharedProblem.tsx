// What a broken `/w/…` link shows (with status 400): what is wrong, in words,
// and where to go instead. No part of the link is echoed back.
import Link from 'next/link';
import styles from './SharedProblem.module.css';

export function SharedProblem({ reasons }: { reasons: string[] }) {
  return (
    <section className={styles.problem} aria-labelledby="problem-title">
      <p className={styles.code}>400 · Bad link</p>
      <h1 id="problem-title">This walkthrough link cannot be read</h1>
      <ul>
        {reasons.slice(0, 5).map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <p>
        Ask whoever shared it for the whole link, or <Link href="/studio">make a walkthrough of your own</Link>.
      </p>
    </section>
  );
}
