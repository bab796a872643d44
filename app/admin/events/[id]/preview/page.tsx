import { notFound } from 'next/navigation';
import { eventPreview } from '@/lib/data/admin-snapshots';
import { requirePageUser } from '@/lib/auth/authorize';
import { EventBody } from '@/components/event/event-body';

export const metadata = { title: 'Preview' };

/** How the event will read once published, in the permalink's own layout; drafts are visible only here. */
export default async function PreviewEventPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageUser();
  const { id } = await params;
  const preview = await eventPreview(id);
  if (!preview) notFound();
  const { event } = preview;
  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <p role="status" className="rounded bg-amber-100 p-2 text-sm text-amber-950 dark:bg-amber-900 dark:text-amber-50">
        Preview{preview.draft ? ' of a draft: readers cannot see it yet' : ''}
        {preview.trashed ? ' of an event in the trash' : ''}.
        {event.citations.length ? null : ' It has no citation yet, so it cannot be published.'}
      </p>
      <EventBody event={event} />
    </article>
  );
}
