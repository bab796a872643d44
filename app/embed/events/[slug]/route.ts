import { eventEmbed } from '@/lib/embed/handlers';

export const GET = eventEmbed;
