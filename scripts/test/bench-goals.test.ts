/** The goal lines a benchmark prints are lifted out of its output into bench/RESULTS.md's table. */
import { describe, expect, it } from "vitest";
import { goalRow, reportGoal, takeGoals } from "../bench/goal";

describe("benchmark goals", () => {
  it("are taken out of the output, which keeps everything else in order", () => {
    const goal = { what: "app size", measured: 7000, goal: 6144, unit: "B" };
    const lines: string[] = [];
    const log = console.log;
    console.log = (line: string) => lines.push(line);
    try {
      reportGoal(goal);
    } finally {
      console.log = log;
    }
    const { goals, rest } = takeGoals(["| a |", lines[0], "| b |"].join("\n"));
    expect(goals).toEqual([goal]);
    expect(rest).toBe("| a |\n| b |");
  });

  it("are met at or under the goal, and say so with the unit", () => {
    expect(goalRow({ what: "size", measured: 6144, goal: 6144, unit: "B" })).toBe(
      "| size | 6,144 B | ≤ 6,144 B | – | met |",
    );
    expect(
      goalRow({
        what: "overhead",
        measured: 1.35,
        goal: 1.1,
        unit: "×",
        baseline: "openapi-fetch",
      }),
    ).toBe("| overhead | 1.35× | ≤ 1.10× | openapi-fetch | not met |");
  });
});
