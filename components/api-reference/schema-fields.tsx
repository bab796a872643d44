import { fieldsOf } from '@/lib/openapi/reading';

const cell = 'border-b border-slate-200 px-2 py-1 align-top dark:border-slate-800';

/** The fields of one named response shape. */
export function SchemaFields({ name, schema }: { name: string; schema: unknown }) {
  const fields = fieldsOf(schema);
  if (fields.length === 0) return null;
  return (
    <section aria-labelledby={`schema-${name}`} className="space-y-2">
      <h3 id={`schema-${name}`} className="font-mono font-semibold">
        {name}
      </h3>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={`Fields of ${name}`}>
        <table className="w-full min-w-[28rem] text-left text-sm">
          <caption className="sr-only">Fields of {name}</caption>
          <thead>
            <tr>
              <th scope="col" className={cell}>
                Field
              </th>
              <th scope="col" className={cell}>
                Type
              </th>
              <th scope="col" className={cell}>
                Meaning
              </th>
            </tr>
          </thead>
          <tbody>
            {fields.map((f) => (
              <tr key={f.name}>
                <th scope="row" className={`${cell} font-mono font-normal`}>
                  {f.name}
                  {f.required ? null : <span className="text-xs text-slate-600 dark:text-slate-400"> (optional)</span>}
                </th>
                <td className={`${cell} font-mono text-xs`}>{f.type}</td>
                <td className={cell}>{f.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
