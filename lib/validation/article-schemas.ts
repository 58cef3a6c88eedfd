import { z } from "zod";
import { SOURCE_FORMATS } from "@/db/enums";
import { CONTENT_LANGUAGES } from "../languages";

/** Source documents larger than this are refused: ten times the longest news article seen. */
export const SOURCE_MAX_CHARACTERS = 500_000;

export const articleImportSchema = z
  .object({
    slug: z
      .string()
      .trim()
      .min(1)
      .max(120)
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "validation:slugFormat"),
    title: z.string().trim().min(1).max(300),
    sourceLanguage: z.enum(CONTENT_LANGUAGES),
    format: z.enum(SOURCE_FORMATS),
    content: z.string().min(1).max(SOURCE_MAX_CHARACTERS),
    region: z.string().trim().max(120).optional(),
    sdgGoals: z.array(z.number().int().min(1).max(17)).max(17).default([]),
    topics: z.array(z.string().trim().min(1).max(60)).max(20).default([]),
    targetLanguages: z.array(z.enum(CONTENT_LANGUAGES)).max(CONTENT_LANGUAGES.length).default([]),
  })
  .refine((input) => !input.targetLanguages.includes(input.sourceLanguage), {
    path: ["targetLanguages"],
    message: "validation:targetIsSource",
  });
export type ArticleImportInput = z.input<typeof articleImportSchema>;
