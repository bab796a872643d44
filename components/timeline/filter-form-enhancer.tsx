'use client';

import { useEffect } from 'react';
import { useRouter } from 'next/navigation';

/**
 * Progressive enhancement of the timeline's GET form: submits through the
 * client router with only the filled-in fields in the URL, and applies a
 * select's new value at once (text and dates still wait for "Apply").
 */
export function FilterFormEnhancer({ formId }: { formId: string }) {
  const router = useRouter();
  useEffect(() => {
    const form = document.getElementById(formId) as HTMLFormElement | null;
    if (!form) return;
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault();
      const params = new URLSearchParams();
      for (const [key, value] of new FormData(form)) {
        if (typeof value === 'string' && value.trim() !== '') params.set(key, value.trim());
      }
      const query = params.toString();
      router.push(query ? `${form.getAttribute('action')}?${query}` : (form.getAttribute('action') ?? '/'));
    };
    const onChange = (event: Event) => {
      if (event.target instanceof HTMLSelectElement) form.requestSubmit();
    };
    form.addEventListener('submit', onSubmit);
    form.addEventListener('change', onChange);
    return () => {
      form.removeEventListener('submit', onSubmit);
      form.removeEventListener('change', onChange);
    };
  }, [formId, router]);
  return null;
}
