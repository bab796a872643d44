import type { FieldChange } from '../diff';

/** Messages by form field ("citations.0.source"), as the forms show them. */
export type Errors = Record<string, string[]>;

/** Bad input found only inside the transaction (a taken slug, an unknown actor). */
export class ValidationError extends Error {
  constructor(public readonly fieldErrors: Record<string, string[]>) {
    super(Object.values(fieldErrors).flat().join(' '));
  }
}

export interface ConflictSave {
  version: number;
  by: string;
  at: string;
  message: string | null;
}

/** The record was saved by someone else since the editor loaded it. */
export class ConflictError extends Error {
  constructor(
    public readonly currentVersion: number,
    public readonly theirChanges: FieldChange[],
    public readonly by: string | null,
    /** The version the editor opened (null when the form sent none that exists). */
    public readonly yourVersion: number | null = null,
    /** The saves since that version: who, when, with which note. */
    public readonly saves: ConflictSave[] = [],
  ) {
    super('This record was changed by someone else since you opened it.');
  }
}

export class NotFoundError extends Error {}
