import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { EVENT_CSV_COLUMNS as CSV_COLUMNS } from '@/lib/csv';
import { decodeImportBytes, detectFormat, parseImport } from '@/lib/import/parse';
import { MAX_IMPORT_BYTES } from '@/lib/schemas/import';

/** Two events exactly as GET /api/v1/events returns them (toApiEvent). */
const exported = [
  {
    slug: 'dmitriev-witkoff-talks',
    title: 'Dmitriev and Witkoff hold talks',
    summary: 'The envoys met, according to TASS.',
    type: 'meeting',
    date: { start: '2025-04-02', precision: 'day', end: '2025-04-03', approximate: true, label: 'c. 2–3 April 2025' },
    location: 'Washington',
    url: 'https://backchannel.example/events/dmitriev-witkoff-talks',
    actors: [
      { slug: 'kirill-dmitriev', name: 'Kirill Dmitriev', role: 'participant', title: 'CEO, Russian Direct Investment Fund' },
      { slug: 'steve-witkoff', name: 'Steve Witkoff', role: 'host', title: null },
    ],
    sectors: [{ slug: 'trade', name: 'Bilateral trade and investment' }],
    proposals: [{ slug: 'some-proposal', title: 'Some proposal', status: 'discussed' }],
    citations: [
      {
        quote: 'Dmitriev met Witkoff in Washington.',
        speaker: 'Kirill Dmitriev',
        source: {
          id: 'tass-april',
          title: 'Envoys meet',
          outlet: 'TASS',
          author: null,
          publishedAt: '2025-04-03',
          url: 'https://tass.example/1',
          kind: 'news',
        },
      },
    ],
  },
  {
    slug: 'arctic-talks-march',
    title: 'Arctic cooperation discussed',
    summary: 'Officials discussed the Northern Sea Route.',
    type: 'statement',
    date: { start: '2025-03-01', precision: 'month', approximate: false, label: 'March 2025' },
    location: null,
    url: 'https://backchannel.example/events/arctic-talks-march',
    actors: [],
    sectors: [{ slug: 'arctic-northern-sea-route', name: 'Arctic and the Northern Sea Route' }],
    proposals: [],
    citations: [],
  },
];

/** The same rows as app/api/v1/events.csv/route.ts writes them. */
function exportCsv(events: typeof exported) {
  return stringify([
    [...CSV_COLUMNS],
    ...events.map((e) => [
      e.slug,
      e.title,
      e.type,
      e.date.start,
      e.date.precision,
      e.date.end ?? '',
      e.date.approximate ? 'true' : 'false',
      e.date.label,
      e.location ?? '',
      e.summary,
      e.actors.map((a) => `${a.name} (${a.role}${a.title ? `, ${a.title}` : ''})`).join('; '),
      e.sectors.map((s) => s.name).join('; '),
      e.proposals.map((p) => `${p.title} (${p.status})`).join('; '),
      [...new Set(e.citations.map((c) => c.source.title))].join('; '),
      e.url,
    ]),
  ]);
}

const ok = (result: ReturnType<typeof parseImport>) => {
  if (!result.ok) throw new Error(result.error);
  return result;
};

