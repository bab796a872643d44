import type { MetadataRoute } from 'next';
import { getSitemapRecords } from '@/lib/data/outputs';
import { sitemapEntries } from '@/lib/feeds/sitemap';

// Read at request time (the data changes with every edit); the read itself is cached by tag.
export const dynamic = 'force-dynamic';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries(await getSitemapRecords());
}
