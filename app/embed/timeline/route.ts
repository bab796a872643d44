import { timelineEmbed } from '@/lib/embed/handlers';

export const GET = timelineEmbed;
