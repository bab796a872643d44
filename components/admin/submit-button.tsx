'use client';

import { useFormStatus } from 'react-dom';

export function SubmitButton({
  children,
  pendingText = 'Saving…',
  name,
  value,
  className,
}: {
  children: React.ReactNode;
  pendingText?: string;
  name?: string;
  value?: string;
  className?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name={name}
      value={value}
      aria-disabled={pending}
      disabled={pending}
      className={className ?? 'rounded bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-60'}
    >
      {pending ? pendingText : children}
    </button>
  );
}
