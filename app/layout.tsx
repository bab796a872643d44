import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import './globals.css';
import { siteOrigin } from '@/lib/site-url';
import { FilterExportLink } from '@/components/timeline/filter-export-link';
import { IntentLink } from '@/components/intent-link';

// Evaluated when the server first loads this module, after it has bound its port (lib/site-url.ts). A constant,
// not generateMetadata: a root layout's generateMetadata stopped the router prefetching a second route on intent.
export const metadata: Metadata = {
  metadataBase: new URL(siteOrigin()),
  title: { default: 'Backchannel — US–Russia economic talks tracker', template: '%s · Backchannel' },
  description:
    'A sourced timeline of the US–Russia economic talks: who met whom, what was proposed in which sector, the figures quoted and what became of each proposal.',
  openGraph: { siteName: 'Backchannel', type: 'website' },
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0b1220' },
  ],
};

const nav = [
  { href: '/', label: 'Timeline' },
  { href: '/actors', label: 'Actors' },
  { href: '/sectors', label: 'Sectors' },
  { href: '/sources', label: 'Sources' },
  { href: '/network', label: 'Network' },
  { href: '/map', label: 'Map' },
  { href: '/api', label: 'API' },
];

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="site">
        <a href="#main" className="skip-link rounded bg-blue-700 px-3 py-2 text-white">
          Skip to content
        </a>
        <header className="site-header">
          <div>
            <IntentLink href="/" className="text-lg font-semibold tracking-tight">
              Backchannel
              <span className="site-tagline">US–Russia economic talks, sourced</span>
            </IntentLink>
            <nav aria-label="Main">
              <ul className="flex flex-wrap gap-1 text-sm">
                {nav.map((item) => (
                  <li key={item.href}>
                    <IntentLink href={item.href} className="nav-link">
                      {item.label}
                    </IntentLink>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-6">
          {children}
        </main>
        <footer className="site-footer">
          <p>
            Backchannel reports who said what, with the source. Statements are attributed to the people and outlets that made them; none is
            endorsed. Data: {/* Data files, not pages: nothing worth prefetching. */}
            <Link prefetch={false} className="underline" href="/api/v1/events">
              JSON API
            </Link>{' '}
            ·{' '}
            <Suspense
              fallback={
                <a className="underline" href="/api/v1/events.csv">
                  CSV export
                </a>
              }
            >
              <FilterExportLink />
            </Suspense>
          </p>
        </footer>
      </body>
    </html>
  );
}
