import Link from 'next/link';
import { requirePageUser } from '@/lib/auth/authorize';

export const dynamic = 'force-dynamic';
export const metadata = { robots: { index: false }, title: { default: 'Admin', template: '%s · Admin · Backchannel' } };

const items = [
  { href: '/admin', label: 'Overview' },
  { href: '/admin/events', label: 'Events' },
  { href: '/admin/actors', label: 'Actors' },
  { href: '/admin/sectors', label: 'Sectors' },
  { href: '/admin/proposals', label: 'Proposals' },
  { href: '/admin/sources', label: 'Sources' },
  { href: '/admin/figures', label: 'Figures' },
  { href: '/admin/sanctions', label: 'Sanctions' },
  { href: '/admin/import', label: 'Import' },
  { href: '/admin/from-article', label: 'From an article' },
  { href: '/admin/trash', label: 'Trash' },
];

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser('editor');
  return (
    <div className="space-y-6" data-admin>
      <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 px-3 py-2 dark:border-slate-800">
        <nav aria-label="Admin">
          <ul className="flex flex-wrap gap-1 text-sm">
            {[
              ...items,
              ...(user.role === 'admin'
                ? [
                    { href: '/admin/users', label: 'Users' },
                    { href: '/admin/audit', label: 'Audit log' },
                  ]
                : []),
            ].map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="rounded px-2 py-1 hover:bg-slate-100 dark:hover:bg-slate-800">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex items-center gap-2 text-sm">
          <span>
            {user.name} ({user.role})
          </span>
          <form method="post" action="/api/auth/sign-out">
            <button type="submit" className="rounded border border-slate-300 px-2 py-1 dark:border-slate-600">
              Sign out
            </button>
          </form>
          <form method="post" action="/api/auth/sign-out">
            <input type="hidden" name="everywhere" value="1" />
            <button type="submit" className="rounded border border-slate-300 px-2 py-1 dark:border-slate-600">
              Sign out everywhere
            </button>
          </form>
        </div>
      </div>
      {children}
    </div>
  );
}
