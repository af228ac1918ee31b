/** A one-line progress bar on stderr, only when stderr is a terminal; quiet otherwise. */
export function progressBar(total: number, label: string): { update(done: number): void; end(): void } {
  const tty = process.stderr.isTTY === true;
  const start = performance.now();
  let last = 0;
  const draw = (done: number) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    const elapsed = (performance.now() - start) / 1000;
    const eta = done > 0 ? (elapsed / done) * (total - done) : 0;
    process.stderr.write(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}  ${elapsed.toFixed(1)} s, ETA ${eta.toFixed(1)} s\x1b[K`);
  };
  return {
    update(done) {
      if (!tty) return;
      const now = performance.now();
      if (now - last > 100 || done === total) (draw(done), (last = now));
    },
    end() {
      if (tty) process.stderr.write('\r\x1b[K');
    },
  };
}
