// A small SVG of a node shape, for the legend.
const POINTS: Record<string, string> = {
  triangle: '8,1 15,15 1,15',
  diamond: '8,1 15,8 8,15 1,8',
  pentagon: '8,1 15,6 12.5,15 3.5,15 1,6',
  hexagon: '4,1 12,1 15,8 12,15 4,15 1,8',
  octagon: '5,1 11,1 15,5 15,11 11,15 5,15 1,11 1,5',
  star: '8,1 10,6 15,6 11,9.5 12.5,15 8,11.5 3.5,15 5,9.5 1,6 6,6',
  vee: '1,1 8,6 15,1 8,15',
  'round-tag': '1,3 11,3 15,8 11,13 1,13',
};

export function ShapeIcon({ shape, color }: { shape: string; color: string }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" className="shape-icon">
      {shape === 'ellipse' ? (
        <circle cx="8" cy="8" r="7" fill={color} />
      ) : shape === 'round-rectangle' || shape === 'rectangle' ? (
        <rect x="1" y="2" width="14" height="12" rx={shape === 'rectangle' ? 0 : 3} fill={color} />
      ) : (
        <polygon points={POINTS[shape] ?? POINTS.diamond} fill={color} />
      )}
    </svg>
  );
}
