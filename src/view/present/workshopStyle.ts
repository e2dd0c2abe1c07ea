// Stylesheet blocks for the workshop: timeline (hidden, undated), focus, and the projector theme.
// Pure, so toStylesheet stays testable without a browser.

type StyleBlock = { selector: string; style: Record<string, string | number> };

/** Classes the timeline and focus controllers set; always part of the stylesheet. */
export function workshopBlocks(): StyleBlock[] {
  return [
    { selector: '.timeline-hidden', style: { display: 'none' } },
    // Undated links (no start year) stay visible in every year, drawn faint.
    { selector: 'edge.undated', style: { opacity: 0.22 } },
    { selector: 'node.undated', style: { opacity: 0.4, 'text-opacity': 0.5 } },
    // A view's focus: everything else steps back.
    { selector: 'node.unfocused', style: { opacity: 0.15, 'text-opacity': 0.15 } },
    { selector: 'edge.unfocused', style: { opacity: 0.07 } },
  ];
}

/**
 * The projector theme on top of the base style: thicker, darker lines, a dark outline around
 * every shape so pale fills hold up on a washed-out screen, black labels on a wide white halo.
 * Shapes (types) and line styles and arrows (kinds) keep carrying meaning besides colour.
 */
export function projectorBlocks(): StyleBlock[] {
  return [
    {
      selector: 'node',
      style: {
        'border-width': 2.5,
        'border-color': '#1a1a1a',
        color: '#000000',
        // Label sizes on screen come from the projector theme of labelSizing.ts.
        'font-weight': 700,
      },
    },
    {
      selector: 'edge',
      style: { width: 'mapData(width, 1.5, 8, 3, 10)', opacity: 0.9, 'arrow-scale': 1.3 },
    },
  ];
}
