// Where the machine's CPU went during the load benchmark: the server, the client (this process, all
// its threads) and everything else, from Linux's /proc. Other work on the machine slows the server
// down, so a reader needs that figure to judge the latencies.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";

export type CpuSnapshot = { atMs: number; machineBusySeconds: number; serverSeconds: number; clientSeconds: number };

const ticksPerSecond = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** Busy time of all cores since boot: everything but idle and iowait. */
function machineBusySeconds(): number {
  const fields = readFileSync("/proc/stat", "utf8").split("\n", 1)[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = fields.slice(0, 8).reduce((sum, value) => sum + value, 0);
  return (total - fields[3]! - fields[4]!) / ticksPerSecond;
}

/** User and system time of every live process in the process group. */
function groupSeconds(processGroupId: number): number {
  let ticks = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // ended while we looked
    }
    // After the command name in parentheses: state, ppid, pgrp, … utime (12th), stime (13th).
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(fields[2]) === processGroupId) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / ticksPerSecond;
}

/** A snapshot, or null where /proc is missing (not Linux) or the server is not running. */
export function cpuSnapshot(serverProcessGroupId: number | undefined): CpuSnapshot | null {
  if (!existsSync("/proc/stat") || serverProcessGroupId === undefined) return null;
  const client = process.cpuUsage();
  return {
    atMs: performance.now(),
    machineBusySeconds: machineBusySeconds(),
    serverSeconds: groupSeconds(serverProcessGroupId),
    clientSeconds: (client.user + client.system) / 1e6,
  };
}

/** CPU used between two snapshots, in percent of one core (200 = two cores busy). */
export function cpuPercentages(before: CpuSnapshot, after: CpuSnapshot) {
  const seconds = (after.atMs - before.atMs) / 1000;
  const percent = (used: number) => Math.round((used / seconds) * 100);
  const server = after.serverSeconds - before.serverSeconds;
  const client = after.clientSeconds - before.clientSeconds;
  const machine = after.machineBusySeconds - before.machineBusySeconds;
  return {
    serverCpuPercent: percent(server),
    clientCpuPercent: percent(client),
    otherCpuPercent: percent(Math.max(0, machine - server - client)),
  };
}
