import { ArticleForm } from '@/components/admin/article-form';
import { requirePageUser } from '@/lib/auth/authorize';

export const metadata = { title: 'From an article' };

export default async function FromArticlePage() {
  await requirePageUser();
  return (
    <div className="max-w-5xl space-y-4">
      <h1 className="text-2xl font-bold">From an article</h1>
      <div className="max-w-3xl space-y-2 text-sm">
        <p>
          Paste an article with its details. The text is read here, on this server (no outside service): sentences that date an act become
          proposed events, with relative dates (“on Tuesday”, “last week”, “in February”) counted from the publication date at the precision
          the text supports; known actors are matched by name, alias or transliteration, and new names of people and organisations are
          offered; sectors are found by keywords; amounts and quantities become proposed figures, not events.
        </p>
        <p>
          You then accept or reject all of them at once, or edit and accept each one. Accepted events and figures are created as drafts
          citing the article, with the sentence they came from as the quote.
        </p>
      </div>
      <ArticleForm />
    </div>
  );
}
