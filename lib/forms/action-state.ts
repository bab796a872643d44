import type { FieldChange } from '../diff';
import type { FormValue } from './form-data';

/** What a form's server action answers; the form shows it and keeps the input. */
export type ActionState =
  | { status: 'idle' }
  | { status: 'ok'; message: string }
  | {
      status: 'error';
      formError?: string;
      fieldErrors: Record<string, string[]>;
      values: Record<string, FormValue>;
      /** The database could not take the save now; nothing was saved, try again. */
      busy?: true;
    }
  | {
      status: 'conflict';
      formError: string;
      fieldErrors: Record<string, string[]>;
      theirChanges: FieldChange[];
      currentVersion: number;
      /** The version the editor opened, when it exists. */
      yourVersion?: number | null;
      /** Each save since that version: who, when, with which note. */
      saves?: { version: number; by: string; at: string; message: string | null }[];
      by: string | null;
      values: Record<string, FormValue>;
    };

export const idle: ActionState = { status: 'idle' };

/** The answer to a request no form of ours could have sent (wrong argument types, tampered hidden fields). */
export const NOT_UNDERSTOOD = 'The request was not understood; reload the page and try again.';
