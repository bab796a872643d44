/** Whether a new actor is a person or an organisation, guessed from its name (the article extraction and the import both create actors from bare names). */
const ORGANISATION_WORDS = new Set(
  [
    'fund', 'bank', 'ministry', 'council', 'agency', 'company', 'corporation', 'corp', 'group', 'committee', 'department', 'office',
    'service', 'union', 'party', 'institute', 'university', 'association', 'chamber', 'embassy', 'commission', 'foundation', 'inc',
    'ltd', 'llc', 'plc', 'holdings', 'partners', 'capital', 'airlines', 'airways', 'authority', 'administration', 'organisation',
    'organization', 'federation', 'parliament', 'senate', 'congress', 'duma', 'court', 'exchange', 'trust', 'board', 'center', 'centre',
    'forum', 'endowment', 'news', 'times', 'post', 'journal', 'press', 'agency', 'alliance', 'council', 'house', 'treasury', 'kremlin', 'navy', 'army',
  ],
);

/** "Russian Direct Investment Fund" → organisation; "Steve Witkoff" → person. */
export function guessActorKind(name: string): 'person' | 'organisation' {
  const words = name.toLowerCase().replace(/[.,]/g, '').split(/\s+/);
  if (words.some((w) => ORGANISATION_WORDS.has(w))) return 'organisation';
  if (/^[A-Z0-9&]{2,}$/.test(name)) return 'organisation';
  return 'person';
}
