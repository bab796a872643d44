import type { ReactNode } from 'react';

export const inputClass =
  'mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm aria-[invalid=true]:border-red-600 dark:border-slate-600 dark:bg-slate-900';

/**
 * A labelled control with its errors beside it: the errors live in an
 * aria-live region that the control points at with aria-describedby.
 * `children` receives the props to spread on the control.
 */
export function Field({
  id,
  label,
  errors,
  hint,
  children,
}: {
  id: string;
  label: string;
  errors?: string[];
  hint?: string;
  children: (props: { id: string; 'aria-describedby': string; 'aria-invalid': boolean }) => ReactNode;
}) {
  const describedBy = `${id}-errors${hint ? ` ${id}-hint` : ''}`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': Boolean(errors?.length) })}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      <div id={`${id}-errors`} aria-live="polite" className="mt-1 text-sm text-red-700 dark:text-red-300">
        {errors?.map((e) => (
          <p key={e}>{e}</p>
        ))}
      </div>
    </div>
  );
}
