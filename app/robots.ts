import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/site-url';

// SITE_URL is read at run time, not baked into the build.
export const dynamic = 'force-dynamic';

/** Crawlers keep out of the editors' side (admin pages, sign-in, session routes); everything public is in the sitemap. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/sign-in', '/api/auth/'] },
    sitemap: siteUrl('/sitemap.xml'),
  };
}
