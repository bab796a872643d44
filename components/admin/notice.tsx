/** Status and error messages from query parameters (after redirects), announced politely. */
export function Notice({ error, message }: { error?: string | null; message?: string | null }) {
  return (
    <div aria-live="polite">
      {error ? (
        <p
          role="alert"
          className="rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
        >
          {error}
        </p>
      ) : null}
      {message ? (
        <p
          role="status"
          className="rounded border border-green-300 bg-green-50 p-2 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100"
        >
          {message}
        </p>
      ) : null}
    </div>
  );
}
