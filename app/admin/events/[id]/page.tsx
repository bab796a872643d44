import Link from 'next/link';
import { notFound } from 'next/navigation';
import { adminEvent, pickerOptions } from '@/lib/data/admin';
import { eventEditSnapshot } from '@/lib/data/admin-snapshots';
import { EventForm } from '@/components/admin/event-form';
import { PlaceDatalist } from '@/components/map/place-datalist';
import { Notice } from '@/components/admin/notice';
import { trashEventAction, untrashEventAction } from '@/lib/actions/events';
import { TrashConfirm } from '@/components/admin/trash-controls';
import type { FormValue } from '@/lib/forms/form-data';
import { requirePageUser } from '@/lib/auth/authorize';

export const metadata = { title: 'Edit event' };

export default async function EditEventPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requirePageUser();
  const { id } = await params;
  const query = await searchParams;
  const event = await adminEvent(id);
  if (!event) notFound();
  const [snapshot, options] = await Promise.all([eventEditSnapshot(id), pickerOptions()]);
  const initial = { ...snapshot, approximate: snapshot?.approximate ? 'on' : '' } as unknown as Record<string, FormValue>;

  return (
    <div className="max-w-4xl space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">Edit event</h1>
        <div className="flex flex-wrap gap-2 text-sm">
          <Link className="underline" href={`/admin/events/${id}/preview`}>
            Preview
          </Link>
          <Link className="underline" href={`/admin/events/${id}/history`}>
            History
          </Link>
          {event.status === 'published' && !event.deletedAt ? (
            <Link className="underline" href={`/events/${event.slug}`}>
              Public page
            </Link>
          ) : null}
        </div>
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Version {event.version} · {event.status === 'draft' ? 'Draft' : 'Published'}
        {event.deletedAt ? ' · In the trash' : ''}
      </p>
      <Notice
        error={query.error}
        message={query.saved ? `Saved (version ${query.saved}).` : query.restored ? 'Restored from the trash.' : null}
      />
      {event.deletedAt ? (
        <form action={untrashEventAction}>
          <input type="hidden" name="id" value={id} />
          <p className="mb-2">This event is in the trash: it is hidden everywhere and its permalink answers 410.</p>
          <button type="submit" className="rounded bg-blue-700 px-3 py-2 text-sm text-white">
            Restore from the trash
          </button>
        </form>
      ) : (
        <>
          <EventForm id={id} version={event.version} initial={initial} {...options} />
          <PlaceDatalist />
          <TrashConfirm noun="event" action={trashEventAction} fields={{ id, version: event.version }} />
        </>
      )}
    </div>
  );
}
