'use client';

import { useRef } from 'react';

/**
 * Hover or keyboard focus on an actor of the server-drawn graph lights it,
 * its neighbours and its edges, and dims the rest. Attributes only: the SVG
 * stays the server's, and the page works the same without JavaScript.
 */
export function NetworkHighlight({ children }: { children: React.ReactNode }) {
  const box = useRef<HTMLDivElement>(null);

  function light(target: EventTarget | null) {
    const root = box.current;
    const node = target instanceof Element ? target.closest<SVGElement>('[data-node]') : null;
    if (!root) return;
    for (const el of root.querySelectorAll('[data-lit]')) el.removeAttribute('data-lit');
    if (!node) {
      root.removeAttribute('data-active');
      return;
    }
    const id = node.dataset.node!;
    const ids = new Set([id, ...(node.dataset.neighbours ?? '').split(' ').filter(Boolean)]);
    for (const el of root.querySelectorAll<SVGElement>('[data-node]')) if (ids.has(el.dataset.node!)) el.setAttribute('data-lit', '');
    for (const el of root.querySelectorAll<SVGElement>('[data-edge]'))
      if (el.dataset.a === id || el.dataset.b === id) el.setAttribute('data-lit', '');
    root.setAttribute('data-active', id);
  }

  return (
    <div
      ref={box}
      className="network-graph"
      onPointerOver={(e) => light(e.target)}
      onPointerLeave={() => light(document.activeElement && box.current?.contains(document.activeElement) ? document.activeElement : null)}
      onFocus={(e) => light(e.target)}
      onBlur={(e) => {
        if (!box.current?.contains(e.relatedTarget as Node | null)) light(null);
      }}
    >
      {children}
    </div>
  );
}
