// A user-visible message as data: an i18next key ("namespace:key") and its interpolation values.
// The domain returns these; the UI translates them into the reader's language.
export type Message = { key: string; values?: Record<string, string | number> };

export const message = (key: string, values?: Message["values"]): Message => (values ? { key, values } : { key });
