/** The states the "From an article" forms move through, as the server actions answer them. */
import type { FormValue } from '../forms/form-data';
import type { ArticleProposals } from './extract';

type Values = Record<string, FormValue>;

export interface Option {
  value: string;
  label: string;
}

export interface ArticleCreated {
  source: { id: string; title: string } | null;
  events: { id: string; slug: string; title: string }[];
  actors: { id: string; slug: string; name: string; existing: boolean }[];
  figures: { id: string; slug: string; label: string }[];
}

export type ArticleState =
  | { status: 'idle' }
  /** Step 1, with the editor's input (after an error, or when going back from the review). */
  | { status: 'article'; formError?: string; fieldErrors: Record<string, string[]>; values: Values }
  | {
      status: 'review';
      proposals: ArticleProposals;
      values: Values;
      fieldErrors: Record<string, string[]>;
      formError?: string;
      sectors: Option[];
      /** Live actors (slug → name), for the actor pickers. */
      actors: Option[];
    }
  | { status: 'done'; created: ArticleCreated };

export const articleIdle: ArticleState = { status: 'idle' };
