import { oembed } from '@/lib/embed/oembed';

export const GET = oembed;
