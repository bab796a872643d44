import { placeOptions } from '@/lib/data/map';

/** The gazetteer as the event form's `place-options` list: value is the place's slug, the label its name and country. */
export async function PlaceDatalist() {
  const places = await placeOptions();
  return (
    <datalist id="place-options">
      {places.map((p) => (
        <option key={p.slug} value={p.slug} label={p.country ? `${p.name} (${p.country})` : p.name} />
      ))}
    </datalist>
  );
}
