/**
 * One process at a time may open the embedded store (PGlite is not multi-process). Whoever opens
 * it holds `<folder>/gateway.lock` (created exclusively, mode 0600). A serving gateway also writes
 * into it where its loopback admin endpoint listens and the random secret that opens it, so the
 * CLI can run its command inside that gateway instead of opening the store a second time.
 */
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

export interface LockInfo {
  pid: number;
  /** Set by a serving gateway. */
  admin?: { url: string; secret: string };
}

export interface HeldLock {
  update(info: Omit<LockInfo, "pid">): void;
  release(): void;
}

export type LockAttempt = { held: HeldLock } | { busy: LockInfo };

export function lockPath(folder: string): string {
  return join(resolve(folder), "gateway.lock");
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readLock(path: string): LockInfo | undefined {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as LockInfo;
  } catch {
    return undefined;
  }
}

/** Takes the lock, or says who holds it. A lock left by a process that died is taken over. */
export function tryLock(folder: string): LockAttempt {
  mkdirSync(resolve(folder), { recursive: true, mode: 0o700 });
  const path = lockPath(folder);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(path, JSON.stringify({ pid: process.pid }), { flag: "wx", mode: 0o600 });
      return { held: heldLock(path) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const info = readLock(path);
    // Written but not yet filled in by a live process: busy; otherwise a dead holder's leftover.
    if (info && alive(info.pid) && info.pid !== process.pid) return { busy: info };
    if (!info) {
      // Another process may be between creating and writing it: give it a moment.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
      const again = readLock(path);
      if (again && alive(again.pid)) return { busy: again };
    }
    try {
      unlinkSync(path);
    } catch {
      // Someone else removed it first; try again.
    }
  }
  const info = readLock(path);
  return { busy: info ?? { pid: 0 } };
}

function heldLock(path: string): HeldLock {
  let released = false;
  return {
    update(info) {
      writeFileSync(path, JSON.stringify({ pid: process.pid, ...info }), { mode: 0o600 });
    },
    release() {
      if (released) return;
      released = true;
      if (readLock(path)?.pid === process.pid) unlinkSync(path);
    },
  };
}
