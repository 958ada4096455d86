// What is wrong with a walkthrough, in words, for the studio to show beside
// the step and for a shared page to refuse: the checks a lesson build makes
// (a step that lights nothing, a range past the end) plus the studio's own.
import { displayed, litLines } from './lines-spec';
import { LIMITS, type StudioWalkthrough } from './model';

export interface Problem {
  /** 0-based step, or undefined for the walkthrough as a whole. */
  step?: number;
  message: string;
}

export function problems(walkthrough: StudioWalkthrough): Problem[] {
  const found: Problem[] = [];
  if (!walkthrough.title.trim()) found.push({ message: 'Give the walkthrough a title.' });
  const codes = walkthrough.files.map((file) => displayed(file.code));
  codes.forEach((code, i) => {
    const name = walkthrough.files[i]?.name || `file ${i + 1}`;
    if (!code.ok) found.push({ message: `${name}: ${code.message}` });
    else if (code.code.lines.every((line) => !line.trim())) found.push({ message: `${name} has no code yet: paste or drop some.` });
  });
  if (walkthrough.steps.length === 0) found.push({ message: 'Add a step: select lines, then "New step from selection".' });
  if (walkthrough.steps.length > LIMITS.steps) {
    found.push({ message: `A walkthrough has at most ${LIMITS.steps} steps; this one has ${walkthrough.steps.length}.` });
  }
  walkthrough.steps.forEach((step, index) => {
    if (!step.title.trim()) found.push({ step: index, message: 'This step needs a title.' });
    const code = codes[step.file];
    if (!code) {
      found.push({ step: index, message: 'This step names a file that is not there.' });
      return;
    }
    if (!code.ok) return;
    const lit = litLines(step.lines, code.code);
    if (!lit.ok) found.push({ step: index, message: capitalise(lit.message) });
  });
  return found;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What makes a shared link unreadable: everything but a missing title (the page says "Untitled"). */
export function sharedProblems(walkthrough: StudioWalkthrough): string[] {
  return problems({ ...walkthrough, title: walkthrough.title.trim() || 'untitled' }).map((p) =>
    p.step === undefined ? p.message : `Step ${p.step + 1}: ${p.message}`,
  );
}
