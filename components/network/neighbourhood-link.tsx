import Link from 'next/link';

/** The actor page's way into the network: the graph of the events this actor took part in. */
export function NeighbourhoodLink({ slug, name }: { slug: string; name: string }) {
  return (
    <p className="mt-1 text-sm">
      <Link className="underline" href={`/network?actor=${encodeURIComponent(slug)}`} data-testid="neighbourhood-link">
        {name}&apos;s network
      </Link>
    </p>
  );
}