describe('JSON import', () => {
  it('round-trips the API export shape, { "data": [...] } or a bare list', () => {
    for (const text of [JSON.stringify({ data: exported, nextCursor: null }), JSON.stringify(exported)]) {
      const result = ok(parseImport(text));
      expect(result.format).toBe('json');
      expect(result.rows.map((r) => r.errors)).toEqual([[], []]);
      const [first, second] = result.rows.map((r) => r.event!);
      expect(first).toEqual({
        slug: 'dmitriev-witkoff-talks',
        title: 'Dmitriev and Witkoff hold talks',
        summary: 'The envoys met, according to TASS.',
        type: 'meeting',
        date: { start: '2025-04-02', precision: 'day', end: '2025-04-03', approximate: true },
        location: 'Washington',
        actors: [
          { slug: 'kirill-dmitriev', name: 'Kirill Dmitriev', role: 'participant', title: 'CEO, Russian Direct Investment Fund' },
          { slug: 'steve-witkoff', name: 'Steve Witkoff', role: 'host', title: null },
        ],
        sectors: [{ slug: 'trade', name: 'Bilateral trade and investment' }],
        proposals: [{ slug: 'some-proposal', title: 'Some proposal' }],
        citations: [
          {
            quote: 'Dmitriev met Witkoff in Washington.',
            speaker: 'Kirill Dmitriev',
            source: {
              id: 'tass-april',
              title: 'Envoys meet',
              outlet: 'TASS',
              author: null,
              publishedAt: '2025-04-03',
              publishedPrecision: null,
              url: 'https://tass.example/1',
              kind: 'news',
            },
          },
        ],
      });
      expect(second.date).toEqual({ start: '2025-03-01', precision: 'month', end: null, approximate: false });
      expect(second.location).toBeNull();
    }
  });

  it('reports every row with its problems and row number, not only the first', () => {
    const rows = [
      exported[1],
      { ...exported[1], slug: 'bad-type', type: 'summit' },
      { ...exported[1], slug: 'bad-date', date: { start: '2025-02-30', precision: 'day', approximate: false } },
      { ...exported[1], slug: 'bad-month', date: { start: '2025-03-15', precision: 'month', approximate: false } },
      { ...exported[1], title: '', summary: '   ' },
      { ...exported[1], slug: 'bad-actor', actors: [{ name: 'Someone', role: 'boss', title: null }] },
      'not an event',
    ];
    const result = ok(parseImport(JSON.stringify({ data: rows })));
    expect(result.rows.map((r) => [r.row, r.errors])).toEqual([
      [1, ['slug: "arctic-talks-march" is also used by row 5 of this file']],
      [2, ['type: Unknown event type "summit"; use one of meeting, call, visit, statement, proposal, sanction, legal, other']],
      [3, ['date.start: This date does not exist']],
      [4, ['date.start: A date known only to the month starts on the 1st (2025-03-01)']],
      [5, ['title: Must not be empty', 'summary: Must not be empty', 'slug: "arctic-talks-march" is also used by row 1 of this file']],
      [6, ['actors[0].role: Unknown role "boss"; use one of participant, host, speaker, mentioned']],
      [7, ['Expected an event object']],
    ]);
    expect(result.rows.every((r) => r.event === null)).toBe(true);
    expect(result.rows[1].display).toEqual({
      slug: 'bad-type',
      title: 'Arctic cooperation discussed',
      date: '2025-03-01 (month)',
      type: 'summit',
    });
  });

  it('derives a missing slug from the title, with a warning', () => {
    const result = ok(parseImport(JSON.stringify([{ ...exported[1], slug: '' }])));
    expect(result.rows[0].event?.slug).toBe('arctic-cooperation-discussed');
    expect(result.rows[0].warnings[0]).toMatch(/No slug given/);
  });

  it('refuses unreadable files with a clear message', () => {
    expect(parseImport('{"data": [')).toEqual({ ok: false, error: expect.stringMatching(/^The JSON could not be read: /) });
    expect(parseImport('{"events": []}')).toEqual({ ok: false, error: expect.stringMatching(/list of events/) });
    expect(parseImport('[]')).toEqual({ ok: false, error: 'The file contains no events.' });
    expect(parseImport('  \n')).toEqual({ ok: false, error: 'The file is empty.' });
  });
});

