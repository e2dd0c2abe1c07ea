// Where the overview draws things: groups as discs (area by members) placed by a small force
// layout of the group graph, groups that are linked more drawn closer, no two discs overlapping;
// an expanded group's members fill its disc in a sunflower, best-linked at the centre.
import { memberNodeId, type Grouped, type OverviewGraph } from '../../model/overview';

export interface Point {
  x: number;
  y: number;
}

/** World units per square-root member: a group's radius, and the sunflower's spacing. */
export const MEMBER_SPACING = 8;
/** Radius of a group of `members`: its area grows with its members. */
export const groupRadius = (members: number): number =>
  MEMBER_SPACING * Math.sqrt(Math.max(members, 2));

/** Beyond this many groups the force layout is skipped: groups lie on a sunflower by size. */
const FORCE_LIMIT = 400;
const GAP = 24;
/** Every group gets at least this share of the largest group's radius: room for its label. */
const ROOM_SHARE = 0.42;
const GOLDEN = Math.PI * (3 - Math.sqrt(5));

/**
 * Centre of every group (by id). `collapsed` is the overview with no group expanded; groups come
 * largest first. Deterministic: the same groups and links give the same picture.
 */
export function layoutGroups(grouped: Grouped, collapsed: OverviewGraph): Map<string, Point> {
  const groups = grouped.groups;
  const n = groups.length;
  const index = new Map(groups.map((g, i) => [g.id, i]));
  // Room for a group is its disc, or for a small one, room for its label beside the largest.
  const rMax = groups.length > 0 ? groupRadius(groups[0]!.members.length) : 0;
  const r = groups.map((g) => Math.max(groupRadius(g.members.length), rMax * ROOM_SHARE));
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  // Start on a sunflower with room for every disc (largest in the middle).
  let area = 0;
  for (let i = 0; i < n; i++) {
    const d = Math.sqrt(area / Math.PI) * 1.15;
    x[i] = d * Math.cos(i * GOLDEN);
    y[i] = d * Math.sin(i * GOLDEN);
    area += Math.PI * (r[i]! + GAP) ** 2 * 1.3;
  }
  if (n > 1 && n <= FORCE_LIMIT) {
    const links = collapsed.links
      .map((l) => [index.get(l.source), index.get(l.target), Math.log2(1 + l.weight)] as const)
      .filter(
        (l): l is readonly [number, number, number] => l[0] !== undefined && l[1] !== undefined,
      );
    const maxW = Math.max(1, ...links.map((l) => l[2]));
    const span = Math.sqrt(area);
    const iterations = 220;
    for (let it = 0; it < iterations; it++) {
      const step = span * 0.05 * (1 - it / iterations) + 1;
      const fx = new Float64Array(n);
      const fy = new Float64Array(n);
      // Pull towards the middle keeps loose groups near.
      for (let i = 0; i < n; i++) {
        fx[i]! -= x[i]! * 0.02;
        fy[i]! -= y[i]! * 0.02;
      }
      for (const [a, b, w] of links) {
        const dx = x[b]! - x[a]!;
        const dy = y[b]! - y[a]!;
        const d = Math.hypot(dx, dy) || 1;
        const gap = Math.max(0, d - r[a]! - r[b]! - GAP);
        const pull = (0.08 * gap * w) / maxW;
        fx[a]! += (dx / d) * pull;
        fy[a]! += (dy / d) * pull;
        fx[b]! -= (dx / d) * pull;
        fy[b]! -= (dy / d) * pull;
      }
      for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++) {
          const dx = x[j]! - x[i]!;
          const dy = y[j]! - y[i]!;
          const d = Math.hypot(dx, dy) || 0.01;
          const room = r[i]! + r[j]! + GAP * 2;
          const push = ((room * room) / d) * 0.02;
          fx[i]! -= (dx / d) * push;
          fy[i]! -= (dy / d) * push;
          fx[j]! += (dx / d) * push;
          fy[j]! += (dy / d) * push;
        }
      for (let i = 0; i < n; i++) {
        const f = Math.hypot(fx[i]!, fy[i]!);
        if (f === 0) continue;
        const m = Math.min(f, step) / f;
        x[i]! += fx[i]! * m;
        y[i]! += fy[i]! * m;
      }
    }
  }
  separate(x, y, r);
  const out = new Map<string, Point>();
  groups.forEach((g, i) => out.set(g.id, { x: x[i]!, y: y[i]! }));
  return out;
}

