'use client';

import { sentChoices } from '@/lib/forms/choices';
import { NamePicker } from './name-picker';

/**
 * A citation's source, picked by name: the picker searches titles,
 * publishers and addresses; without JavaScript the server resolves a title,
 * an address or an id and lists candidates when it is ambiguous.
 */
export function SourcePicker({
  row,
  value,
  sources,
  errors,
}: {
  row: number;
  value: string;
  /** Known sources (id → title), so an id posted back shows as its title. */
  sources: { value: string; label: string }[];
  errors: Record<string, string[]>;
}) {
  const field = `citations.${row}.source`;
  return (
    <NamePicker
      id={`citations-${row}-source`}
      name={`citations[${row}].source`}
      label={`Source ${row + 1}`}
      kind="source"
      hint="Its title, publisher or address."
      defaultValue={value}
      options={sources}
      errors={errors[field]}
      choices={sentChoices(errors, field)}
    />
  );
}
