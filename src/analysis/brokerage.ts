// Gould-Fernandez brokerage roles on the undirected graph, with respect to a partition.
import type { GraphIndex } from './graphIndex';

/**
 * The brokerage roles, in the order they are listed and printed:
 * - coordinator: A, B, C in the same group;
 * - consultant: A and C in one group, the broker B in another (consultant / itinerant broker);
 * - gatekeeper: B shares its group with exactly one of A and C. Undirected data cannot tell a
 *   gatekeeper (B guards its group's entry) from a representative (B speaks for its group):
 *   both count here;
 * - liaison: A, B and C in three different groups.
 */
export const BROKERAGE_ROLES = ['coordinator', 'consultant', 'gatekeeper', 'liaison'] as const;
export type BrokerageRole = (typeof BROKERAGE_ROLES)[number];

/** How often an organisation brokers between two unlinked contacts, by role. */
export type BrokerageRoles = Record<BrokerageRole, number>;

/**
 * Gould & Fernandez (1989) brokerage roles for every node as broker B. Each open triad
 * A - B - C (A and C both linked to B, not to each other) counts once per unordered pair
 * {A, C}, and only when A, B and C all have a group (`group[i]` null = no group). The graph
 * is undirected, so the directed roles gatekeeper and representative merge into "gatekeeper".
 * Unweighted. Raw counts, not normalised. (networkx has no equivalent; checked by hand.)
 */
export function computeBrokerage(
  index: GraphIndex,
  group: ReadonlyArray<string | null>,
): BrokerageRoles[] {
  const { n, starts, neighbours } = index;
  const adjacent = new Uint8Array(n);
  const out: BrokerageRoles[] = [];
  for (let b = 0; b < n; b++) {
    const roles: BrokerageRoles = { coordinator: 0, consultant: 0, gatekeeper: 0, liaison: 0 };
    out.push(roles);
    const gb = group[b] ?? null;
    if (gb === null) continue;
    const contacts: number[] = [];
    for (let j = starts[b]!; j < starts[b + 1]!; j++) {
      if ((group[neighbours[j]!] ?? null) !== null) contacts.push(neighbours[j]!);
    }
    for (let x = 0; x < contacts.length; x++) {
      const a = contacts[x]!;
      for (let j = starts[a]!; j < starts[a + 1]!; j++) adjacent[neighbours[j]!] = 1;
      const ga = group[a]!;
      for (let y = x + 1; y < contacts.length; y++) {
        const c = contacts[y]!;
        if (adjacent[c] === 1) continue;
        const gc = group[c]!;
        if (ga === gc) {
          if (gb === ga) roles.coordinator++;
          else roles.consultant++;
        } else if (gb === ga || gb === gc) roles.gatekeeper++;
        else roles.liaison++;
      }
      for (let j = starts[a]!; j < starts[a + 1]!; j++) adjacent[neighbours[j]!] = 0;
    }
  }
  return out;
}
