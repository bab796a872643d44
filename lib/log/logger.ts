// No 'server-only' marker: instrumentation.ts and proxy-side code log too.
import pino, { type Logger } from 'pino';
import { env } from '../env';

/**
 * The app's one logger: JSON lines on stdout (one object per event, for a log
 * collector), at LOG_LEVEL. In development, when pino-pretty is installed (a
 * devDependency), lines are made readable instead. Kept on globalThis so the
 * proxy, pages and instrumentation bundles share one destination.
 */
const holder = globalThis as unknown as { backchannelLogger?: Logger };

function prettyAvailable(): boolean {
  try {
    // Resolved at run time, never bundled: production installs omit devDependencies.
    const { createRequire } = process.getBuiltinModule('node:module') as typeof import('node:module');
    createRequire(`${process.cwd()}/package.json`).resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}

export function logger(): Logger {
  if (holder.backchannelLogger) return holder.backchannelLogger;
  const { LOG_LEVEL, NODE_ENV } = env();
  const options = { level: LOG_LEVEL, base: { service: 'backchannel' }, timestamp: pino.stdTimeFunctions.isoTime };
  holder.backchannelLogger =
    NODE_ENV === 'development' && prettyAvailable()
      ? pino({
          ...options,
          transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service' } },
        })
      : // Synchronous writes: lines come out in order with the process's other output, and none is lost on exit.
        pino(options, pino.destination({ dest: 1, sync: true }));
  return holder.backchannelLogger;
}
