import Link from 'next/link';
import type { ReactNode } from 'react';
import { UndoTrash } from './trash-controls';
import { z } from 'zod';
import { Notice } from './notice';

const listParamsSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  status: z.enum(['draft', 'published']).optional().catch(undefined),
  page: z.coerce.number().int().min(0).max(10_000).catch(0),
});
export type ListParams = z.infer<typeof listParamsSchema>;

/** The search, status filter and page of an admin list, from the query string (bad values fall back). */
export function parseListParams(raw: Record<string, string | undefined>): ListParams {
  return listParamsSchema.parse({ q: raw.q || undefined, status: raw.status || undefined, page: raw.page ?? 0 });
}

export const statusLabel = (status: string) => (status === 'draft' ? 'Draft' : 'Published');
export const updatedLabel = (date: Date) => date.toISOString().slice(0, 16).replace('T', ' ');

/**
 * An admin list page: heading with a "New" link, notices, a GET search form
 * (works without JavaScript), the table, and offset paging.
 */
export function RecordList({
  title,
  basePath,
  noun,
  raw,
  params,
  total,
  size,
  columns,
  rows,
}: {
  title: string;
  basePath: string;
  noun: string;
  raw: Record<string, string | undefined>;
  params: ListParams;
  total: number;
  size: number;
  columns: string[];
  rows: { key: string; href: string; label: string; cells: ReactNode[] }[];
}) {
  const query = (page: number) =>
    `${basePath}?${new URLSearchParams({ ...(params.q ? { q: params.q } : {}), ...(params.status ? { status: params.status } : {}), page: String(page) })}`;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{title}</h1>
        <Link href={`${basePath}/new`} className="rounded bg-blue-700 px-3 py-2 text-sm font-medium text-white">
          New {noun}
        </Link>
      </div>
      <Notice message={raw.trashed ? `The ${noun} was moved to the trash.` : null} error={raw.error} />
      <UndoTrash id={raw.trashed} noun={noun} />
      <form method="get" className="flex flex-wrap items-end gap-2" role="search">
        <div>
          <label htmlFor="q" className="block text-sm font-medium">
            Search
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={params.q ?? ''}
            className="mt-1 rounded border border-slate-300 px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
          />
        </div>
        <div>
          <label htmlFor="status" className="block text-sm font-medium">
            Status
          </label>
          <select
            id="status"
            name="status"
            defaultValue={params.status ?? ''}
            className="mt-1 rounded border border-slate-300 px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
          >
            <option value="">Any</option>
            <option value="draft">Draft</option>
            <option value="published">Published</option>
          </select>
        </div>
        <button type="submit" className="rounded border border-slate-300 px-3 py-1 dark:border-slate-600">
          Filter
        </button>
      </form>
      <p className="text-sm">
        {total} {noun}
        {total === 1 ? '' : 's'}
      </p>
      <table className="w-full text-left text-sm">
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-t border-slate-200 dark:border-slate-800">
              <td className="py-1 pr-2">
                <Link className="underline" href={row.href}>
                  {row.label}
                </Link>
              </td>
              {row.cells.map((cell, i) => (
                <td key={i} className="pr-2">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <nav aria-label="Pages" className="flex gap-3 text-sm">
        {params.page > 0 ? (
          <Link className="underline" href={query(params.page - 1)}>
            ← Previous
          </Link>
        ) : null}
        {(params.page + 1) * size < total ? (
          <Link className="underline" href={query(params.page + 1)}>
            Next →
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
