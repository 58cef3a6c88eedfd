import type { LanguageProfile } from "../language-profile";
import { arabic } from "./arabic";
import { chinese, japanese } from "./chinese-japanese";
import { english } from "./english";
import { french } from "./french";
import { german } from "./german";
import { italian } from "./italian";
import { portuguese } from "./portuguese";
import { russian } from "./russian";
import { spanish } from "./spanish";

const PROFILES: ReadonlyMap<string, LanguageProfile> = new Map(
  [english, spanish, french, portuguese, german, italian, russian, arabic, japanese, chinese].map((profile) => [
    profile.language,
    profile,
  ]),
);

/** The rules for a base language, or undefined when it has none (the caller falls back to Intl). */
export function languageProfile(language: string): LanguageProfile | undefined {
  return PROFILES.get(language);
}
