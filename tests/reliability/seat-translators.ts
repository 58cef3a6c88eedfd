// Puts the simulated translators in place directly in the database, through the same use-cases the
// app uses: an editor imports one article per translator, and each volunteer claims their own job.
import { openDatabase } from "../../db/client";
import { createUser } from "../../lib/accounts/create-user";
import { importArticle } from "../../lib/articles/import-article";
import { loadActor } from "../../lib/auth/actor";
import { claimJob } from "../../lib/workflow/claim-job";
import { reliabilityArticle } from "./article";

export type Seat = { index: number; email: string; password: string; jobId: number };

const TARGET_LANGUAGE = "es";

/** Creates `count` volunteers, each with a claimed job of their own (migrating the database first). */
export async function seatTranslators(databasePath: string, count: number, password: string): Promise<Seat[]> {
  const db = openDatabase(databasePath);
  try {
    const account = async (email: string, displayName: string, role: "editor" | "volunteer") => {
      const { id } = await createUser(
        db,
        { email, displayName, password, role, translateLanguages: [TARGET_LANGUAGE] },
        { actorId: null, action: "user.seeded" },
      );
      return loadActor(db, id)!;
    };
    const editor = await account("reliability-editor@example.org", "Reliability Editor", "editor");
    const seats: Seat[] = [];
    for (let index = 0; index < count; index++) {
      const email = `translator-${index}@example.org`;
      const volunteer = await account(email, `Translator ${index}`, "volunteer");
      const { jobIds } = importArticle(db, editor, {
        title: `The river cooperative meets again, copy ${index}`,
        sourceLanguage: "en",
        format: "markdown",
        content: reliabilityArticle(),
        targetLanguages: [TARGET_LANGUAGE],
      });
      const jobId = jobIds[0]!;
      claimJob(db, volunteer, { jobId });
      seats.push({ index, email, password, jobId });
    }
    return seats;
  } finally {
    db.$client.close();
  }
}
