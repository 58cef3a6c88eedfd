import { z } from "zod";
import { SOURCE_FORMATS } from "@/db/enums";
import { CONTENT_LANGUAGES } from "../languages";
import { SDG_GOALS } from "../sdg";

/** Source documents larger than this are refused: ten times the longest news article seen. */
export const SOURCE_MAX_CHARACTERS = 500_000;

const sourceContent = z.string().min(1).max(SOURCE_MAX_CHARACTERS);
const targetLanguages = z.array(z.enum(CONTENT_LANGUAGES)).max(CONTENT_LANGUAGES.length);

export const articleImportSchema = z
  .object({
    /** Made from the title when left empty. */
    slug: z.preprocess(
      (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
      z
        .string()
        .trim()
        .max(120)
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "validation:slugFormat")
        .optional(),
    ),
    title: z.string().trim().min(1).max(300),
    sourceLanguage: z.enum(CONTENT_LANGUAGES),
    format: z.enum(SOURCE_FORMATS),
    content: sourceContent,
    region: z.string().trim().max(120).optional(),
    sdgGoals: z.array(z.number().int().min(1).max(SDG_GOALS.length)).max(SDG_GOALS.length).default([]),
    topics: z.array(z.string().trim().min(1).max(60)).max(20).default([]),
    targetLanguages: targetLanguages.default([]),
  })
  .refine((input) => !input.targetLanguages.includes(input.sourceLanguage), {
    path: ["targetLanguages"],
    message: "validation:targetIsSource",
  });
export type ArticleImportInput = z.input<typeof articleImportSchema>;

export const articleReimportSchema = z.object({
  articleId: z.number().int().positive(),
  format: z.enum(SOURCE_FORMATS),
  content: sourceContent,
});
export type ArticleReimportInput = z.input<typeof articleReimportSchema>;

export const openArticleSchema = z.object({
  articleId: z.number().int().positive(),
  targetLanguages: targetLanguages.min(1),
});
export type OpenArticleInput = z.input<typeof openArticleSchema>;
