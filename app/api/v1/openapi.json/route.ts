import { openApiDocument } from '@/lib/openapi/document';
import { json } from '@/lib/api';

/** The OpenAPI 3.1 description of /api/v1, generated from the routes' zod schemas (lib/openapi). */
export function GET() {
  return json(openApiDocument());
}
