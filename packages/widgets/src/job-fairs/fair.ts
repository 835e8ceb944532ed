import type { FairStatus, JobFair } from '@hbrs/sdk';

/** Status of a fair at instant `now`: cancelled/draft as published, else from its times. */
export function fairStatus(f: JobFair, now: number): FairStatus {
  if (f.status === 'cancelled' || f.status === 'draft') return f.status;
  const s = Date.parse(f.startTime);
  const e = Date.parse(f.endTime);
  return now < s ? 'upcoming' : now > e ? 'ended' : 'ongoing';
}

/** Number of employers and positions of a fair (published figures first, else counted). */
export function fairCounts(f: JobFair): { employers: number; positions: number } {
  let positions = 0;
  for (const e of f.employers) positions += e.positions.length;
  return {
    employers: f.stats?.employerCount ?? f.employers.length,
    positions: f.stats?.positionCount ?? positions,
  };
}
