// What each key does while presenting (arrows, Page Up/Down from presenter clickers, space, Home,
// End, Escape), as the keyboard map says.
import { actionFor } from '../keyboard/keyboardMap';

const ACTIONS = {
  'present-next': 'next',
  'present-previous': 'previous',
  'present-first': 'first',
  'present-last': 'last',
  'present-exit': 'exit',
} as const;

type PresentAction = (typeof ACTIONS)[keyof typeof ACTIONS];

/** Keys a focused button (or link, field, summary) takes for itself: they press it. */
const PRESS_KEYS = new Set(['Enter', ' ', 'Spacebar']);

/**
 * What a key does while presenting (presenter clickers send PageUp/PageDown or arrows). On a
 * focused control (`onControl`), Enter and Space press that control instead of going on.
 */
export function presentKeyAction(key: string, onControl = false): PresentAction | null {
  if (onControl && PRESS_KEYS.has(key)) return null;
  const action = actionFor({ key }, 'presenting');
  return action !== null && action in ACTIONS ? ACTIONS[action as keyof typeof ACTIONS] : null;
}

/** True when `target` is a control that Enter or Space activates. */
export function isPressable(target: EventTarget | null): boolean {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return false;
  return (
    target.closest('button, a[href], input, select, textarea, summary, [role="button"]') !== null
  );
}
