// The notices (restored work, imports, storage problems, what a shared link could not restore):
// a floating stack over the top of the canvas, so they never push the network down. Information
// closes by itself after a few seconds (paused while pointed at or focused); warnings and
// errors stay until dismissed. Errors are alerts, the rest status messages.
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { useStore } from '../../state/store';
import type { Notice } from '../../state/slices/viewSlice';
import { noticeLifetime, startCountdown, type Countdown } from './noticeTimer';
import { focusCanvas } from '../keyboard/focusCanvas';

/** Where the stack floats: the top of the canvas, its width (measured, as panels open and close). */
function useOverCanvas(showing: boolean): CSSProperties | undefined {
  const [place, setPlace] = useState<CSSProperties>();
  useEffect(() => {
    if (!showing) return;
    const wrap = document.querySelector('.canvas-wrap');
    if (!wrap) return;
    const measure = () => {
      const r = wrap.getBoundingClientRect();
      setPlace({ top: r.top + 8, left: r.left + 8, width: Math.max(0, r.width - 16) });
    };
    measure();
    const resize = new ResizeObserver(measure);
    resize.observe(wrap);
    window.addEventListener('resize', measure);
    return () => {
      resize.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [showing]);
  return place;
}

function NoticeItem({ notice }: { notice: Notice }) {
  const countdown = useRef<Countdown | null>(null);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const self = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const ms = noticeLifetime(notice.level);
    if (ms === null) return;
    const c = startCountdown(ms, () => useStore.getState().dismissNotice(notice.id));
    countdown.current = c;
    return () => c.cancel();
  }, [notice.id, notice.level]);
  useEffect(() => {
    if (hovered || focused) countdown.current?.pause();
    else countdown.current?.resume();
  }, [hovered, focused]);
  const dismiss = () => {
    // Focus goes to the next notice's button, or to the canvas: never to the page body.
    const stack = self.current?.parentElement;
    const buttons = [...(stack?.querySelectorAll<HTMLButtonElement>('.notice button') ?? [])];
    const mine = self.current?.querySelector('button');
    const next = buttons.find((b) => b !== mine);
    useStore.getState().dismissNotice(notice.id);
    if (next) next.focus();
    else focusCanvas();
  };
  return (
    <div
      ref={self}
      className={`notice ${notice.level}`}
      role={notice.level === 'error' ? 'alert' : 'status'}
      data-level={notice.level}
      onPointerEnter={() => setHovered(true)}
      onPointerLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) setFocused(false);
      }}
    >
      <span>{notice.text}</span>
      <button type="button" aria-label="Dismiss" onClick={dismiss}>
        ×
      </button>
    </div>
  );
}

export function Notices() {
  const notices = useStore((s) => s.notices);
  const place = useOverCanvas(notices.length > 0);
  if (notices.length === 0) return null;
  return (
    <div className="notices" data-testid="notices" style={place}>
      {notices.map((n) => (
        <NoticeItem key={n.id} notice={n} />
      ))}
    </div>
  );
}
