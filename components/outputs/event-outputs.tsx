import { siteUrl } from '@/lib/site-url';
import { EMBED_SIZES, embedIframe } from '@/lib/embed/iframe';
import { EmbedCode } from './embed-code';

/** An event permalink's outputs: its one-event calendar file and the code to embed its card. */
export function EventOutputs({ event }: { event: { slug: string; title: string } }) {
  const path = `/events/${encodeURIComponent(event.slug)}`;
  const code = embedIframe({
    src: siteUrl(`/embed${path}`),
    title: `${event.title} (Backchannel)`,
    ...EMBED_SIZES.event,
  });
  return (
    <div data-event-outputs className="flex flex-wrap items-start gap-3">
      <a
        href={`${path}/calendar.ics`}
        type="text/calendar"
        download
        className="rounded border border-slate-300 px-3 py-1.5 text-sm font-medium underline-offset-2 hover:bg-slate-100 hover:underline dark:border-slate-600 dark:hover:bg-slate-900"
      >
        Add to calendar
      </a>
      <div className="min-w-0 grow">
        <EmbedCode code={code} />
      </div>
    </div>
  );
}
