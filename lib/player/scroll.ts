// Where a code pane scrolls so a step's lines are in view, from line geometry
// alone (all lines share one height), so it can be worked out without layout.

/**
 * Where the pane should scroll so the lit lines are in view: all of them when
 * they fit, else the first run; null when they are already comfortably in view.
 * `origin` is line 1's top in the pane's scroll coordinates.
 */
export function scrollTarget(
  ranges: readonly [number, number][],
  origin: number,
  lineHeight: number,
  { top: seen, view, max }: { top: number; view: number; max: number },
): number | null {
  const head = ranges[0];
  const tail = ranges.at(-1);
  if (!head || !tail || view <= 0 || lineHeight <= 0) return null;
  const at = (line: number) => origin + (line - 1) * lineHeight;
  const margin = Math.min(2 * lineHeight, view / 6);
  const all = { top: at(head[0]), bottom: at(tail[1] + 1) };
  const run = all.bottom - all.top + 2 * margin <= view ? all : { top: at(head[0]), bottom: at(head[1] + 1) };
  const height = run.bottom - run.top;
  const roomy = height + 2 * margin <= view;
  if (roomy && run.top >= seen + margin && run.bottom <= seen + view - margin) return null;
  // Centred a little above the middle, where the eye rests; a tall run starts near the top.
  const wanted = roomy ? run.top - (view - height) * 0.4 : run.top - margin;
  const top = Math.max(0, Math.min(max, Math.round(wanted)));
  return Math.abs(top - seen) < 1 ? null : top;
}
