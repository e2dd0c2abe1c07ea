// Where focus goes when the control that had it is about to disappear (a removed filter chip, a
// "Show all" button that hides itself): the next of its kind, else the previous, else a fallback
// that stays, so focus never drops to the page body.

/** Call before `el` is removed: moves focus to a sibling matching `selector`, else to `fallback`. */
export function focusAfterRemoval(
  el: HTMLElement,
  selector: string,
  fallback: () => HTMLElement | null | undefined,
): void {
  const parent = el.parentElement;
  const peers = parent ? [...parent.querySelectorAll<HTMLElement>(selector)] : [];
  const at = peers.indexOf(el);
  const next = peers[at + 1] ?? peers[at - 1];
  (next && next !== el ? next : fallback())?.focus({ preventScroll: true });
}
