import net from 'node:net';
import type { AdminCommand, AdminReply } from './commands';

/**
 * Sends one command to a running server's admin socket. Null when no server
 * listens there (no socket file, or a dead server's), so the caller opens the
 * database itself.
 */
export function sendAdminCommand(socketPath: string, request: AdminCommand): Promise<AdminReply | null> {
  return new Promise((resolve, reject) => {
    const connection = net.connect(socketPath);
    let answer = '';
    let connected = false;
    connection.setEncoding('utf8');
    connection.on('connect', () => {
      connected = true;
      connection.write(`${JSON.stringify(request)}\n`);
    });
    connection.on('data', (chunk: string) => (answer += chunk));
    connection.on('end', () => {
      try {
        resolve(JSON.parse(answer) as AdminReply);
      } catch {
        reject(new Error('The running server gave an unreadable answer.'));
      }
    });
    connection.on('error', (error: NodeJS.ErrnoException) => {
      if (!connected && (error.code === 'ENOENT' || error.code === 'ECONNREFUSED')) resolve(null);
      else reject(error);
    });
  });
}