describe('CSV import', () => {
  it('round-trips the events.csv export (without citations, which the CSV cannot carry)', () => {
    const result = ok(parseImport(exportCsv(exported), { fileName: 'backchannel-events.csv' }));
    expect(result.format).toBe('csv');
    expect(result.rows.map((r) => r.errors)).toEqual([[], []]);
    expect(result.notes.join(' ')).toMatch(/sources column is not imported/);
    const first = result.rows[0].event!;
    expect(first).toEqual({
      slug: 'dmitriev-witkoff-talks',
      title: 'Dmitriev and Witkoff hold talks',
      summary: 'The envoys met, according to TASS.',
      type: 'meeting',
      date: { start: '2025-04-02', precision: 'day', end: '2025-04-03', approximate: true },
      location: 'Washington',
      actors: [
        { slug: null, name: 'Kirill Dmitriev', role: 'participant', title: 'CEO, Russian Direct Investment Fund' },
        { slug: null, name: 'Steve Witkoff', role: 'host', title: null },
      ],
      sectors: [{ slug: null, name: 'Bilateral trade and investment' }],
      proposals: [{ slug: null, title: 'Some proposal' }],
      citations: [],
    });
    expect(result.rows[1].event).toMatchObject({
      slug: 'arctic-talks-march',
      location: null,
      date: { start: '2025-03-01', precision: 'month', end: null, approximate: false },
      actors: [],
    });
  });

  it('reports every bad row with its row and line number, using the column names', () => {
    const csv = [
      'slug,title,type,date_start,date_precision,date_end,date_approximate,location,summary,actors,sectors',
      'good-one,A good one,call,2025-03-18,day,,false,,"A summary\nover two lines",Kirill Dmitriev (participant),Energy',
      'bad-type,Bad type,summit,2025-03-18,day,,false,,S,,',
      'bad-date,Bad date,call,2025-02-30,day,,maybe,,S,,',
      'bad-actor,Bad actor,call,2025-03-18,day,,false,,S,Kirill Dmitriev,',
      'short-row,Too few fields,call',
      'good-one,Duplicate slug,call,2025-03-18,day,2025-03-17,false,,S,,',
    ].join('\n');
    const result = ok(parseImport(csv));
    expect(result.rows.map((r) => [r.row, r.line, r.errors])).toEqual([
      [1, 2, ['slug: "good-one" is also used by row 6 of this file']],
      [2, 4, ['type: Unknown event type "summit"; use one of meeting, call, visit, statement, proposal, sanction, legal, other']],
      [3, 5, ['date_start: This date does not exist', 'date_approximate: Use true or false']],
      [
        4,
        6,
        [
          'actors: "Kirill Dmitriev" must be written as "Name (role)" or "Name (role, title)", with role one of participant, host, speaker, mentioned',
        ],
      ],
      [
        5,
        7,
        [
          'Has 3 fields where the header has 11 (a missing or extra comma, or an unclosed quote?)',
          'summary: This field is required',
          'date_start: This field is required',
          'date_precision: This field is required',
        ],
      ],
      [6, 8, ['date_end: The end date must not be before the start date', 'slug: "good-one" is also used by row 1 of this file']],
    ]);
  });

  it("refuses a CSV without the export's header, or that cannot be parsed", () => {
    expect(parseImport('a,b\n1,2\n', { format: 'csv' })).toEqual({
      ok: false,
      error: expect.stringMatching(/Missing: title, type, date_start, date_precision, summary/),
    });
    expect(parseImport('slug,title\n"unclosed,2\n', { format: 'csv' })).toEqual({
      ok: false,
      error: expect.stringMatching(/^The CSV could not be read: Quote Not Closed/),
    });
  });
});

describe('reading the bytes', () => {
  it('detects the format by name, then by content', () => {
    expect(detectFormat('x', 'events.JSON')).toBe('json');
    expect(detectFormat('[1]', 'events.csv')).toBe('csv');
    expect(detectFormat('\uFEFF  {"data": []}')).toBe('json');
    expect(detectFormat('slug,title')).toBe('csv');
  });

  it('refuses files that are too large, not UTF-8 or binary', () => {
    expect(decodeImportBytes(new Uint8Array(MAX_IMPORT_BYTES + 1))).toEqual({
      ok: false,
      error: expect.stringMatching(/the limit is 2.0 MB/),
    });
    expect(decodeImportBytes(new Uint8Array([0xff, 0xfe, 0x41]))).toEqual({ ok: false, error: expect.stringMatching(/not UTF-8/) });
    expect(decodeImportBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]))).toEqual({
      ok: false,
      error: expect.stringMatching(/looks binary/),
    });
    // A byte-order mark is dropped.
    expect(decodeImportBytes(new TextEncoder().encode('\uFEFFslug,title'))).toEqual({ ok: true, text: 'slug,title' });
  });
});
