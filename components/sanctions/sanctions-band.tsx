import Link from 'next/link';
import { actorSanctions, type ActorSanctions } from '@/lib/data/sanctions';
import { formatDateLabel, periodEnd } from '@/lib/dates';
import { licenceKindLabels } from '@/lib/sanction-labels';
import type { Dated } from '@/lib/sanction-status';

type Designation = ActorSanctions['designations'][number];
type Waiver = ActorSanctions['waivers'][number];

const DAY = 86_400_000;
const label = (d: Dated) => formatDateLabel(d.date, d.precision);
const end = (d: Dated) => periodEnd(d.date, d.precision);
// Hatching marks the stretches the dates cannot pin down (a month- or year-precision date, an unknown start).
const hatched = 'repeating-linear-gradient(135deg, currentColor 0 3px, transparent 3px 7px)';

function domainOf(s: ActorSanctions, now: Date) {
  const dates = [...s.designations.flatMap((d) => [d.listed, d.delisted]), ...s.waivers.flatMap((w) => [w.from, w.to])].filter(
    (d): d is Dated => d !== null,
  );
  const years = [...dates.map((d) => d.date.getUTCFullYear()), now.getUTCFullYear()];
  const from = Date.UTC(Math.min(...years) - 1, 0, 1);
  const to = Date.UTC(Math.max(...years, ...dates.map((d) => end(d).getUTCFullYear())), 11, 31) + DAY;
  return {
    from,
    to,
    years: Array.from({ length: new Date(to - DAY).getUTCFullYear() - (Math.min(...years) - 1) + 1 }, (_, i) => Math.min(...years) - 1 + i),
  };
}

function Segment({
  from,
  to,
  domain,
  className,
  pattern,
}: {
  from: number;
  to: number;
  domain: { from: number; to: number };
  className: string;
  pattern?: boolean;
}) {
  const span = domain.to - domain.from;
  const left = Math.max(0, ((from - domain.from) / span) * 100);
  const width = Math.max(0.6, ((Math.min(to, domain.to) - Math.max(from, domain.from)) / span) * 100);
  return (
    <div
      className={`absolute top-0 h-full ${className}`}
      style={{ left: `${left}%`, width: `${width}%`, backgroundImage: pattern ? hatched : undefined }}
    />
  );
}

function designationText(d: Designation) {
  const listed = d.listed ? `${d.listedOnOrBefore ? 'in force by' : 'listed'} ${label(d.listed)}` : 'listing date not in the sources';
  const delisted = d.delisted ? `delisted ${label(d.delisted)}` : 'no delisting on record';
  return `${d.authorityLabel}${d.programme ? `, ${d.programme}` : ''}: ${listed}; ${delisted}`;
}

function waiverText(w: Waiver) {
  const window = w.from ? `from ${label(w.from)} ${w.to ? `to ${label(w.to)}` : '(end not stated)'}` : 'window not stated';
  return `${licenceKindLabels[w.kind]}${w.name ? ` ${w.name}` : ''}: ${window}`;
}

function Quotes({ citations }: { citations: Designation['citations'] }) {
  if (citations.length === 0) return null;
  return (
    <ul className="mt-1 space-y-1 text-sm">
      {citations.map((c, i) => (
        <li key={i}>
          <q>{c.quote}</q> (
          <Link className="underline" href={`/sources/${encodeURIComponent(c.source.id)}`}>
            {c.source.title}
          </Link>
          )
        </li>
      ))}
    </ul>
  );
}

/**
 * The actor page's sanctions band: one strip per designation on a shared
 * time scale (solid where the dates say it was in force, hatched where they
 * cannot tell), waivers over it in amber, and the same facts as a text list,
 * which is what assistive technology reads.
 */
