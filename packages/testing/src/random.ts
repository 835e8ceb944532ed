/**
 * Seeded pseudo-random numbers for fixtures and benchmarks (mulberry32): the same seed gives the same
 * sequence on every run and machine, so generated data and shuffles are reproducible. Not for anything
 * secret. DOM-free: usable in Node tests and benchmarks too (`@hbrs/testing/random`).
 */
export type Random = () => number;

/** A generator of numbers in [0, 1) from `seed`. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One element of `list` (which must not be empty). */
export function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

/** An integer in [min, max] (both included). */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** Shuffles `list` in place (Fisher–Yates) and returns it. */
export function shuffle<T>(random: Random, list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}
