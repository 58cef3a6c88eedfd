// The permission matrix: every use-case, run by every role, on an object in one of the actor's
// languages or not, that is the actor's own or someone else's. Whether each call is allowed comes
// from the same table the code checks (lib/auth/permissions.ts), read through `can`; the few rules
// the table does not hold (a translator never reviews their own work) are named where they apply.
// A refused call changes nothing, and a refusal of what the actor may not even see is a 404.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { ROLES, type Role } from "@/db/enums";
import { CONTENT_LANGUAGES } from "@/lib/languages";
import { articles, jobs, segmentTranslationHistory, segmentTranslations, userLanguages, users } from "@/db/schema";
import { changeRole } from "@/lib/admin/change-role";
import { getPerson } from "@/lib/admin/get-person";
import { listAuditEvents } from "@/lib/admin/list-audit-events";
import { permissionMatrix } from "@/lib/admin/permission-matrix";
import { setUserDisabled } from "@/lib/admin/set-user-disabled";
import { setUserLanguages } from "@/lib/admin/set-user-languages";
import { getSettingsOverview } from "@/lib/admin/settings";
import { updateSettings } from "@/lib/admin/update-settings";
import { listUsers } from "@/lib/accounts/list-users";
import { importArticle } from "@/lib/articles/import-article";
import { getArticleSource } from "@/lib/articles/get-article-source";
import { listArticlesOverview } from "@/lib/articles/list-articles-overview";
import { openArticleForLanguages } from "@/lib/articles/open-article";
import { reimportArticle } from "@/lib/articles/reimport-article";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { listApiTokens } from "@/lib/api-tokens/list-api-tokens";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { loadActor, type Actor } from "@/lib/auth/actor";
import { can, PERMISSIONS, permissionRows, type Action, type Target } from "@/lib/auth/permissions";
import { addComment } from "@/lib/comments/add-comment";
import { listJobComments } from "@/lib/comments/list-comments";
import { ForbiddenError, NotFoundError, WorkflowError } from "@/lib/errors";
import { addGlossaryTerm } from "@/lib/glossary/add-term";
import { claimToPublishTimes } from "@/lib/insights/claim-to-publish";
import { getEditorMatrix } from "@/lib/insights/editor-matrix";
import { volunteersActivePerMonth } from "@/lib/insights/volunteers-per-month";
import { wordsPerLanguagePair } from "@/lib/insights/words-per-pair";
import { deleteGlossaryTerm } from "@/lib/glossary/delete-term";
import { exportGlossaryCsv } from "@/lib/glossary/export-csv";
import { exportTmx } from "@/lib/formats/tmx/export-tmx";
import { listMemoryPairs } from "@/lib/formats/tmx/memory-pairs";
import { importGlossaryCsv } from "@/lib/glossary/import-csv";
import { listGlossaryTerms } from "@/lib/glossary/list-terms";
import { updateGlossaryTerm } from "@/lib/glossary/update-term";
import { listJobPublications } from "@/lib/publications/manage-publications";
import { publishJob } from "@/lib/publications/publish-job";
import { unpublishJob } from "@/lib/publications/unpublish-job";
import { approveJob } from "@/lib/workflow/approve-job";
import { claimJob } from "@/lib/workflow/claim-job";
import { dismissWarning } from "@/lib/workflow/dismiss-warning";
import { extendClaim } from "@/lib/workflow/extend-claim";
import { getJobWorkspace } from "@/lib/workflow/get-job-workspace";
import { getQaSummary } from "@/lib/workflow/get-qa-summary";
import { getReviewWorkspace } from "@/lib/workflow/get-review-workspace";
import { jobConcordance } from "@/lib/workflow/job-concordance";
import { listCatalogue } from "@/lib/workflow/list-catalogue";
import { listReviewQueue } from "@/lib/workflow/list-review-queue";
import { releaseClaim } from "@/lib/workflow/release-claim";
import { releaseReview } from "@/lib/workflow/release-review";
import { requestChanges } from "@/lib/workflow/request-changes";
import { reviewSegment } from "@/lib/workflow/review-segment";
import { saveSegment } from "@/lib/workflow/save-segment";
import { segmentMatches } from "@/lib/workflow/segment-matches";
import { submitJob } from "@/lib/workflow/submit-job";
import { takeReview } from "@/lib/workflow/take-review";
import { approveDirectly } from "./publishing/support";
import { makeUser } from "./support/factories";
import { createTestDb } from "./support/test-db";
import { at, POLICY, SAMPLE, snapshot, T0, translationsOf } from "./workflow/support";

