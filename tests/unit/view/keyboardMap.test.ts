// The keyboard map: what a key press means where, no key meaning two things in one place, and
// the rows of the shortcuts table.
import { describe, expect, it } from 'vitest';
import {
  KEY_MAP,
  actionFor,
  chordText,
  shortcutRows,
  type KeyChord,
} from '../../../src/view/keyboard/keyboardMap';

describe('keyboard map', () => {
  it('reads key presses by where they happen', () => {
    expect(actionFor({ key: '/' }, 'anywhere')).toBe('search');
    expect(actionFor({ key: '?', shiftKey: true }, 'anywhere')).toBe('help');
    expect(actionFor({ key: 'z', ctrlKey: true }, 'anywhere')).toBe('undo');
    expect(actionFor({ key: 'Z', ctrlKey: true, shiftKey: true }, 'anywhere')).toBe('redo');
    expect(actionFor({ key: 'y', metaKey: true }, 'anywhere')).toBe('redo');
    expect(actionFor({ key: 'z' }, 'anywhere')).toBeNull();
    expect(actionFor({ key: 't' }, 'network')).toBe('path-to');
    expect(actionFor({ key: 't', ctrlKey: true }, 'network')).toBeNull();
    expect(actionFor({ key: 'N', shiftKey: true }, 'network')).toBe('previous-neighbour');
    expect(actionFor({ key: 'F10', shiftKey: true }, 'network')).toBe('organisation-menu');
    expect(actionFor({ key: 'F10' }, 'network')).toBeNull();
    expect(actionFor({ key: 'Escape' }, 'search')).toBe('search-leave');
    expect(actionFor({ key: 'End' }, 'tabs')).toBe('tab-last');
    expect(actionFor({ key: 'PageDown' }, 'presenting')).toBe('present-next');
    expect(actionFor({ key: 'f', altKey: true }, 'network')).toBeNull();
  });

  it('gives no key two meanings in one place', () => {
    const seen = new Map<string, string>();
    for (const b of KEY_MAP) {
      for (const c of b.keys as readonly KeyChord[]) {
        const id = `${b.where} ${chordText(c)}`;
        expect(seen.get(id), id).toBeUndefined();
        seen.set(id, b.action);
      }
    }
  });

  it('writes the table rows people read', () => {
    expect(chordText({ key: 'z', mod: true, shift: true })).toBe('Ctrl+Shift+Z');
    expect(chordText({ key: ' ' })).toBe('Space');
    const network = shortcutRows('network');
    expect(network[0]).toEqual({ keys: ['f'], does: 'paths from the selected organisation' });
    expect(network.find((r) => r.keys.includes('Shift+F10'))?.does).toMatch(/menu/);
  });
});
