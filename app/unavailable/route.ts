import { unavailableAnswer } from '@/lib/page-read';

/** Where a page that lost the database mid-render sends the reader (lib/page-read.ts). */
export async function GET(request: Request) {
  return unavailableAnswer(new URL(request.url).searchParams.get('next'));
}
