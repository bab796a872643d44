import { adminUsers } from '@/lib/data/admin-accounts';
import { requirePageUser } from '@/lib/auth/authorize';
import { setUserDisabled, setUserRole } from '@/lib/actions/users';
import { CreateUserForm, ResetPasswordForm } from '@/components/admin/user-forms';
import { Notice } from '@/components/admin/notice';

export const metadata = { title: 'Users' };

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const me = await requirePageUser('admin');
  const query = await searchParams;
  const users = await adminUsers();
  return (
    <div className="max-w-5xl space-y-6">
      <h1 className="text-2xl font-bold">Users</h1>
      <Notice
        error={query.error}
        message={
          query.created
            ? 'Account created.'
            : query.reset
              ? 'Password reset; the user’s sessions were ended.'
              : query.role
                ? 'Role changed; the user’s sessions were ended, so it applies from their next sign-in.'
                : null
        }
      />
      <section aria-labelledby="create" className="rounded border border-slate-200 p-4 dark:border-slate-800">
        <h2 id="create" className="mb-2 text-lg font-semibold">
          New account
        </h2>
        <CreateUserForm />
      </section>
      <table className="w-full text-left text-sm">
        <thead>
          <tr>
            <th scope="col">User</th>
            <th scope="col">Role</th>
            <th scope="col">State</th>
            <th scope="col">Sessions</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className="border-t border-slate-200 align-top dark:border-slate-800">
              <td className="py-2 pr-2">
                {u.name}
                <br />
                <span className="text-slate-600 dark:text-slate-400">{u.email}</span>
              </td>
              <td className="pr-2">
                {u.id !== me.id ? (
                  <form action={setUserRole} className="flex flex-wrap items-center gap-1">
                    <input type="hidden" name="id" value={u.id} />
                    <label className="sr-only" htmlFor={`role-${u.id}`}>
                      Role of {u.email}
                    </label>
                    <select
                      id={`role-${u.id}`}
                      name="role"
                      defaultValue={u.role}
                      className="rounded border border-slate-300 bg-white px-1 py-0.5 dark:border-slate-600 dark:bg-slate-900"
                    >
                      <option value="editor">editor</option>
                      <option value="admin">admin</option>
                    </select>
                    <button type="submit" className="rounded border border-slate-300 px-2 py-0.5 dark:border-slate-600">
                      Change role <span className="sr-only">of {u.email}</span>
                    </button>
                  </form>
                ) : (
                  u.role
                )}
              </td>
              <td className="pr-2">{u.disabledAt ? 'Disabled' : 'Active'}</td>
              <td className="pr-2">{u._count.sessions}</td>
              <td className="space-y-2 py-2">
                {u.id !== me.id ? (
                  <form action={setUserDisabled}>
                    <input type="hidden" name="id" value={u.id} />
                    <input type="hidden" name="disabled" value={u.disabledAt ? '0' : '1'} />
                    <button type="submit" className="rounded border border-slate-300 px-2 py-0.5 dark:border-slate-600">
                      {u.disabledAt ? 'Enable' : 'Disable'} <span className="sr-only">{u.email}</span>
                    </button>
                  </form>
                ) : null}
                <ResetPasswordForm id={u.id} email={u.email} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
