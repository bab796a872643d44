import type { Highlight } from '@/lib/data/event-search';

const fieldLabels: Record<Highlight['field'], string> = {
  title: 'Title',
  actor: 'Actor',
  summary: 'Summary',
  sector: 'Sector',
  quotation: 'Quotation',
  location: 'Location',
};

/** Why a search result matched: React text nodes with <mark>, never HTML from the data. */
export function SearchSnippet({ highlight }: { highlight: Highlight }) {
  return (
    <p className="mt-1 text-sm text-slate-700 dark:text-slate-300" data-search-snippet>
      <span className="font-medium">
        {fieldLabels[highlight.field]}
        {highlight.speaker ? ` (${highlight.speaker})` : ''}:{' '}
      </span>
      {highlight.parts.map((part, i) =>
        part.match ? (
          <mark key={i} className="rounded-sm bg-yellow-200 px-0.5 dark:bg-yellow-700 dark:text-white">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}
