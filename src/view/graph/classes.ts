// Classes on canvas elements, changed only where they change. cytoscape's toggleClass(cls, on)
// restyles every element it is given, whether its classes changed or not, so a controller that
// sets a class across a network of thousands of elements (filters, timeline, focus) restyled all
// of them on every store change. ESLint forbids toggleClass elsewhere (eslint.config.js).
import type { CollectionReturnValue, SingularElementArgument } from 'cytoscape';

/** Give `ele` the class `cls` or take it away, restyling it only when that is a change. */
export function setClass(ele: SingularElementArgument, cls: string, on: boolean): void {
  if (ele.hasClass(cls) !== on) ele.toggleClass(cls, on);
}

/**
 * The elements of `eles` the filters leave shown. cytoscape's `not('.filtered')` asks, for every
 * element, whether the removed set holds it by making a collection of that one element: a third
 * of a second on a network of 11,000 elements, on every re-fit. ESLint forbids not(selector).
 */
export function notFiltered(eles: CollectionReturnValue): CollectionReturnValue {
  return eles.filter((e) => !e.hasClass('filtered'));
}
