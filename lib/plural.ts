/** "1 event", "3 events": a count with its noun in the right number (English, regular plurals by default). */
export function plural(count: number, singular: string, pluralForm = `${singular}s`) {
  return `${count.toLocaleString('en-US')} ${count === 1 ? singular : pluralForm}`;
}

/** The timeline's result sentence: "1 event matches", "3 events match", "No events match", or the total when unfiltered. */
export function matchSentence(count: number, filtered: boolean) {
  if (!filtered) return `${plural(count, 'event')} in all`;
  if (count === 0) return 'No events match';
  return `${plural(count, 'event')} ${count === 1 ? 'matches' : 'match'}`;
}
