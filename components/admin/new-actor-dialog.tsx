'use client';

import { useActionState, useState } from 'react';
import { createPortal } from 'react-dom';
import { createActorInline, type InlineActorState } from '@/lib/actions/inline-actor';
import { CREATE_ANYWAY } from '@/lib/forms/choices';
import { Field, inputClass } from './field';
import { useHydrated } from './use-hydrated';

const idle: InlineActorState = { status: 'idle' };

/**
 * "New actor" on the event form: a modal dialog with the actor form's main
 * fields that saves through the actor write path and hands the new actor to
 * `onCreated`, without leaving (or losing) the event form. The dialog is
 * portalled to <body> because a form cannot sit inside another form. Without
 * JavaScript the button is not shown (it could do nothing); the event form
 * then offers "create a new actor named …" beside an unknown name instead.
 */
export function NewActorDialog({ onCreated }: { onCreated: (actor: { slug: string; name: string }) => void }) {
  // Rendered only once opened (by a click, so in the browser): the portal needs document.body.
  const [open, setOpen] = useState(false);
  const hydrated = useHydrated();
  const [state, action, pending] = useActionState(async (previous: InlineActorState, formData: FormData) => {
    const next = await createActorInline(previous, formData);
    if (next.status === 'ok') {
      onCreated(next.actor);
      setOpen(false);
      return idle; // the next opening starts blank
    }
    return next;
  }, idle);

  const err = (key: string) => (state.status === 'error' ? state.fieldErrors[key] : undefined);
  // What was posted, so a warning or an error does not empty the dialog (React resets a form after its action).
  const v = (key: string) => (state.status === 'error' ? state.values?.[key] : undefined);
  const existing = state.status === 'error' ? (state.existing ?? []) : [];
  // A new key each answer: the fields take the posted values as their defaults again.
  const formKey = state.status === 'error' ? JSON.stringify(state.values ?? {}) : 'blank';
  if (!hydrated) return null;
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="rounded border border-slate-300 px-3 py-1 text-sm dark:border-slate-600"
      >
        New actor…
      </button>
      {open
        ? createPortal(
            <dialog
              ref={(el) => {
                if (el && !el.open) el.showModal();
              }}
              onClose={() => setOpen(false)}
              aria-labelledby="new-actor-heading"
              className="w-full max-w-lg rounded border border-slate-300 bg-white p-4 text-slate-900 backdrop:bg-black/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
            >
              <form key={formKey} action={action} className="space-y-3" noValidate>
                <h2 id="new-actor-heading" className="text-lg font-semibold">
                  New actor
                </h2>
                <p className="text-sm text-slate-600 dark:text-slate-400">Saved at once; it is then put into the event’s actor list.</p>
                {state.status === 'error' ? (
                  <p role="alert" className="text-sm text-red-700 dark:text-red-300">
                    {state.formError}
                  </p>
                ) : null}
                {existing.length ? (
                  <div className="space-y-2 rounded border border-amber-300 bg-amber-50 p-2 text-sm dark:border-amber-700 dark:bg-amber-950">
                    <ul className="space-y-1">
                      {existing.map((a) => (
                        <li key={a.slug} className="flex flex-wrap items-center gap-2">
                          <span>{a.label}</span>
                          <button
                            type="button"
                            onClick={() => {
                              // The actor that exists goes into the event form, as a new one would.
                              onCreated({ slug: a.slug, name: a.name });
                              setOpen(false);
                            }}
                            className="rounded border border-slate-300 px-2 py-1 dark:border-slate-600"
                          >
                            Use {a.name}
                          </button>
                        </li>
                      ))}
                    </ul>
                    <label className="flex items-center gap-2">
                      <input type="checkbox" name={CREATE_ANYWAY} />
                      Create a new actor anyway (a different one with the same name)
                    </label>
                  </div>
                ) : null}
                <Field id="new-actor-name" label="Name" errors={err('name')}>
                  {(p) => <input {...p} name="name" maxLength={200} defaultValue={v('name')} className={inputClass} />}
                </Field>
                <Field id="new-actor-kind" label="Kind" errors={err('kind')}>
                  {(p) => (
                    <select {...p} name="kind" defaultValue={v('kind') ?? 'person'} className={inputClass}>
                      <option value="person">Person</option>
                      <option value="organisation">Organisation</option>
                    </select>
                  )}
                </Field>
                <Field id="new-actor-aliases" label="Other names (one per line, optional)" errors={err('aliases')}>
                  {(p) => <textarea {...p} name="aliases" rows={2} defaultValue={v('aliases')} className={inputClass} />}
                </Field>
                <Field id="new-actor-country" label="Country code (optional, e.g. US, RU)" errors={err('country')}>
                  {(p) => <input {...p} name="country" maxLength={2} defaultValue={v('country')} className={inputClass} />}
                </Field>
                <Field id="new-actor-description" label="Description (optional)" errors={err('description')}>
                  {(p) => (
                    <textarea {...p} name="description" rows={2} maxLength={2000} defaultValue={v('description')} className={inputClass} />
                  )}
                </Field>
                <Field id="new-actor-status" label="Status" errors={err('status')}>
                  {(p) => (
                    <select {...p} name="status" defaultValue={v('status') ?? 'published'} className={inputClass}>
                      <option value="draft">Draft</option>
                      <option value="published">Published</option>
                    </select>
                  )}
                </Field>
                <div className="flex gap-2">
                  <button type="submit" disabled={pending} className="rounded bg-blue-700 px-3 py-2 text-sm text-white">
                    {pending ? 'Creating…' : 'Create actor'}
                  </button>
                  <button
                    type="button"
                    onClick={() => setOpen(false)}
                    className="rounded border border-slate-300 px-3 py-2 text-sm dark:border-slate-600"
                  >
                    Cancel
                  </button>
                </div>
              </form>
            </dialog>,
            document.body,
          )
        : null}
    </>
  );
}
