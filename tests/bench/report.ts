export type Results = Record<number, Record<string, Record<string, number>>>;

const METRICS = [
  'save_p50_ms',
  'save_p99_ms',
  'kdf_ms',
  'unlock_to_timeline_ms',
  'index_ready_ms',
  'index_rebuild_ms',
  'search_p50_ms',
  'search_p95_ms',
  'rss_after_unlock_mb',
  'rss_mb',
  'db_bytes',
] as const;

/** Issue 3's targets for Alcove at 100,000 entries. */
const TARGETS: Partial<Record<(typeof METRICS)[number], { max: number; relativeTo?: 'plaintext' }>> = {
  save_p99_ms: { max: 5 },
  unlock_to_timeline_ms: { max: 500 },
  search_p95_ms: { max: 30 },
  index_ready_ms: { max: 5000 },
  rss_mb: { max: 600 },
  db_bytes: { max: 1.5, relativeTo: 'plaintext' },
};

function format(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return '—';
  if (Math.abs(value) >= 1e6) return `${(value / 1e6).toFixed(1)} M`;
  if (Math.abs(value) >= 100) return value.toFixed(0);
  return value.toFixed(2);
}

function ratio(a: number | undefined, b: number | undefined): string {
  if (a === undefined || b === undefined || b === 0) return '—';
  return `${(a / b).toFixed(2)}×`;
}

function verdict(metric: (typeof METRICS)[number], row: Record<string, Record<string, number>>): string {
  const target = TARGETS[metric];
  const value = row.alcove?.[metric];
  if (!target || value === undefined) return '';
  const measured = target.relativeTo ? value / (row[target.relativeTo]?.[metric] ?? Number.NaN) : value;
  const limit = target.max;
  const unit = target.relativeTo ? '×' : '';
  return measured <= limit
    ? `met (≤ ${limit}${unit})`
    : `MISSED by ${(measured / limit).toFixed(1)}× (≤ ${limit}${unit})`;
}

export function formatReport(results: Results): string {
  const lines: string[] = [];
  for (const [size, row] of Object.entries(results)) {
    const withTargets = Number(size) === 100_000;
    lines.push(`\n${Number(size).toLocaleString('en')} entries`);
    const header = ['metric', 'plaintext', 'sqlcipher', 'alcove', 'alcove/plaintext', 'alcove/sqlcipher'];
    if (withTargets) header.push('target at 100k');
    const rows = METRICS.map((metric) => {
      const cells = [
        metric,
        format(row.plaintext?.[metric]),
        format(row.sqlcipher?.[metric]),
        format(row.alcove?.[metric]),
        ratio(row.alcove?.[metric], row.plaintext?.[metric]),
        ratio(row.alcove?.[metric], row.sqlcipher?.[metric]),
      ];
      if (withTargets) cells.push(verdict(metric, row));
      return cells;
    });
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const render = (cells: string[]) =>
      cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
    lines.push(render(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(render));
  }
  lines.push(
    '',
    'Notes: alcove carries tags and emotions inside the encrypted text (no separate fields yet);',
    'index_ready_ms for alcove restores the encrypted snapshot and indexes what changed (the steady',
    'state); index_rebuild_ms is the first full build after an import. Baselines keep FTS5 on disk.',
  );
  return lines.join('\n');
}

/** Issue 7's figures: backup/restore throughput, and (later) exports. */
export type ExportResults = Record<string, Record<string, number>>;

export function formatExportReport(results: ExportResults): string {
  const lines: string[] = [];
  for (const [name, r] of Object.entries(results)) {
    const megabytes = (r.db_bytes ?? 0) / 1e6;
    lines.push(
      `\n${name.replace('_', ' of ')} entries with images (${megabytes.toFixed(1)} MB database)`,
      `  plain file copy   ${format(r.copy_ms)} ms  ${format(r.copy_mb_s)} MB/s`,
      `  encrypted backup  ${format(r.backup_ms)} ms  ${format(r.backup_mb_s)} MB/s  (${ratio(r.backup_ms, r.copy_ms)} the copy's time)`,
      `  verified restore  ${format(r.restore_ms)} ms  ${format(r.restore_mb_s)} MB/s  (${ratio(r.restore_ms, r.copy_ms)}; decrypts twice: verify, then write; includes one Argon2id)`,
    );
  }
  return lines.join('\n');
}
