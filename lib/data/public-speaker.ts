import 'server-only';
import { publicOnly, publishState } from './public-link';

/**
 * A citation's speaker as readers may see it: a draft or trashed actor (say,
 * one an import created) is shown as no speaker rather than leaking its name.
 */
export const speakerSelect = { slug: true, name: true, ...publishState } as const;

export function publicSpeaker(speaker: { slug: string; name: string; status: string; deletedAt: Date | null } | null) {
  return publicOnly(speaker);
}