export async function SanctionsBand({ slug }: { slug: string }) {
  const sanctions = await actorSanctions(slug);
  if (sanctions.designations.length === 0 && sanctions.waivers.length === 0) return null;
  const now = new Date();
  const domain = domainOf(sanctions, now);
  const rows = sanctions.designations.length ? sanctions.designations : [null];
  return (
    <section aria-labelledby="sanctions-heading" className="space-y-3">
      <h2 id="sanctions-heading" className="text-xl font-semibold">
        Sanctions over time
      </h2>
      <div aria-hidden="true" className="space-y-2" data-testid="sanctions-band">
        {rows.map((d, i) => (
          <div key={d?.id ?? i}>
            <div className="text-xs text-slate-600 dark:text-slate-400">{d ? d.authorityLabel : 'Licences'}</div>
            <div className="relative h-4 overflow-hidden rounded bg-slate-100 dark:bg-slate-800">
              {d ? <DesignationSegments d={d} domain={domain} now={now.getTime()} /> : null}
              {sanctions.waivers
                .filter((w) => !d || w.designationId === null || w.designationId === d.id)
                .map((w) => (w.from ? <WaiverSegments key={w.id} w={w} domain={domain} /> : null))}
            </div>
          </div>
        ))}
        <div className="flex justify-between text-xs text-slate-600 dark:text-slate-400">
          {domain.years.map((y) => (
            <span key={y}>{y}</span>
          ))}
        </div>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          <span className="inline-block h-2 w-4 rounded bg-red-700 align-middle dark:bg-red-400" /> designated{' '}
          <span className="inline-block h-2 w-4 rounded align-middle text-red-700 dark:text-red-400" style={{ backgroundImage: hatched }} />{' '}
          dates uncertain <span className="inline-block h-2 w-4 rounded bg-amber-500 align-middle" /> licence
        </p>
      </div>
      <ul className="space-y-2" data-testid="sanctions-list">
        {sanctions.designations.map((d) => (
          <li key={d.id}>
            <span className="font-medium">Designation</span>: {designationText(d)}
            {d.note ? <span className="block text-sm text-slate-600 dark:text-slate-400">{d.note}</span> : null}
            <Quotes citations={d.citations} />
          </li>
        ))}
        {sanctions.waivers.map((w) => (
          <li key={w.id}>
            <span className="font-medium">Licence</span>: {waiverText(w)}
            {w.event ? (
              <>
                {' '}
                for{' '}
                <Link className="underline" href={`/events/${w.event.slug}`}>
                  {w.event.title}
                </Link>
              </>
            ) : null}
            {w.note ? <span className="block text-sm text-slate-600 dark:text-slate-400">{w.note}</span> : null}
            <Quotes citations={w.citations} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function DesignationSegments({ d, domain, now }: { d: Designation; domain: { from: number; to: number }; now: number }) {
  const certainFrom = d.listed ? end(d.listed).getTime() + DAY : domain.from;
  const uncertainFrom = d.listed && !d.listedOnOrBefore ? d.listed.date.getTime() : domain.from;
  const certainTo = d.delisted ? d.delisted.date.getTime() : Math.max(now, certainFrom);
  return (
    <>
      {certainFrom > uncertainFrom ? (
        <Segment from={uncertainFrom} to={certainFrom} domain={domain} className="text-red-700 dark:text-red-400" pattern />
      ) : null}
      <Segment from={certainFrom} to={certainTo} domain={domain} className="bg-red-700 dark:bg-red-400" />
      {d.delisted ? (
        <Segment
          from={d.delisted.date.getTime()}
          to={end(d.delisted).getTime() + DAY}
          domain={domain}
          className="text-red-700 dark:text-red-400"
          pattern
        />
      ) : null}
    </>
  );
}

function WaiverSegments({ w, domain }: { w: Waiver; domain: { from: number; to: number } }) {
  const from = w.from!;
  const to = w.to ? end(w.to).getTime() + DAY : end(from).getTime() + DAY;
  return <Segment from={from.date.getTime()} to={to} domain={domain} className={w.to ? 'bg-amber-500' : 'bg-amber-500/70'} />;
}
