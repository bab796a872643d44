/** Human labels for enum values, shared by pages and exports. */
export const eventTypeLabels: Record<string, string> = {
  meeting: 'Meeting',
  call: 'Call',
  visit: 'Visit',
  statement: 'Statement',
  proposal: 'Proposal',
  sanction: 'Sanction',
  legal: 'Legal action',
  other: 'Other',
};

export const roleLabels: Record<string, string> = {
  host: 'Host',
  participant: 'Participant',
  speaker: 'Speaker',
  mentioned: 'Mentioned',
};

export const proposalStatusLabels: Record<string, string> = {
  proposed: 'Proposed',
  discussed: 'Discussed',
  agreed: 'Agreed',
  signed: 'Signed',
  implemented: 'Implemented',
  stalled: 'Stalled',
  abandoned: 'Abandoned',
};

export const sourceKindLabels: Record<string, string> = {
  news: 'News',
  analysis: 'Analysis',
  opinion: 'Opinion',
  official: 'Official',
};

/** Deterministic lane colours, readable on light and dark backgrounds. */
export const laneColours = [
  '#2563eb',
  '#d97706',
  '#059669',
  '#dc2626',
  '#7c3aed',
  '#0891b2',
  '#db2777',
  '#65a30d',
  '#ea580c',
  '#4f46e5',
  '#0d9488',
  '#9333ea',
];
export const noSectorColour = '#64748b';
