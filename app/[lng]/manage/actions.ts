"use server";

import { getDb } from "@/db/client";
import { guardedAction, type ActionResult } from "@/app/_lib/guarded-action";
import { readSourceUpload } from "@/app/_lib/source-upload";
import { importArticle } from "@/lib/articles/import-article";
import { openArticleForLanguages } from "@/lib/articles/open-article";
import { reimportArticle, type SourceUpdate } from "@/lib/articles/reimport-article";

/** Imports a new article from an upload or pasted text; the editor then reviews its segments. */
export async function importArticleAction(lng: string, formData: FormData): Promise<ActionResult<{ slug: string }>> {
  return guardedAction(lng, async (actor) => {
    const source = await readSourceUpload(formData);
    const topics = String(formData.get("topics") ?? "")
      .split(",")
      .map((topic) => topic.trim())
      .filter((topic) => topic !== "");
    const { slug: created } = importArticle(getDb(), actor, {
      title: formData.get("title"),
      slug: formData.get("slug"),
      sourceLanguage: formData.get("sourceLanguage"),
      region: String(formData.get("region") ?? "").trim() || undefined,
      sdgGoals: formData.getAll("sdgGoals").map(Number),
      topics,
      ...source,
    });
    return { slug: created };
  });
}

export async function openArticleAction(
  lng: string,
  articleId: number,
  formData: FormData,
): Promise<ActionResult<{ opened: number }>> {
  return guardedAction(lng, (actor) => {
    const { jobIds } = openArticleForLanguages(getDb(), actor, {
      articleId,
      targetLanguages: formData.getAll("targetLanguages"),
    });
    return { opened: jobIds.length };
  });
}

export async function updateSourceAction(
  lng: string,
  articleId: number,
  formData: FormData,
): Promise<ActionResult<SourceUpdate>> {
  return guardedAction(lng, async (actor) =>
    reimportArticle(getDb(), actor, { articleId, ...(await readSourceUpload(formData)) }),
  );
}
