// Pure helpers of the workshop view: presenter keys, PDF text, file names, projector style.
import { describe, expect, it } from 'vitest';
import { presentKeyAction } from '../../../src/view/present/presentKeys';
import { slug, toPdfText } from '../../../src/view/present/fileText';
import { toStylesheet } from '../../../src/view/graph/toStylesheet';

describe('presentKeyAction', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['Escape', 'exit'],
    ['x', null],
  ])('%j -> %s', (key, action) => {
    expect(presentKeyAction(key)).toBe(action);
  });

  it('leaves Enter and Space to a focused button, other keys still step', () => {
    expect(presentKeyAction('Enter', true)).toBeNull();
    expect(presentKeyAction(' ', true)).toBeNull();
    expect(presentKeyAction('Enter', false)).toBe('next');
    expect(presentKeyAction('ArrowRight', true)).toBe('next');
    expect(presentKeyAction('Escape', true)).toBe('exit');
  });
});

describe('toPdfText', () => {
  it('keeps Lithuanian and Latin Extended-A letters and maps the rest to its nearest form', () => {
    const lt = 'Šiaulių klasteris: ąčęėįšųūž ĄČĘĖĮŠŲŪŽ „Šviesos“ – café';
    expect(toPdfText(lt)).toBe(lt);
    expect(toPdfText('Łódź, Ţară, Œuvre')).toBe('Łódź, Ţară, Œuvre');
    expect(toPdfText('ǅ中\u202F')).toBe('D\u017e? ');
  });
});

describe('slug', () => {
  it('makes a file-name-safe name', () => {
    expect(slug('LITEK – Laser and Engineering Technologies Cluster (Lithuania)')).toBe(
      'litek-laser-and-engineering-technologies-cluster',
    );
    expect(slug('***')).toBe('clusterscope');
  });
});

describe('projector stylesheet', () => {
  const block = (projector: boolean, selector: string) =>
    toStylesheet({ projector }).filter((b) => b.selector === selector);

  it('adds darker outlines, larger labels and thicker lines, before selection styles', () => {
    const sheet = toStylesheet({ projector: true });
    const nodeBlocks = block(true, 'node');
    expect(nodeBlocks).toHaveLength(2);
    expect(nodeBlocks[1]?.style['border-color']).toBe('#1a1a1a');
    expect(block(false, 'node')).toHaveLength(1);
    const projectorAt = sheet.indexOf(nodeBlocks[1]!);
    const selectedAt = sheet.findIndex((b) => b.selector.startsWith('node:selected'));
    expect(projectorAt).toBeLessThan(selectedAt);
  });

  it('always styles the timeline and focus classes', () => {
    for (const projector of [false, true]) {
      const selectors = toStylesheet({ projector }).map((b) => b.selector);
      expect(selectors).toEqual(
        expect.arrayContaining(['.timeline-hidden', 'edge.undated', 'node.unfocused']),
      );
    }
  });
});
