/**
 * The one error map of the app: every zod issue that a schema did not word
 * itself gets a sentence an editor can act on, never zod's default text
 * ("Too small: expected string to have >=1 characters"). Messages given in a
 * schema (`.min(1, 'Enter a title')`) take precedence over this map, so it
 * only fills the gaps. Importing this module installs it (zod's config is
 * global); lib/schemas/common.ts and fields.ts import it, so every form
 * schema that parses on the server runs with it.
 */
import { z, type core } from 'zod';

type Issue = Parameters<core.$ZodErrorMap>[0];

const plural = (n: number | bigint, word: string) => `${n} ${word}${Number(n) === 1 ? '' : 's'}`;

function sizeUnit(origin: string | undefined) {
  if (origin === 'string') return 'character';
  if (origin === 'array' || origin === 'set') return 'item';
  if (origin === 'file') return 'byte';
  return null;
}

/** A human sentence for one issue; exported so tests can check every code. */
export function humanMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null || issue.input === '') return 'This field is required';
      if (issue.expected === 'number' || issue.expected === 'int' || issue.expected === 'bigint') return 'Enter a number';
      if (issue.expected === 'date') return 'Enter a date';
      if (issue.expected === 'array' || issue.expected === 'object') return 'This field was not sent in the expected form; reload the page';
      return 'Enter this field as text';
    case 'too_small': {
      const unit = sizeUnit(issue.origin);
      if (unit === 'character' && Number(issue.minimum) <= 1) return 'This field is required';
      if (unit === 'item' && Number(issue.minimum) <= 1) return 'Add at least one';
      if (unit) return `Use at least ${plural(issue.minimum, unit)}`;
      return `Enter ${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}`;
    }
    case 'too_big': {
      const unit = sizeUnit(issue.origin);
      if (unit) return `Use at most ${plural(issue.maximum, unit)}`;
      return `Enter ${issue.inclusive === false ? 'less than' : 'at most'} ${String(issue.maximum)}`;
    }
    case 'invalid_format':
      if (issue.format === 'url') return 'Enter a full web address starting with http:// or https://';
      if (issue.format === 'email') return 'Enter an email address such as name@example.org';
      if (issue.format === 'date') return 'Use the form YYYY-MM-DD';
      if (issue.format === 'datetime') return 'Enter a date and time';
      return 'This is not in the expected form';
    case 'not_multiple_of':
      return `Enter a multiple of ${String(issue.divisor)}`;
    case 'invalid_value':
      return 'Choose one of the options offered';
    case 'invalid_union':
      return 'This value is not valid here';
    case 'unrecognized_keys':
      return 'The form sent fields it should not have; reload the page';
    case 'invalid_key':
    case 'invalid_element':
      return 'One of the values is not valid';
    case 'custom':
      return 'This value is not valid';
    default:
      return 'This value is not valid';
  }
}

z.config({ customError: (issue) => humanMessage(issue) });

/** How much of what a user typed a message repeats. */
const ECHO_MAX = 60;

/**
 * What a user typed, as a message repeats it: at most ECHO_MAX characters
 * (whole code points, so an emoji or a Cyrillic letter is never split) and
 * "…" when cut. Every message that quotes input goes through this, so a
 * pasted 10,000-character "name" does not come back as a 10,000-character error.
 */
export function echo(text: unknown): string {
  const chars = Array.from(
    String(text ?? '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  return chars.length <= ECHO_MAX ? chars.join('') : `${chars.slice(0, ECHO_MAX).join('').trimEnd()}…`;
}
