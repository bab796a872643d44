'use server';

import { authorize, AuthorizationError } from '../auth/authorize';
import type { SessionUser } from '../auth/session';
import { db } from '../db';
import { applyImport } from '../import/apply';
import { decodeImportBytes, parseImport } from '../import/parse';
import { planImport } from '../import/plan';
import { parseFtm } from '../import/ftm';
import { applyFtmImport, planFtm } from '../import/ftm-apply';
import { NOT_UNDERSTOOD } from '../forms/action-state';
import { MAX_IMPORT_BYTES, type ImportState } from '../schemas/import';
import { revalidateAfterWrite } from './support/revalidate';

const limitText = `${MAX_IMPORT_BYTES / 1024 / 1024} MB`;

async function editor(): Promise<SessionUser | ImportState> {
  try {
    return await authorize('editor');
  } catch (error) {
    if (error instanceof AuthorizationError) return { status: 'error', formError: error.message, fieldErrors: {}, values: {} };
    throw error;
  }
}

const cleanName = (name: string) =>
  name
    .split(/[\\/]/)
    .pop()!
    .replace(/[\u0000-\u001f]/g, '')
    .slice(0, 200) || null;

/** The uploaded file, or else the pasted text, as text; or the reason it cannot be read. */
async function readInput(
  formData: FormData,
): Promise<{ ok: true; text: string; fileName: string | null } | { ok: false; state: ImportState }> {
  const pasted = typeof formData.get('text') === 'string' ? (formData.get('text') as string) : '';
  const file = formData.get('file');
  const fail = (field: string, message: string): { ok: false; state: ImportState } => ({
    ok: false,
    state: {
      status: 'error',
      formError: 'The file could not be previewed.',
      fieldErrors: { [field]: [message] },
      values: { text: pasted.length <= MAX_IMPORT_BYTES ? pasted : '' },
    },
  });
  if (file && typeof file === 'object' && 'arrayBuffer' in file && file.size > 0) {
    if (file.size > MAX_IMPORT_BYTES) return fail('file', `The file is larger than ${limitText}. Split it into smaller files.`);
    const decoded = decodeImportBytes(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) return fail('file', decoded.error);
    return { ok: true, text: decoded.text, fileName: cleanName(file.name) };
  }
  if (pasted.trim() === '') return fail('file', 'Choose a CSV or JSON file, or paste its contents below.');
  if (new TextEncoder().encode(pasted).byteLength > MAX_IMPORT_BYTES)
    return fail('text', `The pasted text is larger than ${limitText}. Split it into smaller files.`);
  return { ok: true, text: pasted, fileName: null };
}

/** Which importer: FollowTheMoney JSON Lines when chosen (or the file is .jsonl/.ndjson), else events in CSV or JSON. */
function isFtm(formData: FormData, fileName: string | null) {
  return formData.get('kind') === 'ftm' || /\.(jsonl|ndjson)$/i.test(fileName ?? '');
}

/** Step 1: read and check the file, match it against the database, write nothing. */
async function previewImport(_previous: ImportState, formData: FormData): Promise<ImportState> {
  const user = await editor();
  if ('status' in user) return user;
  const input = await readInput(formData);
  if (!input.ok) return input.state;
  if (isFtm(formData, input.fileName)) {
    const ftm = parseFtm(input.text);
    if (!ftm.ok) {
      return {
        status: 'error',
        formError: 'The file could not be read.',
        fieldErrors: { [input.fileName ? 'file' : 'text']: [ftm.error] },
        values: { text: input.fileName ? '' : input.text },
      };
    }
    return { status: 'preview', preview: (await planFtm(await db(), ftm, input.fileName)).preview, content: input.text };
  }
  const parsed = parseImport(input.text, { fileName: input.fileName });
  if (!parsed.ok) {
    return {
      status: 'error',
      formError: 'The file could not be read.',
      fieldErrors: { [input.fileName ? 'file' : 'text']: [parsed.error] },
      values: { text: input.fileName ? '' : input.text },
    };
  }
  const plan = await planImport(await db(), parsed, input.fileName);
  return { status: 'preview', preview: plan.preview, content: input.text };
}

/** Step 2: parse, check and match again, then import everything in one transaction, or nothing. */
async function runImport(_previous: ImportState, formData: FormData): Promise<ImportState> {
  const user = await editor();
  if ('status' in user) return user;
  const content = formData.get('content');
  const fileName = formData.get('fileName');
  if (typeof content !== 'string' || content.trim() === '') {
    return {
      status: 'error',
      formError: 'The file to import was not received; choose it again and preview it.',
      fieldErrors: {},
      values: {},
    };
  }
  const name = typeof fileName === 'string' && fileName ? cleanName(fileName) : null;
  let result;
  try {
    result = isFtm(formData, name)
      ? await applyFtmImport(await db(), user.id, content, { fileName: name })
      : await applyImport(await db(), user.id, content, { fileName: name });
  } catch (error) {
    // A record created by someone else between the checks and the writes (unique slug or id).
    if ((error as { code?: string }).code === 'P2002') {
      return {
        status: 'error',
        formError:
          'Another editor created a record with one of these slugs while the import ran. Nothing was imported; preview the file again.',
        fieldErrors: {},
        values: {},
      };
    }
    throw error;
  }
  if (!result.ok) {
    if ('preview' in result) return { status: 'preview', preview: result.preview, content, formError: result.error };
    return { status: 'error', formError: 'The file could not be read.', fieldErrors: { text: [result.error] }, values: {} };
  }
  revalidateAfterWrite(['events', 'actors', 'sectors', 'sources', 'proposals'], []);
  return { status: 'done', report: result.report };
}

/** The one action the import form posts to; the pressed button says which step. */
export async function importAction(previous: ImportState, formData: FormData): Promise<ImportState> {
  // A crafted request can call the action with anything (Next decodes the arguments before app code).
  if (!(formData instanceof FormData)) return { status: 'error', formError: NOT_UNDERSTOOD, fieldErrors: {}, values: {} };
  return formData.get('step') === 'import' ? runImport(previous, formData) : previewImport(previous, formData);
}