/** Push overlapping discs apart (a few sweeps; all pairs, for the few hundred groups laid out). */
function separate(x: Float64Array, y: Float64Array, r: number[]): void {
  const n = r.length;
  if (n > FORCE_LIMIT) return; // the sunflower start leaves room for every disc
  for (let sweep = 0; sweep < 60; sweep++) {
    let moved = false;
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        const dx = x[j]! - x[i]!;
        const dy = y[j]! - y[i]!;
        const d = Math.hypot(dx, dy) || 0.01;
        const overlap = r[i]! + r[j]! + GAP - d;
        if (overlap <= 0) continue;
        moved = true;
        const ux = d === 0.01 ? 1 : dx / d;
        const uy = d === 0.01 ? 0 : dy / d;
        x[i]! -= (ux * overlap) / 2;
        y[i]! -= (uy * overlap) / 2;
        x[j]! += (ux * overlap) / 2;
        y[j]! += (uy * overlap) / 2;
      }
    if (!moved) return;
  }
}

/**
 * Members of an expanded group on a sunflower inside the group's disc, in the order given (best
 * linked first, at the centre).
 */
export function layoutMembers(centre: Point, members: readonly string[]): Map<string, Point> {
  const out = new Map<string, Point>();
  members.forEach((id, i) => {
    const d = MEMBER_SPACING * Math.sqrt(i + 0.5);
    out.set(id, { x: centre.x + d * Math.cos(i * GOLDEN), y: centre.y + d * Math.sin(i * GOLDEN) });
  });
  return out;
}

/** Members ordered by their number of links, most first (ties keep dataset order). */
export function byDegree(
  members: readonly string[],
  degree: ReadonlyMap<string, number>,
): string[] {
  return members
    .map((id, i) => ({ id, i, d: degree.get(id) ?? 0 }))
    .sort((a, b) => b.d - a.d || a.i - b.i)
    .map((m) => m.id);
}

/** The best-linked members of each shown group that carry their name (the others on selection). */
export const LEADERS = 12;

/**
 * Positions of every node of `graph`: groups at their centres, members of expanded groups (and
 * of a drilled group) on their group's sunflower; `leaders` are the LEADERS best linked of each.
 */
export function placeOverview(
  graph: OverviewGraph,
  centres: ReadonlyMap<string, Point>,
  degree: ReadonlyMap<string, number>,
): { positions: Map<string, Point>; leaders: Set<string> } {
  const out = new Map<string, Point>();
  const leaders = new Set<string>();
  const membersOf = new Map<string, string[]>();
  for (const node of graph.nodes) {
    if (node.kind === 'group') out.set(node.id, centres.get(node.id) ?? { x: 0, y: 0 });
    else {
      const list = membersOf.get(node.groupId);
      if (list) list.push(node.orgId!);
      else membersOf.set(node.groupId, [node.orgId!]);
    }
  }
  for (const [groupId, members] of membersOf) {
    const ordered = byDegree(members, degree);
    const spots = layoutMembers(centres.get(groupId) ?? { x: 0, y: 0 }, ordered);
    for (const [orgId, p] of spots) out.set(memberNodeId(orgId), p);
    for (const orgId of ordered.slice(0, LEADERS)) leaders.add(memberNodeId(orgId));
  }
  return { positions: out, leaders };
}
