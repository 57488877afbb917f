import { formatTime } from './format';

/** A time in a table cell: the date and the time of day may wrap onto two lines, never inside either. */
export function TimeText({ iso }: { iso: string | null | undefined }) {
  const text = formatTime(iso);
  const [date, time] = text.split(' ');
  if (!time) return text;
  return (
    <>
      <span className="nowrap">{date}</span> <span className="nowrap">{time}</span>
    </>
  );
}
