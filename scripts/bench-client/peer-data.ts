/**
 * The peers draw exactly the events Backchannel serves: they are read back
 * from the benchmark database after scripts/bench/generate-data.ts filled it,
 * and converted to each library's own data format.
 */
import pg from 'pg';

interface EventRow {
  id: string;
  title: string;
  summary: string;
  start: string;
  precision: 'day' | 'month' | 'year';
  end: string | null;
  sectors: string[];
}

export interface PeerData {
  events: number;
  /** TimelineJS3's JSON format (https://timeline.knightlab.com/docs/json-format.html). */
  timelinejs: string;
  /** vis-timeline items and groups (one lane per sector). */
  vis: string;
}

async function readEvents(databaseUrl: string): Promise<EventRow[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // Sectors in id order, so that an event's lane is the same on every run.
    const { rows } = await client.query<EventRow>(`
      SELECT e.id, e.title, e.summary,
             to_char(e."startDate", 'YYYY-MM-DD') AS start,
             e.precision::text AS precision,
             to_char(e."endDate", 'YYYY-MM-DD') AS end,
             array_agg(s.name ORDER BY s.id) AS sectors
        FROM "Event" e
        JOIN "EventSector" es ON es."eventId" = e.id
        JOIN "Sector" s ON s.id = es."sectorId"
       WHERE e.status = 'published' AND e."deletedAt" IS NULL
       GROUP BY e.id
       ORDER BY e."startDate", e.id`);
    return rows;
  } finally {
    await client.end();
  }
}

function tlDate(iso: string, precision: EventRow['precision']) {
  const [year, month, day] = iso.split('-').map(Number);
  if (precision === 'year') return { year };
  if (precision === 'month') return { year, month };
  return { year, month, day };
}

export async function peerData(databaseUrl: string): Promise<PeerData> {
  const rows = await readEvents(databaseUrl);
  const timelinejs = {
    events: rows.map((r) => ({
      unique_id: r.id,
      start_date: tlDate(r.start, r.precision),
      ...(r.end ? { end_date: tlDate(r.end, 'day') } : {}),
      text: { headline: r.title, text: r.summary },
    })),
  };
  const sectorNames = [...new Set(rows.flatMap((r) => r.sectors))].sort();
  // vis-timeline has one group per item: an event sits in its first sector's
  // lane (Backchannel also repeats it in its other lanes; vis is not asked
  // to draw more than one item per event).
  const vis = {
    groups: sectorNames.map((name, i) => ({ id: i, content: name })),
    items: rows.map((r) => ({
      id: r.id,
      group: sectorNames.indexOf(r.sectors[0]),
      content: r.title,
      start: r.start,
      ...(r.end ? { end: r.end, type: 'range' } : {}),
    })),
  };
  return { events: rows.length, timelinejs: JSON.stringify(timelinejs), vis: JSON.stringify(vis) };
}
