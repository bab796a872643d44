import type { ParticipantSanction } from '@/lib/data/sanctions';

const short = (s: ParticipantSanction) =>
  s.sanctioned === 'no'
    ? 'Not sanctioned then'
    : s.sanctioned === 'maybe'
      ? 'Possibly sanctioned'
      : s.waived === 'yes'
        ? 'Sanctioned · licence'
        : s.waived === 'maybe'
          ? 'Sanctioned · licence?'
          : 'Sanctioned';

const tone = (s: ParticipantSanction) =>
  s.sanctioned === 'no'
    ? 'border-slate-400 text-slate-700 dark:text-slate-300'
    : s.sanctioned === 'maybe' || s.waived !== 'no'
      ? 'border-amber-600 text-amber-900 dark:border-amber-400 dark:text-amber-200'
      : 'border-red-700 text-red-800 dark:border-red-400 dark:text-red-200';

/**
 * A participant's sanctions status at the time of the event: a short visible
 * badge, with the full sentence (authority, licence, precision caveat) for
 * screen readers and as a tooltip.
 */
export function ParticipantSanctionBadge({ status }: { status: ParticipantSanction | undefined }) {
  if (!status) return null;
  return (
    <span
      data-sanction={status.sanctioned}
      data-waived={status.waived ?? 'none'}
      title={status.label}
      className={`mt-1 inline-block rounded-full border px-2 py-0.5 text-xs font-medium ${tone(status)}`}
    >
      <span aria-hidden="true">{short(status)}</span>
      <span className="sr-only">{status.label}</span>
    </span>
  );
}
