'use client';

import { useState } from 'react';
import { saveEvent } from '@/lib/actions/events';
import type { ActionState } from '@/lib/forms/action-state';
import { NEW_SOURCE } from '@/lib/schemas/event';
import { slugify } from '@/lib/slug';
import { eventTypeLabels, roleLabels, sourceKindLabels } from '@/lib/labels';
import { Field, inputClass } from './field';
import { FormStatus } from './form-status';
import { SubmitButton } from './submit-button';
import { PlaceField } from './place-field';
import { sentChoices, choicesOf, offerCreateKey } from '@/lib/forms/choices';
import { NamePicker } from './name-picker';
import { NewActorDialog } from './new-actor-dialog';
import { NameListField } from './name-list-field';
import { SourcePicker } from './source-picker';
import {
  AddRowButton,
  MessageField,
  StatusSelect,
  VersionField,
  rows,
  str,
  strings,
  useRecordForm,
  useSlug,
  type Option,
  type Values,
} from './record-form-parts';

export type { Option };

/**
 * The event form. Works without JavaScript (spare blank rows for actors and
 * citations; blank rows are ignored), keeps the editor's input on every
 * error, and carries the record's version for conflict detection.
 */
export function EventForm({
  id,
  version,
  initial,
  actors,
  sectors,
  proposals,
  sources,
}: {
  id?: string;
  version?: number;
  initial: Values;
  actors: Option[];
  sectors: Option[];
  proposals: Option[];
  sources: Option[];
}) {
  // Remounts the fields with the returned values, so React's reset after an action cannot wipe them.
  const { state, action, values, errors, formKey } = useRecordForm(saveEvent, initial);
  return <EventFields key={formKey} {...{ id, version, values, errors, state, action, actors, sectors, proposals, sources }} />;
}

