import 'server-only';

/**
 * A citation's speaker as readers may see it. Prisma can't filter a to-one
 * include, so the status comes along and a draft or trashed actor (say, one
 * an import created) is shown as no speaker rather than leaking its name.
 */
export const speakerSelect = { slug: true, name: true, status: true, deletedAt: true } as const;

export function publicSpeaker(speaker: { slug: string; name: string; status: string; deletedAt: Date | null } | null) {
  return speaker && speaker.status === 'published' && !speaker.deletedAt ? { slug: speaker.slug, name: speaker.name } : null;
}
