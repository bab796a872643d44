/**
 * sitemap.xml's entries: the index pages and every public event, actor,
 * sector and source (lib/data/outputs.ts reads only published, live ones),
 * each dated by its last edit. 24 events today; one sitemap holds 50,000
 * URLs, so splitting with generateSitemaps can wait until that is near.
 */
import type { MetadataRoute } from 'next';
import type { SitemapRecords } from '../data/outputs';
import { permalink } from '../data/events';
import { siteUrl } from '../site-url';

export function sitemapEntries(records: SitemapRecords): MetadataRoute.Sitemap {
  const latest = [records.events, records.actors, records.sectors, records.sources]
    .flat()
    .reduce<string | undefined>((max, r) => (!max || r.updatedAt > max ? r.updatedAt : max), undefined);
  const index = (path: string, rows: { updatedAt: string }[]) => ({
    url: siteUrl(path),
    lastModified: rows.reduce<string | undefined>((max, r) => (!max || r.updatedAt > max ? r.updatedAt : max), undefined),
  });
  return [
    { url: siteUrl('/'), lastModified: latest, changeFrequency: 'daily' },
    index('/actors', records.actors),
    index('/sectors', records.sectors),
    index('/sources', records.sources),
    ...records.events.map((e) => ({ url: permalink(e.slug), lastModified: e.updatedAt })),
    ...records.actors.map((a) => ({ url: siteUrl(`/actors/${encodeURIComponent(a.slug)}`), lastModified: a.updatedAt })),
    ...records.sectors.map((s) => ({ url: siteUrl(`/sectors/${encodeURIComponent(s.slug)}`), lastModified: s.updatedAt })),
    ...records.sources.map((s) => ({ url: siteUrl(`/sources/${encodeURIComponent(s.id)}`), lastModified: s.updatedAt })),
  ];
}
