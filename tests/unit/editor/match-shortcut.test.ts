// Ctrl+1…5 (⌘1…5) inserts a translation-memory match; other combinations keep their own meaning.
import { describe, expect, it } from "vitest";
import { matchShortcutIndex, matchShortcutLabel } from "@/app/[lng]/jobs/[id]/editor/match-shortcut";

const press = (code: string, keys: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }>) => ({
  code,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...keys,
});

describe("the match shortcuts", () => {
  it("take Ctrl or ⌘ with the digits 1 to 5, on the digit row or the keypad", () => {
    expect(matchShortcutIndex(press("Digit1", { ctrlKey: true }))).toBe(0);
    expect(matchShortcutIndex(press("Digit5", { metaKey: true }))).toBe(4);
    expect(matchShortcutIndex(press("Numpad3", { ctrlKey: true }))).toBe(2);
  });

  it("leave other digits, Shift (tags), Alt (AltGr) and plain digits alone", () => {
    expect(matchShortcutIndex(press("Digit6", { ctrlKey: true }))).toBeNull();
    expect(matchShortcutIndex(press("Digit0", { ctrlKey: true }))).toBeNull();
    expect(matchShortcutIndex(press("Digit1", { ctrlKey: true, shiftKey: true }))).toBeNull();
    expect(matchShortcutIndex(press("Digit1", { ctrlKey: true, altKey: true }))).toBeNull();
    expect(matchShortcutIndex(press("Digit1", {}))).toBeNull();
    expect(matchShortcutIndex(press("KeyA", { ctrlKey: true }))).toBeNull();
  });

  it("are named as the insert buttons show them", () => {
    expect(matchShortcutLabel(0)).toBe("Ctrl+1");
    expect(matchShortcutLabel(4)).toBe("Ctrl+5");
  });
});
