const format = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });

/** When a version was saved, in UTC so every reader sees the same time a citation gives. */
export function SavedAt({ iso }: { iso: string }) {
  return <time dateTime={iso}>{format.format(new Date(iso))} UTC</time>;
}
