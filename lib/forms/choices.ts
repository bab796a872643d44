/**
 * The candidates of an ambiguous or unknown name travel back to the form
 * with the field errors, under `choices:<field>`, one "value\tlabel" each.
 * The form shows them as radio buttons named `pick:<field name>` (see
 * PICK in form-data.ts), so choosing one works without JavaScript.
 */
export interface Choice {
  value: string;
  label: string;
}

const PREFIX = 'choices:';

export const choicesKey = (field: string) => `${PREFIX}${field}`;
/**
 * Set (to []) when a name matched no record exactly and the form may create
 * one: "create a new actor named …" is offered beside any suggestions.
 * With no suggestions, an empty `choices:` list says the same.
 */
export const offerCreateKey = (field: string) => `create:${field}`;
export function encodeChoices(choices: Choice[]): string[] {
  return choices.map((c) => `${c.value}\t${c.label.replace(/\t/g, ' ')}`);
}

export function choicesOf(errors: Record<string, string[]>, field: string): Choice[] {
  return (errors[choicesKey(field)] ?? []).map((line) => {
    const tab = line.indexOf('\t');
    return tab < 0 ? { value: line, label: line } : { value: line.slice(0, tab), label: line.slice(tab + 1) };
  });
}

/** The "New actor" dialog's "create a new actor anyway" checkbox: shown only once the editor has seen the actors already called that. */
export const CREATE_ANYWAY = 'createAnyway';

/**
 * The candidates sent back for a field, or undefined when none were sent: a picker tells "no list" (nothing to
 * show) from an empty list (the name matched nothing; offer to create it).
 */
export function sentChoices(errors: Record<string, string[]>, field: string): Choice[] | undefined {
  return errors[choicesKey(field)] ? choicesOf(errors, field) : undefined;
}
