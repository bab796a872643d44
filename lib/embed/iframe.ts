/**
 * The iframe code for an embed: what the oEmbed endpoint answers and what the
 * permalink's "Embed" disclosure shows, so both give the same snippet. No
 * script runs in an embed, so the sandbox allows only opening its links
 * (in a new tab, or the whole page when the reader clicks).
 */
import { escapeHtml } from './html';

export const EMBED_SIZES = {
  event: { width: 560, height: 280 },
  timeline: { width: 560, height: 520 },
} as const;

export function embedIframe(o: { src: string; title: string; width: number; height: number }): string {
  return (
    `<iframe src="${escapeHtml(o.src)}" title="${escapeHtml(o.title)}" width="${o.width}" height="${o.height}" ` +
    `style="border:0;max-width:100%" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" ` +
    `sandbox="allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation"></iframe>`
  );
}