const db = createTestDb();

/** Every actor translates into and reviews Spanish; "out" objects are French. */
const LANGUAGE = { in: "es", out: "fr" } as const;
type Cell = { role: Role; language: keyof typeof LANGUAGE; ownership: "own" | "other" };
const CELLS: Cell[] = ROLES.flatMap((role) =>
  (["in", "out"] as const).flatMap((language) =>
    (["own", "other"] as const).map((ownership) => ({ role, language, ownership })),
  ),
);

let actors: Record<Role, Actor>;
/** Does what the cells need done by someone else: imports, translates into both languages, reviews both. */
let editor: Actor;
let volunteer: Actor;
let reviewer: Actor;
let admin: Actor;

beforeAll(async () => {
  const entries = await Promise.all(
    ROLES.map(async (role) => [role, await makeUser(db, { role, translate: ["es"], review: ["es"] })] as const),
  );
  actors = Object.fromEntries(entries) as Record<Role, Actor>;
  editor = await makeUser(db, { role: "editor", translate: [], review: [] });
  volunteer = await makeUser(db, { role: "volunteer", translate: ["es", "fr"], review: [] });
  reviewer = await makeUser(db, { role: "reviewer", translate: [], review: ["es", "fr"] });
  admin = await makeUser(db, { role: "admin", translate: [], review: [] });
});

// ---------------------------------------------------------------------------------------------
// Objects in the states each use-case needs.

let counter = 0;

function newArticle(language: string, createdBy?: Actor) {
  counter += 1;
  const { articleId, jobIds } = importArticle(db, editor, {
    slug: `matrix-${counter}`,
    title: `Matrix ${counter}`,
    sourceLanguage: "en",
    format: "markdown",
    content: SAMPLE,
    sdgGoals: [],
    targetLanguages: [language],
  });
  // Who imported an article gives them no rights over it: "own" articles show that.
  if (createdBy) db.update(articles).set({ createdById: createdBy.id }).where(eq(articles.id, articleId)).run();
  return { articleId, jobId: jobIds[0]! };
}

/**
 * A job being translated by `translator`. Written directly, not claimed: the translator may have
 * lost the language since claiming it, and what they may still do is exactly what the matrix asks.
 */
function jobInProgress(language: string, translator: Actor) {
  const { articleId, jobId } = newArticle(language);
  db.update(jobs)
    .set({ status: "in_progress", assigneeId: translator.id, claimedAt: T0, dueAt: at(7) })
    .where(eq(jobs.id, jobId))
    .run();
  return { articleId, jobId };
}

const firstSegment = (jobId: number) => translationsOf(db, jobId)[0]!;

/** Every segment confirmed by the translator, and the job submitted for review. */
function jobInReview(language: string, translator: Actor) {
  const { jobId } = jobInProgress(language, translator);
  for (const row of translationsOf(db, jobId)) {
    saveSegment(db, translator, {
      jobId,
      segmentId: row.segmentId,
      text: row.source.replace(/^/, "ES "),
      status: "translated",
      version: row.version,
    });
  }
  submitJob(db, translator, { jobId }, at(1));
  return jobId;
}

/** In review and held by `holder` when they may take it, otherwise by the other reviewer. */
function jobUnderReview(language: string, translator: Actor, holder: Actor) {
  const jobId = jobInReview(language, translator);
  try {
    takeReview(db, holder, { jobId }, at(2));
  } catch {
    takeReview(db, reviewer, { jobId }, at(2));
  }
  return jobId;
}

