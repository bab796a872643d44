/** The filters the address could not read: shown, then ignored (never a 500). */
export function FilterProblems({ problems }: { problems: string[] }) {
  if (!problems.length) return null;
  return (
    <div role="alert" className="alert-box">
      <p className="font-semibold">Some filters in this address could not be read, so they were ignored:</p>
      <ul className="list-disc pl-5">
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  );
}
