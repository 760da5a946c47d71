/** A one-line progress bar on stderr, redrawn in place when stderr is a terminal. */
export function progressBar(label: string, total: number) {
  const tty = process.stderr.isTTY;
  let lastDrawn = -1;
  const draw = (done: number) => {
    const percent = Math.floor((done / total) * 100);
    if (percent === lastDrawn) return;
    lastDrawn = percent;
    const width = 30;
    const filled = Math.round((width * done) / total);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    const line = `${label} ${bar} ${percent}% (${done.toLocaleString('en')}/${total.toLocaleString('en')})`;
    if (tty) process.stderr.write(`\r${line}`);
    else if (percent % 10 === 0) process.stderr.write(`${line}\n`);
  };
  return {
    update: draw,
    done() {
      draw(total);
      if (tty) process.stderr.write('\n');
    },
  };
}