function approvedJob(language: string, translator: Actor) {
  const { jobId } = jobInProgress(language, translator);
  approveDirectly(db, jobId, { translators: [translator], reviewer, at: at(3) });
  return jobId;
}

function publishedJob(language: string, translator: Actor) {
  const jobId = approvedJob(language, translator);
  publishJob(db, editor, { jobId }, at(4));
  return jobId;
}

const termCounter = { value: 0 };
function glossaryTerm(language: string) {
  termCounter.value += 1;
  return addGlossaryTerm(db, editor, {
    sourceLanguage: "en",
    targetLanguage: language,
    term: `mangrove ${termCounter.value}`,
    translation: `manglar ${termCounter.value}`,
  });
}

// ---------------------------------------------------------------------------------------------
// The use-cases. Each arranges a fresh object for the cell and returns the call to make.

type Arranged = {
  /** What the table's scopes are checked against. */
  target: Target;
  /** The call; for listings, whether the object is listed (a listing filters instead of refusing). */
  run: () => unknown;
  /** The job whose data a refused call must leave unchanged. */
  jobId?: number;
};

type UseCase = {
  name: string;
  /** The table's actions, any of which allows the call. */
  actions: Action[];
  /** The actions that let the actor see the object at all: refusing anyone else must be a 404. */
  visibleWith?: Action[];
  /** A rule outside the table that refuses the actor's own object, and why. */
  ownRefused?: string;
  arrange: (actor: Actor, cell: Cell) => Arranged;
};

const other = () => volunteer;
const translatorFor = (actor: Actor, cell: Cell) => (cell.ownership === "own" ? actor : other());
const languageOf = (cell: Cell) => LANGUAGE[cell.language];
const JOB_VIEW: Action[] = ["job:translate", "article:manage", "job:read-review"];
const NOT_OWN_REVIEW = "reviewers never review a translation they worked on (four eyes)";
/** What an administrator may not do to their own account: nobody locks themselves out by mistake. */
const OWN_ACCOUNT: Record<string, string | undefined> = {
  "change a person's role": "an administrator's role is changed by another administrator",
  "disable an account": "an administrator cannot disable themselves",
};

let people = 0;
/** A volunteer created directly (no password hashing: the matrix makes many). */
function newPerson(language: string): Actor {
  people += 1;
  const [row] = db
    .insert(users)
    .values({ email: `person-${people}@example.org`, displayName: `Person ${people}`, passwordHash: "scrypt$unused" })
    .returning({ id: users.id })
    .all();
  db.insert(userLanguages).values({ userId: row!.id, language, skill: "translate" }).run();
  return loadActor(db, row!.id)!;
}

/** A job being translated, by the actor ("own") or by another volunteer. */
function translating(actor: Actor, cell: Cell) {
  const translator = translatorFor(actor, cell);
  const { jobId } = jobInProgress(languageOf(cell), translator);
  return { jobId, target: { language: languageOf(cell), assigneeId: translator.id } };
}

/** A job in review: translated by the actor or by another volunteer. */
function reviewed(actor: Actor, cell: Cell, held: boolean) {
  const translator = translatorFor(actor, cell);
  const jobId = held ? jobUnderReview(languageOf(cell), translator, actor) : jobInReview(languageOf(cell), translator);
  return { jobId, target: { language: languageOf(cell), assigneeId: translator.id } };
}

/** Set-up a use-case needs beyond its family's object, done before the "nothing changed" snapshot. */
const PREPARE: Record<string, (jobId: number) => void> = {
  // Submitting needs every segment confirmed.
  "submit a translation": (jobId) => {
    for (const row of translationsOf(db, jobId)) {
      db.update(segmentTranslations)
        .set({ text: `ES ${row.source}`, status: "translated" })
        .where(eq(segmentTranslations.segmentId, row.segmentId))
        .run();
    }
  },
  // Sending a job back needs a rejected segment.
  "request changes": (jobId) => {
    db.update(segmentTranslations)
      .set({ status: "rejected" })
      .where(eq(segmentTranslations.segmentId, firstSegment(jobId).segmentId))
      .run();
  },
};

