/** "Did you mean …?": the candidates closest to a mistyped name. */

/**
 * Up to `limit` candidates close to `name` (case-, `_`/`-`/`.`- and camelCase-insensitive edit
 * distance, or one containing the other), best first. Empty when nothing is reasonably close.
 */
export function closestNames(name: string, candidates: Iterable<string>, limit = 3): string[] {
  const wanted = normalize(name);
  if (!wanted) return [];
  const scored: { candidate: string; score: number }[] = [];
  for (const candidate of new Set(candidates)) {
    const other = normalize(candidate);
    if (!other) continue;
    const distance = editDistance(wanted, other, Math.max(wanted.length, other.length));
    const contained =
      wanted.length >= 4 && other.length >= 4 && (other.includes(wanted) || wanted.includes(other));
    const threshold = Math.max(2, Math.floor(Math.max(wanted.length, other.length) / 3));
    if (distance <= threshold || contained)
      scored.push({ candidate, score: contained ? Math.min(distance, 1) : distance });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map((s) => s.candidate);
}

/** `cal_event_types_list`, `eventTypes.list` and `EventTypesList` all become `eventtypeslist`. */
function normalize(name: string): string {
  return name
    .slice(0, 200)
    .replace(/^cal[_-]/i, "")
    .replace(/[^A-Za-z0-9]/g, "")
    .toLowerCase();
}

/** Levenshtein distance, giving up (returning `cap + 1`) once every path exceeds `cap`. */
function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      current.push(value);
      if (value < best) best = value;
    }
    if (best > cap) return cap + 1;
    previous = current;
  }
  return previous[b.length] ?? cap + 1;
}
