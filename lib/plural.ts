/** "1 event", "3 events": a count with its noun in the right number (English, regular plurals by default). */
export function plural(count: number, singular: string, pluralForm = `${singular}s`) {
  return `${count.toLocaleString('en-US')} ${count === 1 ? singular : pluralForm}`;
}

/** The timeline's lead: "24 events" unfiltered; "1 event matches the filters", "3 events match the filters", "No events match the filters". */
export function matchSentence(count: number, filtered: boolean) {
  if (!filtered) return plural(count, 'event');
  if (count === 0) return 'No events match the filters';
  return `${plural(count, 'event')} ${count === 1 ? 'matches' : 'match'} the filters`;
}
