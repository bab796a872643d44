import { computeTicks, type Ticks } from '@/lib/timeline/ticks';
import type { View } from '@/lib/timeline/view';
import { TICK_FONT } from './layout';

const widths = new Map<string, number>();

/**
 * Lays out the tick labels for this view and width, measuring each label's
 * text with the canvas in the labels' own font (so the step chosen fits what
 * the browser draws), and writes them as DOM spans, reused between frames.
 */
export function renderTicks(container: HTMLElement, view: View, width: number, ctx: CanvasRenderingContext2D): Ticks {
  ctx.font = TICK_FONT;
  const measure = (text: string) => {
    let w = widths.get(text);
    if (w === undefined) {
      w = Math.ceil(ctx.measureText(text).width) + 1;
      widths.set(text, w);
    }
    return w;
  };
  const ticks = computeTicks(view, width, measure);
  const rows = [ticks.context, ticks.major];
  const total = rows[0].length + rows[1].length;
  while (container.children.length < total) {
    const span = document.createElement('span');
    span.setAttribute('data-tick-label', '');
    span.style.position = 'absolute';
    span.style.whiteSpace = 'nowrap';
    container.appendChild(span);
  }
  while (container.children.length > total) container.lastChild?.remove();
  let n = 0;
  rows.forEach((row, r) => {
    for (const t of row) {
      const span = container.children[n++] as HTMLElement;
      if (span.textContent !== t.text) span.textContent = t.text;
      span.style.left = `${t.x}px`;
      span.style.top = r === 0 ? '2px' : '17px';
      span.className = r === 0 ? 'text-slate-900 dark:text-slate-100' : 'text-slate-600 dark:text-slate-400';
    }
  });
  return ticks;
}
