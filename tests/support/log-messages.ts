/**
 * A server's stdout with each JSON log line replaced by its message, so a
 * test can match what was logged line by line; other lines are kept as they are.
 */
export function logMessages(stdout: string): string {
  return stdout
    .split('\n')
    .map((line) => {
      try {
        const entry = JSON.parse(line) as { msg?: unknown };
        return typeof entry.msg === 'string' ? entry.msg : line;
      } catch {
        return line;
      }
    })
    .join('\n');
}
