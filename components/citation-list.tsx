import Link from 'next/link';
import type { CitationDTO } from '@/lib/data/events';
import { sourceKindLabels } from '@/lib/labels';

/** Quotes with their speaker and full source details. */
export function CitationList({ citations }: { citations: CitationDTO[] }) {
  return (
    <ul className="space-y-3">
      {citations.map((c, i) => (
        <li key={i} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
          <blockquote className="border-l-4 border-slate-300 pl-3 italic dark:border-slate-600">“{c.quote}”</blockquote>
          <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
            {c.speaker ? (
              <>
                Said by{' '}
                {c.speakerSlug ? (
                  <Link className="underline" href={`/actors/${c.speakerSlug}`}>
                    {c.speaker}
                  </Link>
                ) : (
                  c.speaker
                )}
                {' · '}
              </>
            ) : null}
            <Link className="underline" href={`/sources/${c.source.id}`}>
              {c.source.title}
            </Link>
            {c.source.outlet ? `, ${c.source.outlet}` : ''}
            {c.source.author ? `, by ${c.source.author}` : ''}
            {c.source.publishedLabel ? `, ${c.source.publishedLabel}` : ''}
            {' · '}
            {sourceKindLabels[c.source.kind] ?? c.source.kind}
            {c.source.url ? (
              <>
                {' · '}
                <a className="underline" href={c.source.url} rel="noopener noreferrer">
                  original
                </a>
              </>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
