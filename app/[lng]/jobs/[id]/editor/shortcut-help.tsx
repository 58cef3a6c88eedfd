"use client";

import { useEffect, useRef } from "react";
import { useT } from "@/app/_components/use-t";

const SHORTCUTS = [
  ["Ctrl+Enter", "confirm"],
  ["Ctrl+↑ / Ctrl+↓", "move"],
  ["Ctrl+Shift+S", "copySource"],
  ["Ctrl+Shift+1…9", "insertTag"],
  ["Ctrl+1…5", "insertMatch"],
  ["Alt+P", "panel"],
  ["Alt+H", "help"],
] as const;

/** The keyboard shortcuts, in a modal dialog (Escape closes it and focus goes back). */
export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">{t("editor:shortcuts.title")}</h2>
      <dl className="shortcut-list">
        {SHORTCUTS.map(([keys, action]) => (
          <div key={action}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{t(`editor:shortcuts.${action}`)}</dd>
          </div>
        ))}
      </dl>
      <button type="button" className="button" onClick={onClose}>
        {t("editor:shortcuts.close")}
      </button>
    </dialog>
  );
}
