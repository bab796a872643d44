import Link from 'next/link';
import { requirePageUser } from '@/lib/auth/authorize';

export const metadata = { title: 'Sanctions' };

export default async function AdminSanctionsPage() {
  await requirePageUser();
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold">Sanctions</h1>
      <p>Designations say who was listed, by which authority and when; waivers are the licences that suspended them for a while.</p>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <Link className="underline" href="/admin/sanctions/designations">
            Designations
          </Link>
        </li>
        <li>
          <Link className="underline" href="/admin/sanctions/waivers">
            Waivers and licences
          </Link>
        </li>
        <li>
          <Link className="underline" href="/admin/sanctions/trash">
            Sanctions in the trash
          </Link>
        </li>
        <li>
          <Link className="underline" href="/admin/import">
            Import designations from a FollowTheMoney file
          </Link>
        </li>
      </ul>
    </div>
  );
}
