// A hop read aloud: what joins the two (kind, shared project or event, a delivery to a project),
// the years, sources and grades, and the trust in words (proxy, stated, workshop, default).
import { describe, expect, it } from 'vitest';
import {
  actorHop,
  buildActorPathGraph,
  factsOfLink,
  hopSentence,
  linkPhrase,
  trustWords,
} from '../../../src/analysis/paths/index';
import type { Link } from '../../../src/model/types';
import { dataset } from './helpers';

const link = (spec: Partial<Link>): Link => ({
  id: 'x',
  source: 's',
  target: 't',
  kind: 'partnership',
  directed: false,
  weight: 1,
  sources: [],
  ...spec,
});

describe('trust in words', () => {
  it('says when the trust is the documented proxy, stated, from a workshop or the default', () => {
    const words = (links: Link[], defaultTrust = 0.5) =>
      trustWords(links.map((l) => factsOfLink(l, defaultTrust)));
    const proxy = link({ trust: 0.5, trustBasis: 'proxy' });
    expect(words([proxy, proxy])).toBe(
      'proxy trust 0.25 = 0.5 × 0.5, an estimate from the public record',
    );
    expect(words([link({ trust: 0.8 })])).toBe('trust 0.8 as stated');
    expect(words([link({ trust: 0.8, trustBasis: 'workshop' })])).toBe(
      'trust 0.8 as set in the workshop',
    );
    expect(words([link({})], 0.4)).toBe('no trust recorded, so the default 0.4');
    expect(words([link({ trust: 0.8, trustBasis: 'stated' }), proxy])).toBe(
      'trust 0.4 = 0.8 stated × 0.5 proxy estimate',
    );
  });

  it('reads each kind by its direction, and an unknown kind as linked', () => {
    expect(linkPhrase(link({ kind: 'spin-off' }), 'VU', 'Light')).toBe(
      'Light was spun off from VU',
    );
    expect(linkPhrase(link({ kind: 'funding' }), 'EU', 'Lab')).toBe('EU funds Lab');
    expect(linkPhrase(link({ kind: 'twinning' }), 'A', 'B')).toBe('A and B are linked (twinning)');
  });
});

describe('hop sentences', () => {
  // X and Y take part in the SYLOS project; it supplies W; V supplies it. X funds Y directly.
  const d = dataset(
    [
      { id: 'X', label: 'Light Conversion' },
      { id: 'Y', label: 'Ekspla' },
      { id: 'W', label: 'ELI ALPS', type: 'infrastructure' },
      { id: 'V', label: 'Schott' },
      { id: 'P', label: 'SYLOS project', type: 'project' },
    ],
    [
      {
        id: 'px',
        source: 'X',
        target: 'P',
        kind: 'participation',
        until: 2019,
        trust: 0.5,
        trustBasis: 'proxy',
        sources: ['EKS-SYLOS', 'EIMIN-2019'],
        evidence: 'A',
      },
      {
        id: 'py',
        source: 'Y',
        target: 'P',
        kind: 'participation',
        since: 2015,
        until: 2019,
        trust: 0.5,
        trustBasis: 'proxy',
        sources: ['EKS-SYLOS'],
        evidence: 'B',
      },
      {
        id: 'pw',
        source: 'P',
        target: 'W',
        kind: 'value-chain',
        directed: true,
        since: 2019,
        trust: 0.8,
        sources: ['ELI'],
        evidence: 'A',
      },
      { id: 'vp', source: 'V', target: 'P', kind: 'value-chain', directed: true, trust: 0.5 },
      {
        id: 'xy',
        source: 'X',
        target: 'Y',
        kind: 'funding',
        directed: true,
        since: 2017,
        sources: ['LTRIB'],
        evidence: 'B',
      },
    ],
  );
  const g = buildActorPathGraph(d);
  const say = (a: string, b: string, from = a) => hopSentence(d, actorHop(g, a, b)!, from);

  it('reads a shared project with the years, sources and grades of both links', () => {
    // The direct funding (default 0.5) beats the shared project (0.25); without funding, the project.
    const hop = actorHop(g, 'X', 'Y')!;
    expect([hop.activity, hop.ways]).toEqual([null, 2]);
    expect(say('X', 'Y')).toBe(
      'Light Conversion funds Ekspla (2017, source LTRIB, grade B, also joined 1 other way; no trust recorded, so the default 0.5).',
    );
    const noFunding = buildActorPathGraph(d, { kinds: ['participation', 'value-chain'] });
    expect(hopSentence(d, actorHop(noFunding, 'X', 'Y')!, 'Y')).toBe(
      'Ekspla and Light Conversion worked together on SYLOS project (2015–2019, sources EKS-SYLOS, EIMIN-2019, grades A and B; proxy trust 0.25 = 0.5 × 0.5, an estimate from the public record).',
    );
  });

  it('reads a delivery to or from a project one of them took part in', () => {
    expect(say('W', 'X')).toBe(
      'Light Conversion took part in SYLOS project, and it supplies ELI ALPS (2019, sources ELI, EKS-SYLOS, EIMIN-2019, grade A; trust 0.4 = 0.8 stated × 0.5 proxy estimate).',
    );
    expect(say('V', 'Y')).toBe(
      'Ekspla took part in SYLOS project, and Schott supplies it (2015–2019, source EKS-SYLOS, grade B; trust 0.25 = 0.5 stated × 0.5 proxy estimate).',
    );
    // Two organisations that only deliver to the project are not joined by it.
    expect(actorHop(g, 'V', 'W')).toBeUndefined();
  });
});
