/** Shared looks of the filter bar's disclosures (summary buttons and their drop-down panels): `.fb-*` in globals.css. */
export function summaryClass(active: boolean) {
  return active ? 'fb-sum fb-on' : 'fb-sum fb-off';
}

/** Under its button from `sm` up; across the bar's width on a phone, where a button's own edge could push it off-screen. */
export function panelClass(align: 'left' | 'right') {
  return `fb-panel ${align === 'left' ? 'sm:left-0' : 'sm:right-0'}`;
}
