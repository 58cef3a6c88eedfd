"use server";

import { revalidatePath } from "next/cache";
import { guardedAction, type ActionResult } from "@/app/_lib/guarded-action";
import { getDb } from "@/db/client";
import { publishJob } from "@/lib/publications/publish-job";
import { unpublishJob } from "@/lib/publications/unpublish-job";

/** Every page that shows what is published: the editor's article page and the public pages. */
function revalidatePublicPages(lng: string, slug: string): void {
  revalidatePath(`/${lng}/manage/articles/${slug}`);
  revalidatePath("/[lng]/a/[slug]/[target]", "page");
  revalidatePath("/[lng]/articles/[slug]", "page");
  revalidatePath("/[lng]", "page");
}

export async function publishAction(lng: string, jobId: number): Promise<ActionResult<null>> {
  const result = await guardedAction(lng, (actor) => publishJob(getDb(), actor, { jobId }));
  if (!result.ok) return result;
  revalidatePublicPages(lng, result.value.slug);
  return { ok: true, value: null };
}

export async function unpublishAction(lng: string, jobId: number): Promise<ActionResult<null>> {
  const result = await guardedAction(lng, (actor) => unpublishJob(getDb(), actor, { jobId }));
  if (!result.ok) return result;
  revalidatePublicPages(lng, result.value.slug);
  return { ok: true, value: null };
}
