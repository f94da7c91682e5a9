import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';

// CPU seconds spent by this process and by the Postgres server, so a benchmark can show where
// its time goes. Postgres is counted from /proc (Linux, server on this machine): its processes'
// own time plus that of the backends that have already exited (the postmaster's children).
// Where /proc cannot tell, the server's share is left out.

function postgresSeconds(): number | null {
  let ticks = 0;
  let found = false;
  try {
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      } catch {
        continue; // gone meanwhile
      }
      if (!stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')).startsWith('postgres')) continue;
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]); // utime stime cutime cstime
      found = true;
    }
  } catch {
    return null;
  }
  return found ? ticks / 100 : null; // USER_HZ is 100 on Linux
}

/** Starts counting; the answer describes the CPU time used since, e.g. "CPU: worker 5.1 s, Postgres 8.9 s, 2 cores". */
export function cpuMeter(): () => string {
  const node = process.cpuUsage();
  const pg = postgresSeconds();
  return () => {
    const used = process.cpuUsage(node);
    const pgNow = postgresSeconds();
    const server = pg !== null && pgNow !== null ? `, Postgres ${(pgNow - pg).toFixed(1)} s` : '';
    return `CPU: worker ${((used.user + used.system) / 1e6).toFixed(1)} s${server}, ${cpus().length} cores`;
  };
}