function EventFields({
  id,
  version,
  values,
  errors,
  state,
  action,
  actors,
  sectors,
  proposals,
  sources,
}: {
  id?: string;
  version?: number;
  values: Values;
  errors: Record<string, string[]>;
  state: ActionState;
  action: (formData: FormData) => void;
  actors: Option[];
  sectors: Option[];
  proposals: Option[];
  sources: Option[];
}) {
  const slug = useSlug(str(values.slug));
  const [actorRows, setActorRows] = useState(rows(values.actors).length + 2);
  const [citationRows, setCitationRows] = useState(rows(values.citations).length + 1);
  // Actors created in the dialog, by the actor row they were put into.
  const [created, setCreated] = useState<Record<number, { label: string; value: string }>>({});
  const err = (key: string) => errors[key];
  const newSource = (values.newSource ?? {}) as Values;

  return (
    <form id="event-form" action={action} className="space-y-6" aria-describedby="form-status" noValidate>
      <FormStatus state={state} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <VersionField state={state} version={version} />

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">The event</legend>
        <div className="sm:col-span-2">
          <Field id="title" label="Title" errors={err('title')}>
            {(p) => (
              <input
                {...p}
                name="title"
                defaultValue={str(values.title)}
                maxLength={200}
                className={inputClass}
                onChange={(e) => slug.follow(e.target.value, slugify)}
              />
            )}
          </Field>
        </div>
        <Field
          id="slug"
          label="Slug (permalink)"
          errors={err('slug')}
          hint="Generated from the title (left empty, the server makes it); changing it later keeps the old link working."
        >
          {(p) => (
            <input
              {...p}
              name="slug"
              value={slug.slug}
              onChange={(e) => slug.edit(e.target.value)}
              maxLength={120}
              className={inputClass}
            />
          )}
        </Field>
        <Field id="type" label="Type" errors={err('type')}>
          {(p) => (
            <select {...p} name="type" defaultValue={str(values.type) || 'meeting'} className={inputClass}>
              {Object.entries(eventTypeLabels).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="startDate" label="Start date" errors={err('startDate')} hint="For a month or year, use its first day.">
          {(p) => <input {...p} type="date" name="startDate" defaultValue={str(values.startDate)} className={inputClass} />}
        </Field>
        <Field id="precision" label="Date known to the" errors={err('precision')}>
          {(p) => (
            <select {...p} name="precision" defaultValue={str(values.precision) || 'day'} className={inputClass}>
              <option value="day">Day</option>
              <option value="month">Month</option>
              <option value="year">Year</option>
            </select>
          )}
        </Field>
        <Field id="endDate" label="End date (optional)" errors={err('endDate')}>
          {(p) => <input {...p} type="date" name="endDate" defaultValue={str(values.endDate)} className={inputClass} />}
        </Field>
        <div className="flex items-center gap-2 pt-6">
          <input
            id="approximate"
            type="checkbox"
            name="approximate"
            defaultChecked={str(values.approximate) === 'on' || str(values.approximate) === 'true'}
          />
          <label htmlFor="approximate" className="text-sm">
            The date is approximate (“c.”)
          </label>
        </div>
        <Field id="location" label="Location (optional)" errors={err('location')}>
          {(p) => <input {...p} name="location" defaultValue={str(values.location)} maxLength={200} className={inputClass} />}
        </Field>
        <PlaceField values={values} errors={errors} />
        <StatusSelect value={str(values.status)} errors={err('status')} />
        <div className="sm:col-span-2">
          <Field id="summary" label="Summary" errors={err('summary')} hint="Neutral and attributed: say who said what.">
            {(p) => <textarea {...p} name="summary" defaultValue={str(values.summary)} rows={5} maxLength={4000} className={inputClass} />}
          </Field>
        </div>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">Actors</legend>
        {Array.from({ length: actorRows }, (_, i) => {
          const row = rows(values.actors)[i] ?? {};
          return (
            <div key={i} className="grid gap-2 rounded border border-slate-200 p-2 sm:grid-cols-3 dark:border-slate-800">
              <NamePicker
                key={created[i]?.value ?? 'typed'}
                id={`actors-${i}-actor`}
                name={`actors[${i}].actor`}
                label={`Actor ${i + 1} name`}
                kind="actor"
                defaultValue={str(row.actor)}
                options={actors}
                errors={err(`actors.${i}.actor`)}
                choices={sentChoices(errors, `actors.${i}.actor`)}
                createPrefix={`actors[${i}]`}
                offerCreate={Boolean(errors[offerCreateKey(`actors.${i}.actor`)])}
                value={created[i]}
              />
              <Field id={`actors-${i}-role`} label="Role" errors={err(`actors.${i}.role`)}>
                {(p) => (
                  <select {...p} name={`actors[${i}].role`} defaultValue={str(row.role)} className={inputClass}>
                    <option value="">—</option>
                    {Object.entries(roleLabels).map(([value, label]) => (
                      <option key={value} value={value}>
                        {label}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field id={`actors-${i}-title`} label="Title at the time" errors={err(`actors.${i}.title`)}>
                {(p) => <input {...p} name={`actors[${i}].title`} defaultValue={str(row.title)} className={inputClass} />}
              </Field>
            </div>
          );
        })}
        <div className="flex flex-wrap gap-2">
          <AddRowButton onClick={() => setActorRows((n) => n + 1)}>Add another actor</AddRowButton>
          <NewActorDialog
            onCreated={(actor) => {
              // The new actor goes into the first empty actor row (a new row when all are taken).
              const form = document.getElementById('event-form') as HTMLFormElement | null;
              const filled = (row: number) =>
                row in created || Boolean((form?.elements.namedItem(`actors[${row}].actor`) as HTMLInputElement | null)?.value.trim());
              let row = 0;
              while (row < actorRows && filled(row)) row++;
              if (row >= actorRows) setActorRows(row + 1);
              setCreated((c) => ({ ...c, [row]: { label: actor.name, value: actor.slug } }));
            }}
          />
        </div>
      </fieldset>

      <NameListField
        name="sectors"
        kind="sector"
        legend="Sectors"
        noun="Sector"
        values={strings(values.sectors)}
        options={sectors}
        errors={errors}
      />

      <NameListField
        name="proposals"
        kind="proposal"
        legend="Proposals this event moved"
        noun="Proposal"
        values={strings(values.proposals)}
        options={proposals}
        errors={errors}
      />

      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">Citations</legend>
        <div id="citations-errors" aria-live="polite" className="text-sm text-red-700 dark:text-red-300">
          {err('citations')?.join(' ')}
        </div>
        {Array.from({ length: citationRows }, (_, i) => {
          const row = rows(values.citations)[i] ?? {};
          return (
            <div key={i} className="grid gap-2 rounded border border-slate-200 p-2 sm:grid-cols-2 dark:border-slate-800">
              <div>
                <SourcePicker row={i} value={str(row.source) === NEW_SOURCE ? '' : str(row.source)} sources={sources} errors={errors} />
                <label className="mt-1 flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    name={`citations[${i}].newSource`}
                    defaultChecked={str(row.source) === NEW_SOURCE || str(row.newSource) === 'on'}
                  />
                  Cite the new source described below instead
                </label>
              </div>
              <NamePicker
                id={`citations-${i}-speaker`}
                name={`citations[${i}].speaker`}
                label="Speaker’s name (optional)"
                kind="actor"
                defaultValue={str(row.speaker)}
                options={actors}
                errors={err(`citations.${i}.speaker`)}
                choices={choicesOf(errors, `citations.${i}.speaker`)}
              />
              <div className="sm:col-span-2">
                <Field id={`citations-${i}-quote`} label="Quote (a sentence or two, verbatim)" errors={err(`citations.${i}.quote`)}>
                  {(p) => (
                    <textarea
                      {...p}
                      name={`citations[${i}].quote`}
                      defaultValue={str(row.quote)}
                      rows={2}
                      maxLength={600}
                      className={inputClass}
                    />
                  )}
                </Field>
              </div>
            </div>
          );
        })}
        <AddRowButton onClick={() => setCitationRows((n) => n + 1)}>Add another citation</AddRowButton>

        <details className="rounded border border-slate-200 p-3 dark:border-slate-800" open={Boolean(str(newSource.title))}>
          <summary className="cursor-pointer text-sm font-medium">Create a new source for a citation</summary>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            <Field id="newSource-title" label="Title" errors={err('newSource.title')}>
              {(p) => <input {...p} name="newSource.title" defaultValue={str(newSource.title)} className={inputClass} />}
            </Field>
            <Field id="newSource-outlet" label="Outlet" errors={err('newSource.outlet')}>
              {(p) => <input {...p} name="newSource.outlet" defaultValue={str(newSource.outlet)} className={inputClass} />}
            </Field>
            <Field id="newSource-author" label="Author" errors={err('newSource.author')}>
              {(p) => <input {...p} name="newSource.author" defaultValue={str(newSource.author)} className={inputClass} />}
            </Field>
            <Field id="newSource-url" label="Address (URL)" errors={err('newSource.url')}>
              {(p) => <input {...p} type="url" name="newSource.url" defaultValue={str(newSource.url)} className={inputClass} />}
            </Field>
            <Field id="newSource-publishedAt" label="Published" errors={err('newSource.publishedAt')}>
              {(p) => (
                <input {...p} type="date" name="newSource.publishedAt" defaultValue={str(newSource.publishedAt)} className={inputClass} />
              )}
            </Field>
            <Field id="newSource-publishedPrecision" label="Publication date known to the" errors={err('newSource.publishedPrecision')}>
              {(p) => (
                <select
                  {...p}
                  name="newSource.publishedPrecision"
                  defaultValue={str(newSource.publishedPrecision) || 'day'}
                  className={inputClass}
                >
                  <option value="day">Day</option>
                  <option value="month">Month</option>
                  <option value="year">Year</option>
                </select>
              )}
            </Field>
            <Field id="newSource-kind" label="Kind" errors={err('newSource.kind')}>
              {(p) => (
                <select {...p} name="newSource.kind" defaultValue={str(newSource.kind) || 'news'} className={inputClass}>
                  {Object.entries(sourceKindLabels).map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
        </details>
      </fieldset>

      <MessageField values={values} errors={errors} />

      <SubmitButton>{id ? 'Save changes' : 'Create event'}</SubmitButton>
    </form>
  );
}
