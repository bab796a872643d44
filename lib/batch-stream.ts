import 'server-only';
import { logger } from './log/logger';

interface Framing<T> {
  /** Written before the first row (a CSV header, `{"data":[`). */
  head: string;
  /** One batch as text; `first` is true for the first non-empty batch (JSON needs no comma before it). */
  rows: (batch: T[], first: boolean) => string;
  /** Written after the last row. */
  tail: string;
  /** Named in the log when a later batch fails. */
  what: string;
}

/**
 * A download of a whole filtered set, streamed a keyset batch at a time. The
 * first batch is read before this returns, so the caller's error handling
 * (apiRoute's 503 for an unreachable database) still answers with a complete
 * error instead of a 200 that breaks off.
 */
export async function batchStream<T>(batches: AsyncGenerator<T[]>, framing: Framing<T>): Promise<ReadableStream<Uint8Array>> {
  const first = await batches.next();
  const encoder = new TextEncoder();
  let wroteRows = false;
  const write = (controller: ReadableStreamDefaultController<Uint8Array>, batch: T[]) => {
    if (batch.length === 0) return;
    controller.enqueue(encoder.encode(framing.rows(batch, !wroteRows)));
    wroteRows = true;
  };
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(framing.head));
      if (!first.done) write(controller, first.value);
      else {
        controller.enqueue(encoder.encode(framing.tail));
        controller.close();
      }
    },
    async pull(controller) {
      if (first.done) return;
      try {
        const next = await batches.next();
        if (next.done) {
          controller.enqueue(encoder.encode(framing.tail));
          return controller.close();
        }
        write(controller, next.value);
      } catch (error) {
        // A later batch failed after the 200 went out: breaking the stream
        // is the only honest signal left (a closed file would look whole).
        logger().error({ err: error }, `${framing.what} export broke off after the 200`);
        controller.error(error);
      }
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}
