// Prints the seed of the 工作日历 (法定节假日 and 调休上班 days) as SQL insert statements, from the pinned
// `chinese-days` package (apps/server devDependency), for a migration: the days are data of the database from
// then on, which the 系统管理员 edits, so a later start never puts back a day that was removed. When a newer
// version of the package brings a new year, write a new migration with `--from YEAR`.
// `node scripts/work-calendar-seed.mjs [--from 2004] [--to 2100] > apps/server/migrations/NNNN_work_calendar_YEAR.sql`
import { createRequire } from 'node:module';

const require = createRequire(new URL('../apps/server/package.json', import.meta.url));
const data = require('chinese-days/dist/chinese-days.json');
const version = require('chinese-days/package.json').version;

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const from = arg('--from', 0);
const to = arg('--to', 9999);

/** day → [kind, name], every day of the package within the years asked */
export function seedDays() {
  const days = [];
  for (const [key, kind] of [
    ['holidays', '法定节假日'],
    ['workdays', '调休上班'],
  ]) {
    for (const [day, value] of Object.entries(data[key])) {
      const year = Number(day.slice(0, 4));
      if (year < from || year > to) continue;
      days.push([day, kind, value.split(',')[1]]);
    }
  }
  return days.sort((a, b) => a[0].localeCompare(b[0]));
}

const quote = (s) => `'${s.replaceAll("'", "''")}'`;
const days = seedDays();
const rows = days.map(([day, kind, name]) => `  (${quote(day)}, ${quote(kind)}, ${quote(name)}, 'seed')`);
process.stdout.write(
  `-- ${days.length} days of chinese-days ${version} (${days[0][0].slice(0, 4)}–${days.at(-1)[0].slice(0, 4)})\n` +
    `insert into work_calendar (day, kind, name, source) values\n${rows.join(',\n')}\non conflict (day) do nothing;\n`,
);