const USE_CASES: UseCase[] = [
  {
    name: "list the catalogue of open jobs",
    actions: ["job:list-open"],
    arrange: (actor, cell) => {
      const { jobId } = newArticle(languageOf(cell));
      return {
        target: { language: languageOf(cell) },
        run: () => listCatalogue(db, actor, {}, T0).some((entry) => entry.jobId === jobId),
      };
    },
  },
  {
    name: "claim a job",
    actions: ["job:claim"],
    visibleWith: ["job:claim", "article:manage", "job:read-review"],
    arrange: (actor, cell) => {
      // An open job has no owner yet: both ownership cells claim an unclaimed job.
      const { jobId } = newArticle(languageOf(cell));
      return {
        jobId,
        target: { language: languageOf(cell) },
        run: () => claimJob(db, actor, { jobId }, { policy: POLICY, now: T0 }),
      };
    },
  },
  ...(
    [
      [
        "save a segment",
        (actor: Actor, jobId: number) => {
          const row = firstSegment(jobId);
          return saveSegment(db, actor, {
            jobId,
            segmentId: row.segmentId,
            text: "Manglares",
            status: "draft",
            version: row.version,
          });
        },
      ],
      ["submit a translation", (actor: Actor, jobId: number) => submitJob(db, actor, { jobId }, at(1))],
      [
        "extend a claim",
        (actor: Actor, jobId: number) => extendClaim(db, actor, { jobId, days: 3 }, { policy: POLICY, now: at(6) }),
      ],
      ["release a claim", (actor: Actor, jobId: number) => releaseClaim(db, actor, { jobId }, at(1))],
      [
        "dismiss a warning",
        (actor: Actor, jobId: number) => {
          const row = firstSegment(jobId);
          return dismissWarning(db, actor, {
            jobId,
            segmentId: row.segmentId,
            check: "double_space",
            text: "Manglares  de Fiyi",
            reason: "house style",
          });
        },
      ],
    ] as const
  ).map(([name, call]): UseCase => ({
    name,
    actions: ["job:translate"],
    visibleWith: JOB_VIEW,
    arrange: (actor, cell) => {
      const { jobId, target } = translating(actor, cell);
      PREPARE[name]?.(jobId);
      return { jobId, target, run: () => call(actor, jobId) };
    },
  })),
  ...(
    [
      ["open a job's workspace", (actor: Actor, jobId: number) => getJobWorkspace(db, actor, jobId)],
      ["see a job's quality summary", (actor: Actor, jobId: number) => getQaSummary(db, actor, jobId)],
      [
        "see memory matches for a segment",
        (actor: Actor, jobId: number) => segmentMatches(db, actor, { jobId, segmentId: firstSegment(jobId).segmentId }),
      ],
      [
        "search the memory from a job",
        (actor: Actor, jobId: number) => jobConcordance(db, actor, { jobId, phrase: "mangroves" }),
      ],
    ] as const
  ).map(([name, call]): UseCase => ({
    name,
    actions: JOB_VIEW,
    visibleWith: JOB_VIEW,
    arrange: (actor, cell) => {
      const { jobId, target } = translating(actor, cell);
      PREPARE[name]?.(jobId);
      return { jobId, target, run: () => call(actor, jobId) };
    },
  })),
  ...(
    [
      [
        "comment on a job",
        (actor: Actor, jobId: number) => addComment(db, actor, { jobId, body: "¿Fiyi o Fiji?" }, at(1)),
      ],
      ["read a job's comments", (actor: Actor, jobId: number) => listJobComments(db, actor, jobId)],
    ] as const
  ).map(([name, call]): UseCase => ({
    name,
    // The people working on the job: its translator, reviewers of its language, editors.
    actions: ["job:translate", "job:read-review", "article:manage"],
    visibleWith: ["job:translate", "job:read-review", "article:manage"],
    arrange: (actor, cell) => {
      const { jobId, target } = translating(actor, cell);
      PREPARE[name]?.(jobId);
      return { jobId, target, run: () => call(actor, jobId) };
    },
  })),
  {
    name: "list the review queue",
    actions: ["job:list-review"],
    ownRefused: NOT_OWN_REVIEW,
    arrange: (actor, cell) => {
      const { jobId, target } = reviewed(actor, cell, false);
      return {
        target,
        run: () => listReviewQueue(db, actor).waiting.some((entry) => entry.jobId === jobId),
      };
    },
  },
  {
    name: "take a review",
    actions: ["job:review"],
    ownRefused: NOT_OWN_REVIEW,
    arrange: (actor, cell) => {
      const { jobId, target } = reviewed(actor, cell, false);
      return { jobId, target, run: () => takeReview(db, actor, { jobId }, at(2)) };
    },
  },
  ...(
    [
      ["open the review workspace", (actor: Actor, jobId: number) => getReviewWorkspace(db, actor, jobId)],
      [
        "approve a segment",
        (actor: Actor, jobId: number) => {
          const row = firstSegment(jobId);
          return reviewSegment(
            db,
            actor,
            { decision: "approve", jobId, segmentId: row.segmentId, version: row.version },
            at(2),
          );
        },
      ],
      [
        "reject a segment",
        (actor: Actor, jobId: number) => {
          const row = firstSegment(jobId);
          return reviewSegment(
            db,
            actor,
            {
              decision: "reject",
              jobId,
              segmentId: row.segmentId,
              version: row.version,
              comment: "Fiyi, not Fiji",
              category: "accuracy",
              severity: "minor",
            },
            at(2),
          );
        },
      ],
      ["approve a job", (actor: Actor, jobId: number) => approveJob(db, actor, { jobId }, at(2))],
      [
        "request changes",
        (actor: Actor, jobId: number) => requestChanges(db, actor, { jobId }, { policy: POLICY, now: at(2) }),
      ],
      ["give a review back", (actor: Actor, jobId: number) => releaseReview(db, actor, { jobId }, at(2))],
    ] as const
  ).map(([name, call]): UseCase => ({
    name,
    actions: ["job:review"],
    ownRefused: NOT_OWN_REVIEW,
    arrange: (actor, cell) => {
      const { jobId, target } = reviewed(actor, cell, true);
      PREPARE[name]?.(jobId);
      return { jobId, target, run: () => call(actor, jobId) };
    },
  })),
  {
    name: "publish a translation",
    actions: ["article:publish"],
    arrange: (actor, cell) => {
      const translator = translatorFor(actor, cell);
      const jobId = approvedJob(languageOf(cell), translator);
      return {
        jobId,
        target: { language: languageOf(cell), assigneeId: translator.id },
        run: () => publishJob(db, actor, { jobId }, at(4)),
      };
    },
  },
  {
    name: "unpublish a translation",
    actions: ["article:publish"],
    arrange: (actor, cell) => {
      const translator = translatorFor(actor, cell);
      const jobId = publishedJob(languageOf(cell), translator);
      return {
        jobId,
        target: { language: languageOf(cell), assigneeId: translator.id },
        run: () => unpublishJob(db, actor, { jobId }, at(5)),
      };
    },
  },
  ...(
    [
      [
        "import an article",
        (actor: Actor, cell: Cell) =>
          importArticle(db, actor, {
            slug: `matrix-import-${++counter}`,
            title: "Imported",
            sourceLanguage: "en",
            format: "markdown",
            content: SAMPLE,
            sdgGoals: [],
            targetLanguages: [languageOf(cell)],
          }),
      ],
      [
        "update an article's source",
        (actor: Actor, _cell: Cell, articleId: number) =>
          reimportArticle(db, actor, { articleId, format: "markdown", content: `${SAMPLE}\n\nA new closing line.` }),
      ],
      [
        "open an article for a language",
        (actor: Actor, _cell: Cell, articleId: number) =>
          openArticleForLanguages(db, actor, { articleId, targetLanguages: ["de"] }),
      ],
      [
        "read an article's source",
        (actor: Actor, _cell: Cell, articleId: number) => {
          const slug = db.select({ slug: articles.slug }).from(articles).where(eq(articles.id, articleId)).get()!.slug;
          return getArticleSource(db, actor, slug);
        },
      ],
      ["list the articles", (actor: Actor) => listArticlesOverview(db, actor)],
      [
        "list an article's publications",
        (actor: Actor, _cell: Cell, articleId: number) => {
          const slug = db.select({ slug: articles.slug }).from(articles).where(eq(articles.id, articleId)).get()!.slug;
          return listJobPublications(db, actor, slug);
        },
      ],
    ] as const
  ).map(([name, call]): UseCase => ({
    name,
    actions: ["article:manage"],
    arrange: (actor, cell) => {
      const { articleId, jobId } = newArticle(languageOf(cell), cell.ownership === "own" ? actor : editor);
      return { jobId, target: { language: languageOf(cell) }, run: () => call(actor, cell, articleId) };
    },
  })),
  ...(
    [
      [
        "add a glossary term",
        (actor: Actor, language: string) =>
          addGlossaryTerm(db, actor, {
            sourceLanguage: "en",
            targetLanguage: language,
            term: `reef ${++counter}`,
            translation: "arrecife",
          }),
      ],
      [
        "edit a glossary term",
        (actor: Actor, language: string) =>
          updateGlossaryTerm(db, actor, {
            id: glossaryTerm(language).id,
            term: `reef ${++counter}`,
            translation: "arrecife",
          }),
      ],
      [
        "delete a glossary term",
        (actor: Actor, language: string) => deleteGlossaryTerm(db, actor, { id: glossaryTerm(language).id }),
      ],
      [
        "import a glossary",
        (actor: Actor, language: string) =>
          importGlossaryCsv(db, actor, {
            sourceLanguage: "en",
            targetLanguage: language,
            file: new TextEncoder().encode(
              `term,translation,part_of_speech,note,forbidden,case_sensitive\nreef ${++counter},arrecife,,,,false\n`,
            ),
          }),
      ],
      [
        "export a glossary",
        (actor: Actor, language: string) =>
          exportGlossaryCsv(db, actor, { sourceLanguage: "en", targetLanguage: language }),
      ],
      [
        "manage a glossary's terms",
        (actor: Actor, language: string) =>
          listGlossaryTerms(db, actor, { sourceLanguage: "en", targetLanguage: language }),
      ],
    ] as const
  ).map(([name, call]): UseCase => ({
    name,
    actions: ["glossary:manage"],
    arrange: (actor, cell) => ({ target: { language: languageOf(cell) }, run: () => call(actor, languageOf(cell)) }),
  })),
  ...(
    [
      ["list the translation memory's pairs", (actor: Actor) => listMemoryPairs(db, actor)],
      [
        "export the translation memory as TMX",
        (actor: Actor, language: string) => exportTmx(db, actor, { sourceLanguage: "en", targetLanguage: language }),
      ],
    ] as const
  ).map(([name, call]): UseCase => ({
    name,
    actions: ["memory:manage"],
    arrange: (actor, cell) => ({ target: { language: languageOf(cell) }, run: () => call(actor, languageOf(cell)) }),
  })),
  ...(
    [
      ["find people", (actor: Actor) => listUsers(db, actor, {})],
      ["open a person's page", (actor: Actor, person: Actor) => getPerson(db, actor, { userId: person.id })],
      [
        "change a person's role",
        (actor: Actor, person: Actor) => changeRole(db, actor, { userId: person.id, role: "editor" }),
      ],
      [
        "change a person's languages",
        (actor: Actor, person: Actor, language: string) =>
          setUserLanguages(db, actor, { userId: person.id, translate: [language], review: [language] }),
      ],
      [
        "disable an account",
        (actor: Actor, person: Actor) => setUserDisabled(db, actor, { userId: person.id, disabled: true }),
      ],
    ] as const
  ).map(([name, call]): UseCase => ({
    name,
    actions: ["user:manage"],
    ownRefused: OWN_ACCOUNT[name],
    arrange: (actor, cell) => {
      // "Own" is the actor's own account; "other" is a new person whose languages are the cell's.
      const person = cell.ownership === "own" ? actor : newPerson(languageOf(cell));
      return { target: { language: languageOf(cell) }, run: () => call(actor, person, languageOf(cell)) };
    },
  })),
  ...(
    [
      ["read the settings", (actor: Actor) => getSettingsOverview(db, actor)],
      [
        "change the settings",
        (actor: Actor) =>
          updateSettings(db, actor, {
            maxActiveClaims: 2 + (++counter % 2),
            claimDays: 7,
            offeredLanguages: [...CONTENT_LANGUAGES],
          }),
      ],
      ["see the permissions table", (actor: Actor) => permissionMatrix(actor)],
    ] as const
  ).map(([name, call]): UseCase => ({
    name,
    actions: ["settings:manage"],
    arrange: (actor, cell) => ({ target: { language: languageOf(cell) }, run: () => call(actor) }),
  })),
  {
    name: "read the audit log",
    actions: ["audit:read"],
    arrange: (actor, cell) => ({ target: { language: languageOf(cell) }, run: () => listAuditEvents(db, actor, {}) }),
  },
  ...(
    [
      ["see volunteers active per month", (actor: Actor) => volunteersActivePerMonth(db, actor)],
      ["see words per language pair", (actor: Actor) => wordsPerLanguagePair(db, actor)],
      ["see the time from claim to publication", (actor: Actor) => claimToPublishTimes(db, actor)],
    ] as const
  ).map(([name, call]): UseCase => ({
    name,
    actions: ["insights:view"],
    visibleWith: ["insights:view"],
    arrange: (actor, cell) => ({ target: { language: languageOf(cell) }, run: () => call(actor) }),
  })),
  {
    name: "create an API token",
    actions: ["api-token:manage"],
    // A token is always created for oneself: both cells create their own.
    arrange: (actor) => ({
      target: { ownerId: actor.id },
      run: () => createApiToken(db, actor, { name: `Matrix ${++counter}`, scope: "read" }),
    }),
  },
  ...(
    [
      [
        "list one's API tokens",
        (actor: Actor, tokenId: number) => listApiTokens(db, actor).some((t) => t.id === tokenId),
      ],
      ["revoke an API token", (actor: Actor, tokenId: number) => revokeApiToken(db, actor, { tokenId })],
    ] as const
  ).map(([name, call]): UseCase => ({
    name,
    actions: ["api-token:manage"],
    visibleWith: ["api-token:manage"],
    arrange: (actor, cell) => {
      // "Own" is the actor's own token; "other" belongs to someone else.
      const owner = cell.ownership === "own" ? actor : newPerson(languageOf(cell));
      const { info } = createApiToken(db, owner, { name: `Matrix ${++counter}`, scope: "write" });
      return { target: { ownerId: owner.id }, run: () => call(actor, info.id) };
    },
  })),
  {
    name: "see a job in the translation matrix",
    actions: ["article:manage"],
    visibleWith: ["article:manage"],
    arrange: (actor, cell) => {
      const { jobId } = translating(actor, cell);
      return {
        jobId,
        target: { language: languageOf(cell) },
        run: () => getEditorMatrix(db, actor).rows.some((row) => row.cells.some((entry) => entry.jobId === jobId)),
      };
    },
  },
];

