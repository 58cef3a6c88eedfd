// One article translated the way volunteers really work, through the use-cases: the figures of the
// recognition tests come from the same history the editor and the review pages write.
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { publishJob } from "@/lib/publications/publish-job";
import { contributionOf } from "@/lib/recognition/contribution";
import { approveJob } from "@/lib/workflow/approve-job";
import { claimJob } from "@/lib/workflow/claim-job";
import { releaseClaim } from "@/lib/workflow/release-claim";
import { requestChanges } from "@/lib/workflow/request-changes";
import { reviewSegment } from "@/lib/workflow/review-segment";
import { saveSegment } from "@/lib/workflow/save-segment";
import { submitJob } from "@/lib/workflow/submit-job";
import { takeReview } from "@/lib/workflow/take-review";
import { importJobs, POLICY, reviewerUser, translationsOf, volunteerUser } from "../workflow/support";

/** Words of the sample article's five sentences (tests/unit/workflow/support.ts, SAMPLE). */
export const WORDS = { title: 3, met: 4, planted: 4, link: 3, thanked: 4 } as const;
export const ARTICLE_WORDS = 18;

export const SPANISH = [
  "Manglares en Fiyi",
  "Los voluntarios se reunieron en Suva.",
  "Plantaron 300 plántulas.",
  "Vea el <1>informe</1>.",
  "El alcalde les dio las gracias.",
];
export const ARABIC = [
  "أشجار المانغروف في فيجي",
  "اجتمع المتطوعون في سوفا.",
  "زرعوا 300 شتلة.",
  "انظر <1>التقرير</1>.",
  "شكرهم رئيس البلدية.",
];

export async function named(db: Db, displayName: string, make: () => Promise<Actor>): Promise<Actor> {
  const user = await make();
  db.update(users).set({ displayName }).where(eq(users.id, user.id)).run();
  return { ...user, displayName };
}

/** The assignee confirms the segments at `positions` with `texts[position]`. */
export function confirm(db: Db, actor: Actor, jobId: number, positions: number[], texts: readonly string[]) {
  for (const row of translationsOf(db, jobId).filter((row) => positions.includes(row.position))) {
    saveSegment(db, actor, {
      jobId,
      segmentId: row.segmentId,
      text: texts[row.position]!,
      status: "translated",
      version: row.version,
    });
  }
}

const segmentAt = (db: Db, jobId: number, position: number) =>
  translationsOf(db, jobId).find((row) => row.position === position)!;

/**
 * Two volunteers on one article. Spanish (published): Ana confirms the title and the first two
 * sentences and releases the job; Bruno confirms the second sentence again in his own words and
 * the last two, and submits. Marta rejects the link sentence and sends the job back with a note;
 * Bruno fixes it; Marta rewrites the last sentence herself (with a comment) and approves the job,
 * which an editor publishes. Arabic (approved, not published): Ana translates everything and Rami
 * approves it as it is.
 */
export async function twoVolunteersOneArticle(db: Db, editor: Actor) {
  const ana = await named(db, "Ana López", () => volunteerUser(db, ["es", "ar"]));
  const bruno = await named(db, "Bruno Díaz", () => volunteerUser(db, ["es"]));
  const marta = await named(db, "Marta Ruiz", () => reviewerUser(db, ["es"]));
  const rami = await named(db, "Rami Haddad", () => reviewerUser(db, ["ar"]));
  const { job } = importJobs(db, editor, { targetLanguages: ["es", "ar"] });
  const es = job("es");
  const ar = job("ar");

  claimJob(db, ana, { jobId: es }, { policy: POLICY });
  confirm(db, ana, es, [0, 1, 2], SPANISH);
  releaseClaim(db, ana, { jobId: es });

  claimJob(db, bruno, { jobId: es }, { policy: POLICY });
  confirm(db, bruno, es, [2], ["", "", "Sembraron 300 plántulas."]);
  confirm(db, bruno, es, [3, 4], SPANISH);
  submitJob(db, bruno, { jobId: es });

  takeReview(db, marta, { jobId: es });
  const link = segmentAt(db, es, 3);
  reviewSegment(db, marta, {
    decision: "reject",
    jobId: es,
    segmentId: link.segmentId,
    version: link.version,
    comment: "«Vea» es demasiado formal aquí.",
    category: "style",
    severity: "minor",
  });
  requestChanges(db, marta, { jobId: es, note: "Casi listo: revisa el enlace." }, { policy: POLICY });
  // While the link sentence stands rejected, before Bruno fixes it.
  const brunoWhileRejected = contributionOf(db, bruno.id);

  confirm(db, bruno, es, [3], ["", "", "", "Mira el <1>informe</1>."]);
  submitJob(db, bruno, { jobId: es });
  const thanked = segmentAt(db, es, 4);
  reviewSegment(db, marta, {
    decision: "edit",
    jobId: es,
    segmentId: thanked.segmentId,
    version: thanked.version,
    text: "La alcaldesa les dio las gracias.",
    comment: "Es una alcaldesa.",
    category: "accuracy",
    severity: "major",
  });
  approveJob(db, marta, { jobId: es });
  const published = publishJob(db, editor, { jobId: es });

  claimJob(db, ana, { jobId: ar }, { policy: POLICY });
  confirm(db, ana, ar, [0, 1, 2, 3, 4], ARABIC);
  submitJob(db, ana, { jobId: ar });
  takeReview(db, rami, { jobId: ar });
  approveJob(db, rami, { jobId: ar });

  return { ana, bruno, marta, rami, es, ar, published, brunoWhileRejected };
}
