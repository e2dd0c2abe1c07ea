// Open state of a <details> section that opens by itself when something in it comes into force
// (a restored view's constraints) but never closes by itself: closing it under the control the
// person is using (a slider set back to 0) would drop keyboard focus to the page.
import { useState } from 'react';

export function useOpensWhenActive(active: boolean): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(active);
  const [wasActive, setWasActive] = useState(active);
  if (active !== wasActive) {
    // Adjusting state while rendering (React's pattern for following a prop): no extra pass.
    setWasActive(active);
    if (active) setOpen(true);
  }
  return [open, setOpen];
}
