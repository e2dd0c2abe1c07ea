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

/** What a key does while presenting (presenter clickers send PageUp/PageDown or arrows). */
export function presentKeyAction(key: string): PresentAction | null {
  const action = actionFor({ key }, 'presenting');
  return action !== null && action in ACTIONS ? ACTIONS[action as keyof typeof ACTIONS] : null;
}
