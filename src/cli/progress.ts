// A progress bar on a terminal, nothing when output is piped (logs stay clean).
export interface Progress {
  tick(label: string): void;
  done(): void;
}

export function progress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total < 2) return { tick() {}, done() {} };
  let n = 0;
  const width = 28;
  const draw = (label: string) => {
    const filled = Math.round((n / total) * width);
    const cols = stream.columns ?? 80;
    const line = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${n}/${total} ${label}`;
    stream.write(`\r${line.slice(0, cols - 1).padEnd(Math.min(cols - 1, line.length + 8))}`);
  };
  return {
    tick(label) {
      n++;
      draw(label);
    },
    done() {
      stream.write('\r\x1b[K');
    },
  };
}