// ---------------------------------------------------------------------------------------------

type Outcome = { allowed: true } | { allowed: false; error: unknown };

function outcomeOf(run: () => unknown): Outcome {
  try {
    const result = run();
    // A listing answers whether the object is listed: not listed is how a listing refuses.
    return result === false ? { allowed: false, error: null } : { allowed: true };
  } catch (error) {
    // A WorkflowError refuses for a reason the actor may know ("not one of your languages").
    if (error instanceof NotFoundError || error instanceof ForbiddenError || error instanceof WorkflowError) {
      return { allowed: false, error };
    }
    throw error;
  }
}

const cellName = ({ role, language, ownership }: Cell) => `${role}, language ${language}, ${ownership} object`;

describe("the permission matrix", () => {
  it("covers every action of the table", () => {
    const checked = new Set(USE_CASES.flatMap((useCase) => useCase.actions));
    for (const action of Object.keys(PERMISSIONS) as Action[]) expect(checked, action).toContain(action);
    expect(permissionRows().length).toBeGreaterThan(Object.keys(PERMISSIONS).length);
  });

  describe.each(USE_CASES)("$name", (useCase) => {
    it.each(CELLS)("%o", (cell) => {
      const actor = actors[cell.role];
      const arranged = useCase.arrange(actor, cell);
      const byTable = useCase.actions.some((action) => can(actor, action, arranged.target));
      const expected = byTable && !(useCase.ownRefused && cell.ownership === "own");
      const before = arranged.jobId === undefined ? null : snapshot(db, arranged.jobId);
      const outcome = outcomeOf(arranged.run);
      expect(outcome.allowed, `${useCase.name}: ${cellName(cell)}`).toBe(expected);
      if (outcome.allowed) return;
      if (before) expect(snapshot(db, arranged.jobId!), "a refused call changes nothing").toEqual(before);
      const visible = useCase.visibleWith?.some((action) => can(actor, action, arranged.target));
      if (outcome.error && visible === false) expect(outcome.error).toBeInstanceOf(NotFoundError);
    });
  });
});

