import { z } from "zod";
import { CONTENT_LANGUAGES } from "../languages";

/** The database refuses longer terms too (glossary_terms_term_length). */
export const GLOSSARY_TEXT_MAX = 200;
export const GLOSSARY_PART_OF_SPEECH_MAX = 40;
export const GLOSSARY_NOTE_MAX = 1000;
/** A term with more bad translations than this needs a note, not a list. */
export const GLOSSARY_FORBIDDEN_MAX = 20;
/** Ten thousand ordinary rows fit; a glossary file larger than this is not a glossary. */
export const GLOSSARY_IMPORT_MAX_BYTES = 1_000_000;
export const GLOSSARY_IMPORT_MAX_ROWS = 5000;
export const GLOSSARY_SEARCH_MAX = 200;

/** One line of text: trimmed, NFC (so an "é" typed two ways is one term), runs of spaces made one. */
const oneLine = (max: number) =>
  z
    .string()
    .trim()
    .normalize("NFC")
    .min(1)
    .max(max)
    .transform((text) => text.replace(/\s+/gu, " "));

const blankToUndefined = (value: unknown) =>
  value === null || (typeof value === "string" && value.trim() === "") ? undefined : value;

/** Free text that may be left out: stored as null, never as "". */
const optionalText = (max: number) =>
  z
    .preprocess(blankToUndefined, z.string().trim().normalize("NFC").max(max).optional())
    .transform((text) => text ?? null);

/**
 * Forbidden translations: a list, or one string separated by "|" or line breaks (the CSV column and
 * the form's text box). Blank items are dropped and repeats kept once.
 */
const forbiddenList = z
  .preprocess(
    (value) => (typeof value === "string" ? value.split(/[|\r\n]/) : (value ?? [])),
    z.array(z.string()).transform((items) => items.filter((item) => item.trim() !== "")),
  )
  .pipe(z.array(oneLine(GLOSSARY_TEXT_MAX)).max(GLOSSARY_FORBIDDEN_MAX))
  .transform((items) => [...new Set(items)]);

const TRUE_WORDS = new Set(["true", "yes", "1", "on"]);
const FALSE_WORDS = new Set(["false", "no", "0", "off", ""]);

/** A checkbox ("on" or absent), a boolean, or a CSV cell: true/false, yes/no, 1/0 in any case. */
const caseSensitiveFlag = z.preprocess(
  (value) => {
    if (value === undefined || value === null) return false;
    if (typeof value !== "string") return value;
    const word = value.trim().toLowerCase();
    return TRUE_WORDS.has(word) ? true : FALSE_WORDS.has(word) ? false : value;
  },
  z.custom<boolean>((value) => typeof value === "boolean", { message: "glossary:errors.caseSensitive" }),
);

const pairShape = {
  sourceLanguage: z.enum(CONTENT_LANGUAGES),
  targetLanguage: z.enum(CONTENT_LANGUAGES),
};

const differentLanguages = (input: { sourceLanguage: string; targetLanguage: string }) =>
  input.sourceLanguage !== input.targetLanguage;
const samePair = { path: ["targetLanguage"], message: "glossary:errors.samePair" };

const termShape = {
  term: oneLine(GLOSSARY_TEXT_MAX),
  translation: oneLine(GLOSSARY_TEXT_MAX),
  partOfSpeech: optionalText(GLOSSARY_PART_OF_SPEECH_MAX),
  note: optionalText(GLOSSARY_NOTE_MAX),
  forbidden: forbiddenList,
  caseSensitive: caseSensitiveFlag,
};

/** A term may not forbid its own translation: the translator would be told to use and avoid it. */
const forbiddenIsNotTheTranslation = (input: { translation: string; forbidden: string[] }) =>
  !input.forbidden.includes(input.translation);
const forbidsTranslation = { path: ["forbidden"], message: "glossary:errors.forbiddenIsTranslation" };

export const glossaryPairSchema = z.object(pairShape).refine(differentLanguages, samePair);
export type GlossaryPairInput = z.input<typeof glossaryPairSchema>;

/** A term's own fields, as the add form, the edit form and each CSV row give them. */
export const glossaryTermFieldsSchema = z.object(termShape).refine(forbiddenIsNotTheTranslation, forbidsTranslation);
export type GlossaryTermFields = z.output<typeof glossaryTermFieldsSchema>;

export const addGlossaryTermSchema = z
  .object({ ...pairShape, ...termShape })
  .refine(differentLanguages, samePair)
  .refine(forbiddenIsNotTheTranslation, forbidsTranslation);
export type AddGlossaryTermInput = z.input<typeof addGlossaryTermSchema>;

/** A term stays in its language pair: an edit changes its fields only. */
export const updateGlossaryTermSchema = z
  .object({ id: z.number().int().positive(), ...termShape })
  .refine(forbiddenIsNotTheTranslation, forbidsTranslation);
export type UpdateGlossaryTermInput = z.input<typeof updateGlossaryTermSchema>;

export const deleteGlossaryTermSchema = z.object({ id: z.number().int().positive() });

export const listGlossaryTermsSchema = z
  .object({
    ...pairShape,
    /** Words to find in the term, translation, forbidden translations or note; any case, any accent. */
    query: z.preprocess(blankToUndefined, z.string().trim().max(GLOSSARY_SEARCH_MAX).optional()),
  })
  .refine(differentLanguages, samePair);
export type ListGlossaryTermsInput = z.input<typeof listGlossaryTermsSchema>;

/** The file's bytes: the use-case decides whether they are UTF-8 text before anything else. */
export const importGlossarySchema = z
  .object({ ...pairShape, file: z.instanceof(Uint8Array) })
  .refine(differentLanguages, samePair);
export type ImportGlossaryInput = z.input<typeof importGlossarySchema>;
