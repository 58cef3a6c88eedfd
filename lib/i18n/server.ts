import type { TFunction } from "i18next";
import type { Message } from "../validation/message";
import { createI18n } from "./create-instance";
import { NAMESPACES, type Namespaces } from "./namespaces";
import { resources } from "./resources";
import type { UiLanguage } from "./settings";

const instances = new Map<UiLanguage, ReturnType<typeof createI18n>>();

/** The translation function for a UI language, on the server. Keys are "namespace:key". */
export type ServerT = TFunction<Namespaces>;

export function getT(lng: UiLanguage): ServerT {
  let instance = instances.get(lng);
  if (!instance) {
    instance = createI18n(lng, { [lng]: resources[lng], en: resources.en });
    instances.set(lng, instance);
  }
  return instance.getFixedT(lng, NAMESPACES);
}

/** A domain message (lib/validation/message.ts) in the reader's language. */
export function translateMessage(t: ServerT, msg: Message): string {
  // Message keys come from the domain as data, so they are checked by tests, not by the compiler.
  return String(t(msg.key as never, msg.values as never));
}

/** Per-field messages (a ValidationError's) in the reader's language. */
export function translateFields(t: ServerT, fields: Record<string, Message>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([field, msg]) => [field, translateMessage(t, msg)]));
}
