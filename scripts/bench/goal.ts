/**
 * A benchmark's verdict on one goal, printed as a `goal: {json}` line that `pnpm bench` (run.ts)
 * lifts out of the benchmark's output into the goals table at the top of bench/RESULTS.md. Every
 * goal is "at most": a measured value at or under the goal meets it.
 */
export interface Goal {
  /** What is measured, e.g. "one-operation app through @calkit/client/ops, min+gz". */
  what: string;
  measured: number;
  goal: number;
  /** "B", "ms", "×", "tokens"… */
  unit: string;
  /** The baseline the value is measured against in the same run, when it is a ratio. */
  baseline?: string;
}

export const GOAL_PREFIX = "goal: ";

export function reportGoal(goal: Goal): void {
  console.log(`${GOAL_PREFIX}${JSON.stringify(goal)}`);
}

/** The goal lines of a benchmark's output, and the output without them. */
export function takeGoals(output: string): { goals: Goal[]; rest: string } {
  const goals: Goal[] = [];
  const rest = output
    .split("\n")
    .filter((line) => {
      if (!line.startsWith(GOAL_PREFIX)) return true;
      goals.push(JSON.parse(line.slice(GOAL_PREFIX.length)) as Goal);
      return false;
    })
    .join("\n");
  return { goals, rest };
}

export function goalRow(goal: Goal): string {
  const met = goal.measured <= goal.goal;
  const format = (n: number) =>
    goal.unit === "×" ? `${n.toFixed(2)}×` : `${n.toLocaleString("en-US")} ${goal.unit}`;
  return `| ${goal.what} | ${format(goal.measured)} | ≤ ${format(goal.goal)} | ${goal.baseline ?? "–"} | ${met ? "met" : "not met"} |`;
}
