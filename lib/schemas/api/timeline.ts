import { z } from 'zod';

const ints = (description: string) => z.array(z.number().int()).meta({ description });

/** The client axis's compact columns (lib/timeline/compact.ts): one entry per event in each array. */
export const timelineSchema = z
  .strictObject({
    v: z.literal(1),
    lanes: z.array(z.strictObject({ slug: z.string().nullable(), name: z.string(), colour: z.string() })),
    start: ints('Start day numbers (days since 1970-01-01), each as the difference from the previous one'),
    length: ints('Last covered day minus start day'),
    flags: ints('Precision (0 day, 1 month, 2 year) plus 4 when approximate'),
    lane: ints('The first lane of each event'),
    more: ints('Further lanes as pairs [event index, lane index]'),
  })
  .meta({ id: 'Timeline' });

export const timelineLabelsSchema = z
  .strictObject({ data: z.array(z.strictObject({ slug: z.string(), title: z.string(), label: z.string() })) })
  .meta({ id: 'TimelineLabels' });
