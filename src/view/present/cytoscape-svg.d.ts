// Types for cytoscape-svg, which ships none: it adds cy.svg(options) to the core.
declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';
  const register: Ext;
  export default register;
}
