'use client';

import { useState } from 'react';
import { saveProposal } from '@/lib/actions/proposals';
import type { ActionState } from '@/lib/forms/action-state';
import { proposalStatusLabels } from '@/lib/labels';
import { slugify } from '@/lib/slug';
import type { Option } from './record-form-parts';
import { sentChoices, choicesOf } from '@/lib/forms/choices';
import { Field, inputClass } from './field';
import { NamePicker } from './name-picker';
import { FormStatus } from './form-status';
import { SubmitButton } from './submit-button';
import {
  AddRowButton,
  CitationRows,
  GroupErrors,
  MessageField,
  StatusSelect,
  VersionField,
  rows,
  str,
  strings,
  useRecordForm,
  useSlug,
  type Values,
} from './record-form-parts';

/**
 * The proposal form: what was proposed, in which sector, by whom, the events
 * that moved it and the citations behind it. Works without JavaScript (spare
 * blank rows), keeps the input on every error, carries the version.
 */
export function ProposalForm({
  id,
  version,
  initial,
  actors,
  sectors,
  sources,
  events,
}: {
  id?: string;
  version?: number;
  initial: Values;
  actors: Option[];
  sectors: Option[];
  sources: Option[];
  events: Option[];
}) {
  const { state, action, values, errors, formKey } = useRecordForm(saveProposal, initial);
  return <ProposalFields key={formKey} {...{ id, version, values, errors, state, action, actors, sectors, sources, events }} />;
}

function ProposalFields({
  id,
  version,
  values,
  errors,
  state,
  action,
  actors,
  sectors,
  sources,
  events,
}: {
  id?: string;
  version?: number;
  values: Values;
  errors: Record<string, string[]>;
  state: ActionState;
  action: (formData: FormData) => void;
  actors: Option[];
  sectors: Option[];
  sources: Option[];
  events: Option[];
}) {
  const slug = useSlug(str(values.slug));
  const [actorRows, setActorRows] = useState(strings(values.proposedBy).length + 1);
  const [eventRows, setEventRows] = useState(rows(values.events).length + 1);
  const err = (key: string) => errors[key];

  return (
    <form action={action} className="space-y-6" aria-describedby="form-status" noValidate>
      <FormStatus state={state} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <VersionField state={state} version={version} />

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">The proposal</legend>
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
        <Field id="slug" label="Slug" errors={err('slug')} hint="Generated from the title. Events stay linked if it changes.">
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
        <NamePicker
          id="sector"
          name="sector"
          label="Sector"
          kind="sector"
          defaultValue={str(values.sector)}
          options={sectors}
          errors={err('sector')}
          choices={sentChoices(errors, 'sector')}
        />
        <Field id="status" label="Where it stands" errors={err('status')} hint="As reported in the sources.">
          {(p) => (
            <select {...p} name="status" defaultValue={str(values.status) || 'proposed'} className={inputClass}>
              {Object.entries(proposalStatusLabels).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <StatusSelect name="recordStatus" value={str(values.recordStatus)} errors={err('recordStatus')} />
        <div className="sm:col-span-2">
          <Field id="summary" label="Summary" errors={err('summary')} hint="Neutral and attributed: say who proposed what.">
            {(p) => <textarea {...p} name="summary" defaultValue={str(values.summary)} rows={5} maxLength={4000} className={inputClass} />}
          </Field>
        </div>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">Proposed by</legend>
        <GroupErrors id="proposedBy-errors" errors={err('proposedBy')} />
        <div className="grid gap-2 sm:grid-cols-2">
          {Array.from({ length: actorRows }, (_, i) => (
            <NamePicker
              key={i}
              id={`proposedBy-${i}`}
              name={`proposedBy[${i}]`}
              label={`Actor ${i + 1} name`}
              kind="actor"
              defaultValue={strings(values.proposedBy)[i] ?? ''}
              options={actors}
              errors={err(`proposedBy.${i}`)}
              choices={choicesOf(errors, `proposedBy.${i}`)}
            />
          ))}
        </div>
        <AddRowButton onClick={() => setActorRows((n) => n + 1)}>Add another actor</AddRowButton>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">Events that moved it</legend>
        <GroupErrors id="events-errors" errors={err('events')} />
        {Array.from({ length: eventRows }, (_, i) => {
          const row = rows(values.events)[i] ?? {};
          return (
            <div key={i} className="grid gap-2 rounded border border-slate-200 p-2 sm:grid-cols-3 dark:border-slate-800">
              <NamePicker
                id={`events-${i}-event`}
                name={`events[${i}].event`}
                label={`Event ${i + 1} title`}
                kind="event"
                defaultValue={str(row.event)}
                options={events}
                errors={err(`events.${i}.event`)}
                choices={choicesOf(errors, `events.${i}.event`)}
              />
              <Field id={`events-${i}-status`} label="Status reached there (optional)" errors={err(`events.${i}.status`)}>
                {(p) => (
                  <select {...p} name={`events[${i}].status`} defaultValue={str(row.status)} className={inputClass}>
                    <option value="">—</option>
                    {Object.entries(proposalStatusLabels).map(([value, label]) => (
                      <option key={value} value={value}>
                        {label}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field id={`events-${i}-note`} label="Note (optional)" errors={err(`events.${i}.note`)}>
                {(p) => <input {...p} name={`events[${i}].note`} defaultValue={str(row.note)} maxLength={500} className={inputClass} />}
              </Field>
            </div>
          );
        })}
        <AddRowButton onClick={() => setEventRows((n) => n + 1)}>Add another event</AddRowButton>
      </fieldset>

      <CitationRows
        values={rows(values.citations)}
        errors={errors}
        sources={sources}
        actors={actors}
        requiredNote="A published proposal needs at least one citation."
      />

      <MessageField values={values} errors={errors} />
      <SubmitButton>{id ? 'Save changes' : 'Create proposal'}</SubmitButton>
    </form>
  );
}
