import { ImageResponse } from 'next/og';
import { notFound } from 'next/navigation';
import { getEventCached } from '@/lib/data/events';
import { eventTypeLabels } from '@/lib/labels';

export const alt = 'Backchannel event card';
export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const revalidate = 3600;

/** An event-specific social card: date, type, title, sectors and sources count. */
export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const event = await getEventCached(slug);
  // Drafts, trashed and unknown events get no card.
  if (!event) notFound();
  const title = event.title;
  const meta = `${event.date.label} · ${eventTypeLabels[event.type]}${event.location ? ` · ${event.location}` : ''}`;
  const sectors = event.sectors.map((s) => s.name).join(' · ');
  const sources = `${event.citations.length} cited source${event.citations.length === 1 ? '' : 's'}`;
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: 64,
        background: '#0b1220',
        color: '#f8fafc',
      }}
    >
      <div style={{ display: 'flex', fontSize: 30, color: '#93c5fd' }}>Backchannel · US–Russia economic talks</div>
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ display: 'flex', fontSize: 32, color: '#cbd5e1' }}>{meta}</div>
        <div style={{ display: 'flex', fontSize: title.length > 80 ? 48 : 60, fontWeight: 700, lineHeight: 1.15, marginTop: 16 }}>
          {title}
        </div>
      </div>
      <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 26, color: '#cbd5e1' }}>
        <div style={{ display: 'flex' }}>{sectors}</div>
        <div style={{ display: 'flex' }}>{sources}</div>
      </div>
    </div>,
    size,
  );
}
