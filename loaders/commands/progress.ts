/**
 * A one-line progress report on a TTY (articles/s and ETA), redrawn at most
 * every 200 ms; nothing at all when the stream is not a terminal (CI logs,
 * pipes), so logs hold only the problems and the summary.
 */
export function progressLine(stream: NodeJS.WriteStream) {
  const started = Date.now();
  let last = 0;
  let shown = false;
  return {
    update(done: number, total: number, phase: string) {
      if (!stream.isTTY) return;
      const now = Date.now();
      if (now - last < 200 && done < total) return;
      last = now;
      const rate = done / Math.max(0.001, (now - started) / 1000);
      const eta = rate > 0 ? Math.ceil((total - done) / rate) : 0;
      stream.write(`\r${phase} ${done}/${total} articles · ${rate.toFixed(0)}/s · ETA ${eta}s   `);
      shown = true;
    },
    done() {
      if (shown) stream.write("\r\x1b[K");
    },
  };
}
