// Where keyboard focus goes when a control is done with it: the network canvas, so the next
// key (t, f, n, ]) acts on the network instead of typing into a box.

/** The canvas element (it has tabindex=0 and an accessible name that follows the filters). */
export function canvasElement(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[data-testid="graph"]');
}

/** Moves focus to the canvas without scrolling the page; false when there is no canvas. */
export function focusCanvas(): boolean {
  const el = canvasElement();
  if (!el) return false;
  el.focus({ preventScroll: true });
  return document.activeElement === el;
}
