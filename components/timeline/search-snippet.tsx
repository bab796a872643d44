import type { Highlight } from '@/lib/data/event-search';

const fieldLabels: Record<Highlight['field'], string> = {
  title: 'Title',
  actor: 'Actor',
  summary: 'Summary',
  sector: 'Sector',
  quotation: 'Quotation',
  location: 'Location',
};

/** Why a search result matched: React text nodes with <mark>, never HTML from the data. Looks: `.ev-snippet` in globals.css. */
export function SearchSnippet({ highlight }: { highlight: Highlight }) {
  return (
    <p className="ev-snippet" data-search-snippet>
      <span>
        {fieldLabels[highlight.field]}
        {highlight.speaker ? ` (${highlight.speaker})` : ''}:{' '}
      </span>
      {highlight.parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </p>
  );
}
