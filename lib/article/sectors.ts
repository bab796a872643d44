/**
 * Sectors a sentence is about, from a keyword table per seeded sector and,
 * for any other sector, its name. Pure.
 */

export interface KnownSector {
  slug: string;
  name: string;
}

export interface SectorMatch {
  slug: string;
  name: string;
  /** The keywords found, as written in the text. */
  keywords: string[];
}

/**
 * Keywords per sector slug. Matched as whole words, ignoring case, except
 * acronyms (all capitals), which must be in capitals ("AI", not "ai").
 */
const sectorKeywords: Record<string, string[]> = {
  'rare-earths': [
    'rare earth',
    'rare earths',
    'rare-earth',
    'rare-earths',
    'rare earth metals',
    'critical minerals',
    'critical raw materials',
    'lithium',
    'cobalt',
    'palladium',
    'tungsten',
    'minerals',
    'mineral deposits',
  ],
  'arctic-northern-sea-route': ['Arctic', 'Northern Sea Route', 'NSR', 'icebreaker', 'icebreakers', 'Murmansk', 'Yamal', 'polar'],
  'nuclear-smr': [
    'nuclear',
    'small modular reactor',
    'small modular reactors',
    'SMR',
    'SMRs',
    'reactor',
    'reactors',
    'Rosatom',
    'uranium',
    'atomic energy',
  ],
  space: [
    'space',
    'spaceflight',
    'Roscosmos',
    'SpaceX',
    'NASA',
    'Mars',
    'satellite',
    'satellites',
    'orbit',
    'ISS',
    'International Space Station',
    'rocket',
    'rockets',
    'cosmonaut',
    'astronaut',
    'astronauts',
  ],
  energy: [
    'energy',
    'oil',
    'gas',
    'natural gas',
    'LNG',
    'liquefied natural gas',
    'pipeline',
    'pipelines',
    'Nord Stream',
    'crude',
    'barrels',
    'Gazprom',
    'Rosneft',
    'Novatek',
    'Exxon',
    'ExxonMobil',
    'oilfield',
    'gas field',
  ],
  ai: [
    'AI',
    'artificial intelligence',
    'machine learning',
    'data centre',
    'data centres',
    'data center',
    'data centers',
    'chips',
    'semiconductors',
    'computing',
  ],
  aviation: [
    'aviation',
    'airline',
    'airlines',
    'aircraft',
    'airspace',
    'flights',
    'direct flights',
    'air travel',
    'air traffic',
    'Boeing',
    'Airbus',
    'Aeroflot',
    'airport',
    'airports',
    'spare parts',
  ],
  'western-companies-return': [
    'Western companies',
    'American companies',
    'US companies',
    'U.S. companies',
    'foreign companies',
    'Western businesses',
    'American businesses',
    'foreign businesses',
    'return to Russia',
    'return to the Russian market',
    'returning to Russia',
    'came back to Russia',
    'left Russia',
    'exited Russia',
    'left the Russian market',
    'buy back',
    'buyback',
  ],
  'sanctions-and-finance': [
    'sanction',
    'sanctions',
    'sanctioned',
    'frozen assets',
    'frozen reserves',
    'reserves',
    'OFAC',
    'SWIFT',
    'central bank',
    'banking',
    'banks',
    'financial',
    'payments',
    'export controls',
  ],
  trade: [
    'trade',
    'trading',
    'tariff',
    'tariffs',
    'exports',
    'imports',
    'investment',
    'investments',
    'investor',
    'investors',
    'joint venture',
    'joint ventures',
    'business deals',
    'economic cooperation',
    'trade turnover',
    'market access',
  ],
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function keywordPattern(keyword: string): RegExp {
  const acronym = /^[A-Z][A-Z0-9.]+s?$/.test(keyword) && keyword.replace(/s$/, '').length <= 6;
  const body = keyword
    .split(/[-\s]+/)
    .map(escape)
    .join('[-\\s]+');
  return new RegExp(`(?<![A-Za-z0-9])${body}(?![A-Za-z0-9])`, acronym ? 'g' : 'gi');
}

/** The sectors of a sentence, in the order of the given list. */
export function findSectors(sentence: string, sectors: KnownSector[]): SectorMatch[] {
  const out: SectorMatch[] = [];
  for (const sector of sectors) {
    const table = sectorKeywords[sector.slug] ?? [];
    const found: string[] = [];
    for (const keyword of [...table, sector.name]) {
      for (const m of sentence.matchAll(keywordPattern(keyword))) {
        // A common word capitalised mid-sentence is part of a name ("the Russian Direct Investment Fund").
        const midSentence = sentence.slice(0, m.index).replace(/["“'‘(\s]+$/, '') !== '';
        if (table.includes(keyword) && keyword === keyword.toLowerCase() && /^[A-Z]/.test(m[0]) && midSentence) continue;
        if (!found.some((f) => f.toLowerCase() === m[0].toLowerCase())) found.push(m[0]);
      }
    }
    // "rare earth" inside "rare earth metals" counts once, as the longer phrase.
    const keywords = found.filter((f) => !found.some((g) => g !== f && g.toLowerCase().includes(f.toLowerCase())));
    if (keywords.length) out.push({ slug: sector.slug, name: sector.name, keywords });
  }
  return out;
}
