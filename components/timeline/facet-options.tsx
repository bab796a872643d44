'use client';

import type { FacetOption } from '@/lib/facet-panel';

/**
 * The checkboxes of one filter-bar facet, drawn from compact options: a client
 * component so that the page's RSC payload carries each option's values once,
 * not a second copy of its markup beside the HTML (issue 10). Looks:
 * `.facet-opts` in globals.css, by each part's place (no class per option). The boxes are uncontrolled, as the form's
 * enhancer expects.
 */
export function FacetOptions({ name, options, selected }: { name: string; options: FacetOption[]; selected: readonly string[] }) {
  return (
    <ul className="facet-opts">
      {options.map(([value, label, count]) => (
        <li key={value}>
          <label>
            <input type="checkbox" name={name} value={value} defaultChecked={selected.includes(value)} />
            <span>{label}</span> <span>{count}</span>
            <span>{count === 1 ? ' event' : ' events'}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}
