/** What each query parameter means, for the OpenAPI document and the /api page. Keyed by the parameter's name in the route's schema. */
export const parameterDocs: Record<string, { description: string; example?: unknown }> = {
  actor: { description: "An actor's slug. Repeat for several (any of them)", example: ['kirill-dmitriev'] },
  sector: { description: "A sector's slug. Repeat for several (any of them)", example: ['rare-earths'] },
  type: { description: 'An event type. Repeat for several (any of them)', example: ['meeting'] },
  from: { description: 'Events that end on or after this day (YYYY-MM-DD)', example: '2025-02-01' },
  to: { description: 'Events that start on or before this day (YYYY-MM-DD); not before `from`', example: '2025-04-30' },
  q: { description: 'Full-text search, at most 200 characters. Results come by relevance with `rank` and `highlight`', example: 'Witkoff' },
  limit: { description: 'How many items to return (bounds and default in the schema)', example: 20 },
  sort: { description: '`asc` (oldest first, the default) or `desc` (newest first); ignored with `q`', example: 'desc' },
  cursor: { description: 'The `nextCursor` of the previous page, as is' },
  offset: { description: 'Index of the first event in /api/v1/timeline’s order', example: 0 },
};
