"use client";

import { useT } from "@/app/_components/use-t";
import type { SaveState } from "./use-segment-saver";

/** Always visible: whether everything typed is safe on the server, and what still waits. */
export function SaveIndicator({ state }: { state: SaveState }) {
  const t = useT();
  let text: string;
  let tone: "ok" | "busy" | "warn";
  if (state.signedOut) [text, tone] = [t("editor:save.signedOut", { count: state.waiting }), "warn"];
  else if (state.pausedSeconds !== null)
    [text, tone] = [t("common:saves.paused", { seconds: state.pausedSeconds }), "warn"];
  else if (state.offline) [text, tone] = [t("editor:save.offline", { count: state.waiting }), "warn"];
  else if (state.saving) [text, tone] = [t("editor:save.saving"), "busy"];
  else if (state.waiting > 0) [text, tone] = [t("editor:save.waiting", { count: state.waiting }), "busy"];
  else [text, tone] = [t("editor:save.saved"), "ok"];
  return (
    <p className={`save-indicator save-${tone}`} role="status" aria-live="polite" data-testid="save-indicator">
      {text}
    </p>
  );
}
