import { z } from 'zod';

export const errorSchema = z
  .strictObject({ error: z.string() })
  .meta({ id: 'Error', description: 'What went wrong, for a person to read' });

/** 400: the zod issues of the query, one per bad parameter (path[0] names it). */
export const badRequestSchema = z
  .strictObject({
    error: z.string(),
    issues: z.array(
      z.strictObject({
        path: z.array(z.string()).meta({ description: 'The parameter, then any position inside it' }),
        message: z.string(),
        code: z.string(),
      }),
    ),
  })
  .meta({ id: 'BadRequest', description: 'The request parameters failed validation' });
