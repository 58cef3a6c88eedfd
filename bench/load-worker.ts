// A client thread of the load benchmark: runs its share of the simulated translators and measures its
// own event loop, so a reader can tell slow answers of the server from a client too busy to read them.
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { parentPort, workerData } from "node:worker_threads";
import { emptySamples, runTranslator, type LoadSamples, type TranslatorPlan } from "./load-translator";

/** Sent by the benchmark once every thread is ready: the plans' times are relative to `startAt`. */
export type WorkerStart = { startAt: number };
/** Plans whose times are milliseconds after the start. */
export type WorkerPlans = TranslatorPlan[];
export type WorkerReport = {
  samples: LoadSamples;
  /** How late the thread's timers fired (its event loop's lag), over the window. */
  loopDelayMsP99: number;
  loopDelayMsMax: number;
  /** Share of the window the thread's event loop was busy, 0 to 1. */
  loopUtilization: number;
};

/** How often the loop is sampled; the histogram holds whole intervals, so this is taken off each. */
const RESOLUTION_MS = 10;

const plans = workerData as WorkerPlans;
const port = parentPort!;

const lag = (intervalNs: number) => Math.max(0, intervalNs / 1e6 - RESOLUTION_MS);

port.once("message", ({ startAt }: WorkerStart) => {
  const shifted = plans.map((plan) => ({
    ...plan,
    firstSaveAt: startAt + plan.firstSaveAt,
    pageLoadsAt: plan.pageLoadsAt.map((at) => startAt + at),
    endAt: startAt + plan.endAt,
  }));
  const samples = emptySamples();
  const delay = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  let utilizationStart = performance.eventLoopUtilization();
  setTimeout(
    () => {
      delay.enable();
      utilizationStart = performance.eventLoopUtilization();
    },
    Math.max(0, startAt - Date.now()),
  );
  void Promise.all(shifted.map((plan) => runTranslator(plan, samples))).then(() => {
    delay.disable();
    const report: WorkerReport = {
      samples,
      loopDelayMsP99: lag(delay.percentile(99)),
      loopDelayMsMax: lag(delay.max),
      loopUtilization: performance.eventLoopUtilization(utilizationStart).utilization,
    };
    port.postMessage(report);
  });
});
port.postMessage("ready");
