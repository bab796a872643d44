'use client';

import { useEffect } from 'react';
import { useRouter } from 'next/navigation';
import { FILTER_KEYS, KEPT_KEYS, RESET_KEYS } from '@/lib/filter-url';

const kept: readonly string[] = KEPT_KEYS;

/**
 * What a filter change leaves open and focused, for the form of the next page.
 * A cached view of `/` and one drawn per request are two routes (lib/proxy/
 * cached-timeline.ts), so going from one to the other mounts a new form: the
 * facet being ticked would close and the focus would fall to the body.
 */
let carried: { open: string[]; focus: { name: string; value: string } | null } | null = null;

function carry(form: HTMLFormElement) {
  const active = document.activeElement;
  const focus = active instanceof HTMLInputElement && active.form === form ? { name: active.name, value: active.value } : null;
  const open = Array.from(form.querySelectorAll<HTMLDetailsElement>('details[open][data-facet]'), (d) => d.dataset.facet ?? '');
  carried = { open, focus };
}

function restore(form: HTMLFormElement) {
  if (!carried) return;
  const { open, focus } = carried;
  carried = null;
  for (const facet of open) form.querySelector<HTMLDetailsElement>(`details[data-facet="${CSS.escape(facet)}"]`)?.setAttribute('open', '');
  if (!focus || form.contains(document.activeElement)) return;
  const target = Array.from(form.elements).find(
    (el): el is HTMLInputElement =>
      el instanceof HTMLInputElement && el.name === focus.name && (el.type !== 'checkbox' || el.value === focus.value),
  );
  target?.focus({ preventScroll: true });
}

/**
 * Progressive enhancement of the filter bar's GET form:
 * - a ticked box applies at once, a date when its field is left, text on Enter or Apply;
 * - the URL gets only the filled-in fields, keeps sort and the axis view as they
 *   are now, and drops the list cursors (they point into the old result set);
 * - the controls follow the URL. The inputs are uncontrolled (the form is a
 *   server component), so after Back, an axis link or a chip's removal they
 *   would keep their old state; they are set from the page's filters instead.
 *   Those come from the server (`filters`, the filter part of the query the page
 *   was drawn for), not useSearchParams: a cached view of `/` is drawn once for
 *   every reader, and useSearchParams there would leave the form to the browser.
 *   Only the filter part: when the axis moves its window (view=…), text being typed
 *   in the search box stays.
 */
export function FilterFormEnhancer({ formId, filters }: { formId: string; filters: string }) {
  const router = useRouter();

  useEffect(() => {
    const form = document.getElementById(formId) as HTMLFormElement | null;
    if (!form) return;
    const searchParams = new URLSearchParams(filters);
    for (const element of Array.from(form.elements)) {
      if (!(element instanceof HTMLInputElement) || !(FILTER_KEYS as readonly string[]).includes(element.name)) continue;
      if (element.type === 'checkbox') element.checked = searchParams.getAll(element.name).includes(element.value);
      else element.value = searchParams.get(element.name) ?? '';
    }
    restore(form);
  }, [formId, filters]);

  useEffect(() => {
    const form = document.getElementById(formId) as HTMLFormElement | null;
    if (!form) return;
    const changedDates = new Set<HTMLInputElement>();
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      changedDates.clear();
      const next = new URLSearchParams(window.location.search);
      for (const key of [...FILTER_KEYS, ...RESET_KEYS]) next.delete(key);
      for (const [key, value] of new FormData(form)) {
        // The kept parameters come from the address bar: the axis may have moved its window since the page was drawn.
        if (kept.includes(key) || typeof value !== 'string' || value.trim() === '') continue;
        next.append(key, value.trim());
      }
      const query = next.toString();
      const action = form.getAttribute('action') ?? '/';
      carry(form);
      router.push(query ? `${action}?${query}` : action, { scroll: false });
    };
    const onChange = (event: Event) => {
      const target = event.target;
      if (!(target instanceof HTMLInputElement)) return;
      if (target.type === 'checkbox') form.requestSubmit();
      // A date field fires change at every typed segment (year 0002, 0020…): apply it once the field is left.
      else if (target.type === 'date') changedDates.add(target);
    };
    const onFocusOut = (event: FocusEvent) => {
      if (event.target instanceof HTMLInputElement && changedDates.has(event.target)) form.requestSubmit();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !(event.target instanceof Element)) return;
      const open = event.target.closest('details[open]');
      if (!open) return;
      open.removeAttribute('open');
      open.querySelector('summary')?.focus();
    };
    form.addEventListener('submit', onSubmit);
    form.addEventListener('change', onChange);
    form.addEventListener('focusout', onFocusOut);
    form.addEventListener('keydown', onKeyDown);
    return () => {
      form.removeEventListener('submit', onSubmit);
      form.removeEventListener('change', onChange);
      form.removeEventListener('focusout', onFocusOut);
      form.removeEventListener('keydown', onKeyDown);
    };
  }, [formId, router]);
  return null;
}
