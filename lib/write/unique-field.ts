import { ValidationError } from './errors';

/** A unique-index race (two creates with one slug at once) reported on the field, not as a 500. */
export async function uniqueField<T>(field: string, message: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if ((error as { code?: string }).code === 'P2002') throw new ValidationError({ [field]: [message] });
    throw error;
  }
}
