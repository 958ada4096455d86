// Where a code pane scrolls so a step's lines are in view. It works from the
// lit lines' extents in the pane's scroll coordinates, so wrapped lines (of
// different heights) are handled like plain ones.

/** A vertical span in the pane's scroll coordinates, in CSS pixels. */
export interface Extent {
  top: number;
  bottom: number;
}

/**
 * Where the pane should scroll so the lit lines are in view: all of them
 * (`all`) when they fit, else the first run (`first`), else that run's top;
 * null when they are already comfortably in view. `lineHeight` sets the margin.
 */
export function scrollTarget(
  all: Extent,
  first: Extent,
  lineHeight: number,
  { top: seen, view, max }: { top: number; view: number; max: number },
): number | null {
  if (view <= 0 || lineHeight <= 0 || all.bottom <= all.top) return null;
  const margin = Math.min(2 * lineHeight, view / 6);
  const fits = all.bottom - all.top <= view;
  const run = fits ? all : first;
  const height = run.bottom - run.top;
  // When the step's lines do not all fit, its first run goes near the top, so more of the rest shows under it.
  const roomy = fits && height + 2 * margin <= view;
  if (roomy && run.top >= seen + margin && run.bottom <= seen + view - margin) return null;
  // Lines that fit only without the margins: all of them in view is what counts.
  if (fits && !roomy && run.top >= seen && run.bottom <= seen + view) return null;
  // A tall run that already starts near the top stays put.
  if (!fits && run.top >= seen && run.top <= seen + margin) return null;
  // Centred a little above the middle, where the eye rests; a snug fit centred; a tall run starts near the top.
  const wanted = roomy
    ? run.top - (view - height) * 0.4
    : fits
      ? run.top - (view - height) / 2
      : run.top - Math.min(margin, lineHeight / 2);
  const top = Math.max(0, Math.min(max, Math.round(wanted)));
  return Math.abs(top - seen) < 1 ? null : top;
}