describe("grants and revocations", () => {
  it("a language granted is usable on the next call, and refused on the next call once revoked", async () => {
    const person = await makeUser(db, { role: "volunteer", translate: ["es"], review: [] });
    const { jobId } = newArticle("fr");
    const claim = (as: Actor) => () => claimJob(db, as, { jobId }, { policy: POLICY, now: T0 });
    expect(() => claim(person)()).toThrow(NotFoundError);

    setUserLanguages(db, admin, { userId: person.id, translate: ["es", "fr"], review: [] });
    const granted = loadActor(db, person.id)!;
    expect(can(granted, "job:claim", { language: "fr" })).toBe(true);
    claim(granted)();
    expect(db.select().from(jobs).where(eq(jobs.id, jobId)).get()!.assigneeId).toBe(person.id);

    const { jobId: next } = newArticle("fr");
    setUserLanguages(db, admin, { userId: person.id, translate: ["es"], review: [] });
    const revoked = loadActor(db, person.id)!;
    expect(() => claimJob(db, revoked, { jobId: next }, { policy: POLICY, now: T0 })).toThrow(NotFoundError);
  });

  it("a role granted opens its actions on the next call, and a role taken away closes them", async () => {
    const person = await makeUser(db, { role: "volunteer", translate: [], review: ["es"] });
    const jobId = jobInReview("es", volunteer);
    expect(() => takeReview(db, loadActor(db, person.id)!, { jobId }, at(2))).toThrow(NotFoundError);

    changeRole(db, admin, { userId: person.id, role: "reviewer" });
    takeReview(db, loadActor(db, person.id)!, { jobId }, at(2));
    expect(db.select().from(jobs).where(eq(jobs.id, jobId)).get()!.reviewerId).toBe(person.id);
    releaseReview(db, loadActor(db, person.id)!, { jobId }, at(2));

    changeRole(db, admin, { userId: person.id, role: "volunteer" });
    expect(() => takeReview(db, loadActor(db, person.id)!, { jobId }, at(2))).toThrow(NotFoundError);
    expect(
      db.select().from(segmentTranslationHistory).where(eq(segmentTranslationHistory.authorId, person.id)).all(),
    ).toEqual([]);
  });
});
