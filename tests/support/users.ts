/** Accounts created in the throwaway test databases only (never in the app's seed). */
export const testUsers = {
  admin: { email: 'admin@test.local', name: 'Test Admin', role: 'admin' as const, password: 'admin-password-for-tests', disabled: false },
  editor: {
    email: 'editor@test.local',
    name: 'Test Editor',
    role: 'editor' as const,
    password: 'editor-password-for-tests',
    disabled: false,
  },
  editor2: {
    email: 'editor2@test.local',
    name: 'Second Editor',
    role: 'editor' as const,
    password: 'editor2-password-for-tests',
    disabled: false,
  },
  locked: {
    email: 'locked@test.local',
    name: 'Rate Limit Target',
    role: 'editor' as const,
    password: 'locked-password-for-tests',
    disabled: false,
  },
  disabled: {
    email: 'disabled@test.local',
    name: 'Disabled Editor',
    role: 'editor' as const,
    password: 'disabled-password-for-tests',
    disabled: true,
  },
};
export type TestUser = keyof typeof testUsers;
