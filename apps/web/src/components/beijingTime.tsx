const BEIJING_OFFSET_MS = 8 * 3_600_000;

/**
 * A server time (ISO) in Beijing time (UTC+8 all year), whatever zone the browser is in: 2024-05-01 08:30:05;
 * an absent one as the given placeholder. For records an operator compares with the server's logs.
 */
export function formatBeijing(iso: string | null | undefined, empty = '—'): string {
  if (!iso) return empty;
  const t = new Date(Date.parse(iso) + BEIJING_OFFSET_MS).toISOString();
  return `${t.slice(0, 10)} ${t.slice(11, 19)}`;
}

/** The same in a table cell: the date and the time of day may wrap onto two lines, never inside either. */
export function BeijingTime({ iso }: { iso: string | null | undefined }) {
  const text = formatBeijing(iso);
  const [date, time] = text.split(' ');
  if (!time) return text;
  return (
    <>
      <span className="nowrap">{date}</span> <span className="nowrap">{time}</span>
    </>
  );
}
