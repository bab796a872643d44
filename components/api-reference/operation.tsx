import type { Operation } from '@/lib/openapi/reading';
import { curlExample } from '@/lib/openapi/reading';

// Tables and code scroll sideways on a phone; tabIndex lets a keyboard user scroll them (axe scrollable-region-focusable).
const cell = 'border-b border-slate-200 px-2 py-1 align-top dark:border-slate-800';

/** One endpoint of the reference: what it does, its parameters, its answers and a curl line. */
export function ApiOperation({ op, server }: { op: Operation; server: string }) {
  return (
    <section aria-labelledby={op.id} className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <h3 id={op.id} className="font-mono text-base font-semibold break-all">
        <span className="mr-2 rounded bg-emerald-100 px-1.5 py-0.5 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100">
          {op.method}
        </span>{' '}
        {op.path}
      </h3>
      <p className="font-medium">{op.summary}</p>
      {op.description ? <p className="text-sm text-slate-700 dark:text-slate-300">{op.description}</p> : null}
      {op.parameters.length > 0 ? (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={`Parameters of ${op.path}`}>
          <table className="w-full min-w-[32rem] text-left text-sm">
            <caption className="sr-only">Parameters of {op.path}</caption>
            <thead>
              <tr>
                <th scope="col" className={cell}>
                  Parameter
                </th>
                <th scope="col" className={cell}>
                  In
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
              {op.parameters.map((p) => (
                <tr key={`${p.in}-${p.name}`}>
                  <th scope="row" className={`${cell} font-mono font-normal`}>
                    {p.name}
                    {p.required ? <span className="text-xs text-slate-600 dark:text-slate-400"> (required)</span> : null}
                  </th>
                  <td className={cell}>{p.in}</td>
                  <td className={`${cell} font-mono text-xs`}>{p.type}</td>
                  <td className={cell}>{p.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <dl className="space-y-1 text-sm">
        {op.responses.map((r) => (
          <div key={r.status} className="flex flex-wrap gap-x-2">
            <dt className="font-mono font-semibold">{r.status}</dt>
            <dd>
              {r.description}
              {r.media.map((m) => (
                <span key={m.type} className="text-slate-600 dark:text-slate-400">
                  {' '}
                  · <code>{m.type}</code>: <code>{m.schema}</code>
                </span>
              ))}
            </dd>
          </div>
        ))}
      </dl>
      <pre tabIndex={0} className="overflow-x-auto rounded bg-slate-100 p-2 text-xs dark:bg-slate-900">
        <code>{curlExample(server, op)}</code>
      </pre>
    </section>
  );
}
