// Shared test data and helpers for the io tests: a dataset with every field and awkward values.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Problem } from '../../../src/model/problem';
import { DATASET_VERSION, type Dataset } from '../../../src/model/types';

export const fixture = (path: string): Uint8Array =>
  new Uint8Array(readFileSync(fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url))));

export const fixtureText = (path: string): string => new TextDecoder().decode(fixture(path));

export const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

export const codes = (problems: readonly Problem[]): string[] => problems.map((p) => p.code);

export const errors = (problems: readonly Problem[]): Problem[] =>
  problems.filter((p) => p.severity === 'error');

/** A dataset exercising every field, tricky ids and text, and typed attributes. */
export function richDataset(): Dataset {
  return {
    format: 'clusterscope',
    version: DATASET_VERSION,
    title: 'Photonics cluster – test',
    description: 'A test network\nwith two lines',
    defaultTrust: 0.5,
    sources: [{ code: 'S1', title: 'Annual report', url: 'https://example.org/report' }],
    organisations: [
      {
        id: 'acme',
        label: 'Acme <script>alert(1)</script>',
        type: 'company',
        sectors: ['photonics', 'lasers'],
        country: 'DE',
        city: 'Zürich',
        founded: 1998,
        url: 'https://example.com/acme',
        description: 'Makes "lasers", optics; and more,\nsince 1998',
        sources: ['S1'],
        evidence: 'A',
        x: -12.5,
        y: 3e-7,
        color: '#1f77b4',
        attributes: Object.fromEntries([
          ['employees', 120],
          ['listed', true],
          ['note', 'big; old'],
          ['name', 'Acme GmbH'],
          ['__proto__', 'polluted?'],
        ]),
      },
      {
        id: '__proto__',
        label: '=HYPERLINK("http://evil.example","click")',
        type: 'research',
        sectors: [],
        sources: [],
        color: '#aabbcc',
        attributes: Object.fromEntries([
          ['employees', 7],
          ['listed', false],
          ['note', '+cmd'],
          ['name', '-1'],
          ['__proto__', 'x'],
        ]),
      },
      {
        id: 'constructor',
        label: 'Ωmega 🚀 & Söhne',
        type: 'mystery-type',
        sectors: ['space'],
        sources: [],
        color: '#000000',
      },
      {
        id: '007',
        label: 'Seven',
        type: 'cluster',
        sectors: [],
        sources: [],
        color: '#ffffff',
        x: 0,
        y: 0,
      },
    ],
    links: [
      {
        id: 'L1',
        source: 'acme',
        target: '__proto__',
        kind: 'r-and-d',
        directed: false,
        label: 'Joint project, "Laser"',
        since: 2015,
        until: 2020,
        weight: 2.5,
        trust: 0.75,
        trustBasis: 'stated',
        amount: 125000,
        currency: 'EUR',
        sources: ['S1'],
        evidence: 'B',
        attributes: { budget: 3, confidential: false },
      },
      {
        id: 'L2',
        source: 'constructor',
        target: 'acme',
        kind: 'value-chain',
        directed: true,
        weight: 1,
        sources: [],
        attributes: { budget: 0.5, confidential: true },
      },
      {
        id: 'L3',
        source: 'acme',
        target: '007',
        kind: 'membership',
        directed: false,
        weight: 1,
        sources: [],
      },
      {
        id: 'self',
        source: '007',
        target: '007',
        kind: 'other',
        directed: false,
        weight: 1,
        sources: [],
      },
    ],
  };
}
