// A small SVG of a link's line style and colour, for the legend.
export function LineIcon({
  color,
  line,
  width = 1,
}: {
  color: string;
  line: string;
  /** Multiplies the stroke, as the kind's width does on the canvas. */
  width?: number;
}) {
  return (
    <svg width="24" height="10" aria-hidden="true" className="line-icon">
      <line
        x1="1"
        y1="5"
        x2="23"
        y2="5"
        stroke={color}
        strokeWidth={2.5 * width}
        strokeDasharray={line === 'dashed' ? '6 3' : line === 'dotted' ? '2 3' : undefined}
      />
    </svg>
  );
}
