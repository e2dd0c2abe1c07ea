// Our own notes on a canvas or an element (the view was moved, the zoom labels were culled at,
// the layout last run...). Cytoscape's setter `cy.scratch(key, value)` restyles every element of
// the canvas after writing (its scratch is declared with updateStyle), which on a network of
// 10,000 elements is a full style pass, and the camera notes are written on every pan and zoom
// step. The notes live in the same scratch object, written without that pass; reading them with
// `cy.scratch(key)` (the browser tests do) is unchanged. ESLint forbids the two-argument setter
// elsewhere (eslint.config.js).
import type { Core, NodeSingular } from 'cytoscape';

/** Write `value` under `key` in the scratch of a canvas or an element, without a restyle. */
export function setScratch(target: Core | NodeSingular, key: string, value: unknown): void {
  (target.scratch() as Record<string, unknown>)[key] = value;
}
