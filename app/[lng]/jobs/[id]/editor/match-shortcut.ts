// Ctrl+1…5 (⌘1…5 on a Mac) puts translation-memory match 1…5 into the segment. Read from the key's
// position (`code`), not the character it types, so keyboard layouts whose digit row needs Shift
// (French AZERTY) work too; Shift and Alt are left alone, since Ctrl+Shift+1…9 inserts tags and
// AltGr arrives as Ctrl+Alt on Windows.
import { MAX_MATCHES } from "./memory-types";

export type ShortcutKeys = { code: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean };

/** The 0-based index of the match a key press asks for, or null when it is not that shortcut. */
export function matchShortcutIndex(keys: ShortcutKeys): number | null {
  if (!(keys.ctrlKey || keys.metaKey) || keys.shiftKey || keys.altKey) return null;
  const digit = /^(?:Digit|Numpad)(\d)$/.exec(keys.code)?.[1];
  const number = Number(digit);
  return digit !== undefined && number >= 1 && number <= MAX_MATCHES ? number - 1 : null;
}

/** The shortcut as the interface names it: "Ctrl+1" for the first match. */
export function matchShortcutLabel(index: number): string {
  return `Ctrl+${index + 1}`;
}
