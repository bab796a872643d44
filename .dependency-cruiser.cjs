/**
 * The layering rules of docs/decisions/0005 (app → components → lib, one write path),
 * checked in CI by `npm run lint:deps`. Each rule's comment is what a violation prints.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules must not import each other in a cycle: move the shared part down into a module both use.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'lib-not-to-app-or-components',
      severity: 'error',
      comment: 'lib/ is the bottom layer: it must not import routes (app/) or UI (components/).',
      from: { path: '^lib/' },
      to: { path: '^(app|components)/' },
    },
    {
      name: 'components-not-to-app',
      severity: 'error',
      comment: 'components/ must not import routes in app/: pass data down as props instead.',
      from: { path: '^components/' },
      to: { path: '^app/' },
    },
    {
      name: 'ui-not-to-database',
      severity: 'error',
      comment:
        'Pages, route handlers and components read through lib/data and write through lib/actions; only lib/ talks to the database client.',
      from: { path: '^(app|components)/' },
      to: { path: '^lib/(db|generated)/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'data-not-to-writes',
      severity: 'error',
      comment: 'lib/data is read-only: it must not import lib/actions or lib/write.',
      from: { path: '^lib/data/' },
      to: { path: '^lib/(actions|write)/' },
    },
    {
      name: 'write-not-to-actions',
      severity: 'error',
      comment: 'lib/write holds domain writes; server-action plumbing (lib/actions) sits above it, never below.',
      from: { path: '^lib/write/' },
      to: { path: '^lib/actions/' },
    },
    {
      name: 'db-is-the-bottom',
      severity: 'error',
      comment: 'lib/db opens the database and runs migrations; it must not import features, auth, the seed or the app.',
      from: { path: '^lib/db/' },
      to: { path: '^(lib/(auth|data|write|actions|article|import|seed|forms)|prisma|app|components)/' },
    },
    {
      name: 'schemas-are-zod-only',
      severity: 'error',
      comment:
        'lib/schemas holds zod schemas; they may use the shared helpers (dates, slugs, labels) but no feature, read or write module.',
      from: { path: '^lib/schemas/' },
      to: { path: '^lib/(actions|write|data|db|article|import|seed|forms|auth)/' },
    },
    {
      name: 'forms-not-to-write',
      severity: 'error',
      comment: 'lib/forms turns FormData into values and field errors; it must not depend on the write layer.',
      from: { path: '^lib/forms/' },
      to: { path: '^lib/(write|actions)/' },
    },
    {
      name: 'features-independent',
      severity: 'error',
      comment: 'Feature folders (lib/article, lib/import) must not lean on each other: move the shared helper down into a module both use.',
      from: { path: '^lib/(article|import)/' },
      to: { path: '^lib/(article|import)/', pathNot: '^lib/$1/' },
    },
    {
      name: 'prisma-folder-only-for-seed-and-scripts',
      severity: 'error',
      comment: 'Only lib/seed and scripts/ read prisma/ (the dataset files); everything else goes through them.',
      from: { pathNot: '^(lib/seed|scripts)/' },
      to: { path: '^prisma/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|lib/generated|\\.next)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
