/** Shared looks of the filter bar's disclosures (summary buttons and their drop-down panels). */
export function summaryClass(active: boolean) {
  return `flex cursor-pointer list-none items-center whitespace-nowrap rounded border px-3 py-1.5 text-sm [&::-webkit-details-marker]:hidden ${
    active
      ? 'border-blue-700 bg-blue-50 text-blue-900 dark:border-blue-400 dark:bg-blue-950 dark:text-blue-100'
      : 'border-slate-300 bg-white hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-900 dark:hover:bg-slate-800'
  }`;
}

/** Under its button from `sm` up; across the bar's width on a phone, where a button's own edge could push it off-screen. */
export function panelClass(align: 'left' | 'right') {
  return `absolute inset-x-0 z-30 mt-1 rounded-lg border border-slate-200 bg-white p-2 shadow-lg sm:inset-x-auto sm:w-80 dark:border-slate-700 dark:bg-slate-900 ${
    align === 'left' ? 'sm:left-0' : 'sm:right-0'
  }`;
}
