/** Human labels of the sanctions enums, shared by pages, forms and the API. */
export const authorityLabels: Record<string, string> = {
  ofac: 'OFAC (US Treasury)',
  us: 'United States (body not stated)',
  eu: 'European Union',
  uk: 'United Kingdom',
  un: 'United Nations',
  other: 'Other',
};

export const licenceKindLabels: Record<string, string> = {
  general: 'General licence',
  specific: 'Specific licence',
};

/** The authority as a reader reads it: the named one for "other". */
export const authorityName = (authority: string, name: string | null | undefined) =>
  authority === 'other' ? (name ?? 'Other') : (authorityLabels[authority] ?? authority);
