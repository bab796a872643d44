import { notFound } from 'next/navigation';
import { eventPreview } from '@/lib/data/admin-snapshots';
import { eventTypeLabels, roleLabels } from '@/lib/labels';
import { CitationList } from '@/components/citation-list';
import { requirePageUser } from '@/lib/auth/authorize';

export const metadata = { title: 'Preview' };

/** How the event will read once published; drafts are visible only here. */
export default async function PreviewEventPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageUser();
  const { id } = await params;
  const preview = await eventPreview(id);
  if (!preview) notFound();
  const { event } = preview;
  return (
    <article className="mx-auto max-w-3xl space-y-4">
      <p role="status" className="rounded bg-amber-100 p-2 text-sm text-amber-950 dark:bg-amber-900 dark:text-amber-50">
        Preview{preview.draft ? ' of a draft: readers cannot see it yet' : ''}
        {preview.trashed ? ' of an event in the trash' : ''}.
      </p>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {event.date.label} · {eventTypeLabels[event.type]}
        {event.location ? ` · ${event.location}` : ''}
      </p>
      <h1 className="text-3xl font-bold">{event.title}</h1>
      <p className="text-lg">{event.summary}</p>
      <ul className="space-y-1">
        {event.actors.map((a) => (
          <li key={a.slug}>
            {a.name} — {roleLabels[a.role]}
            {a.title ? `, ${a.title}` : ''}
          </li>
        ))}
      </ul>
      <p className="text-sm">Sectors: {event.sectors.map((s) => s.name).join(', ') || '—'}</p>
      <h2 className="text-xl font-semibold">Sources</h2>
      {event.citations.length ? (
        <CitationList citations={event.citations} />
      ) : (
        <p>No citations yet: this event cannot be published until it has one.</p>
      )}
    </article>
  );
}
