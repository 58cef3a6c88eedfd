import Link from "next/link";
import { notFound } from "next/navigation";
import { CommentThread } from "@/app/_components/comment-thread";
import { commentThreads } from "@/app/_lib/comment-threads";
import { forPage } from "@/app/_lib/domain-errors";
import { formatDateTime } from "@/app/_lib/format";
import { pageLanguage } from "@/app/_lib/page-language";
import { requireUser } from "@/app/_lib/require-user";
import { getDb } from "@/db/client";
import { listJobComments } from "@/lib/comments/list-comments";
import { getT } from "@/lib/i18n/server";
import { languageName, textDirection } from "@/lib/languages";
import { claimPolicy } from "@/lib/workflow/claim-policy";
import { expireClaims } from "@/lib/workflow/expire-claims";
import { getJobWorkspace } from "@/lib/workflow/get-job-workspace";
import { ClaimForm } from "../../work/claim-form";
import { ClaimControls } from "./claim-controls";
import { JobEditor } from "./editor/job-editor";
import type { EditorSegment, TranslationState } from "./editor/types";
import { XliffExchange } from "./xliff/xliff-exchange";

type Props = { params: Promise<{ lng: string; id: string }> };

export async function generateMetadata({ params }: Props) {
  const lng = await pageLanguage(params);
  return { title: getT(lng)("editor:metaTitle") };
}

/** The translator's workspace for one job: source and translation side by side. */
export default async function JobPage({ params }: Props) {
  const lng = await pageLanguage(params);
  const { id } = await params;
  if (!/^\d{1,12}$/.test(id)) notFound();
  const jobId = Number(id);
  const user = await requireUser(lng, `/${lng}/jobs/${id}`);
  expireClaims(getDb());
  const workspace = forPage(() => getJobWorkspace(getDb(), user, jobId));
  const { job, article, access } = workspace;
  const t = getT(lng);
  const policy = claimPolicy(getDb());
  const source = { lang: article.sourceLanguage, dir: textDirection(article.sourceLanguage) };
  const target = { lang: job.targetLanguage, dir: textDirection(job.targetLanguage) };
  const threads = access.comment ? commentThreads(listJobComments(getDb(), user, jobId), workspace.segments) : null;
  const segments: EditorSegment[] = workspace.segments.map((segment) => ({
    id: segment.id,
    position: segment.position,
    kind: segment.kind,
    source: segment.text,
    tags: segment.tags,
    words: segment.words,
    previousSource: segment.previousSourceText,
    previousId: segment.previousSegmentId,
    rejection: segment.rejection,
    dismissedWarnings: segment.dismissedWarnings,
    ...(threads ? { comments: threads.bySegment.get(segment.id) ?? [] } : {}),
  }));
  const translations: [number, TranslationState][] = workspace.segments.map((segment) => [
    segment.id,
    segment.translation,
  ]);
  const isAssignee = job.assigneeId === user.id;

  return (
    <div className="page wide">
      <p>
        <Link href={`/${lng}/work`}>{t("editor:backToCatalogue")}</Link>
      </p>
      <header className="job-header">
        <h1 id="job-title" {...source}>
          {article.title}
        </h1>
        <p className="lead">
          {t("editor:summary", {
            source: languageName(article.sourceLanguage, lng),
            target: languageName(job.targetLanguage, lng),
            status: t(`jobStatus.${job.status}`),
          })}
          {job.dueAt && isAssignee && job.status === "in_progress" && (
            <> {t("editor:due", { date: formatDateTime(job.dueAt, lng) })}</>
          )}
        </p>
        {access.edit && (
          <ClaimControls
            lng={lng}
            jobId={job.id}
            canExtend={!job.claimExtended}
            defaultDays={policy.defaultDays}
            maxDays={policy.maxDays}
          />
        )}
        {access.claim && (
          <ClaimForm
            lng={lng}
            jobId={job.id}
            describedBy="job-title"
            defaultDays={policy.defaultDays}
            maxDays={policy.maxDays}
          />
        )}
        {!access.edit && !access.claim && (
          <p className="alert alert-info">
            {isAssignee
              ? t("workflow:readOnly")
              : job.assigneeName
                ? t("editor:readOnlyOther", { name: job.assigneeName })
                : t("editor:readOnly")}
          </p>
        )}
        <XliffExchange lng={lng} jobId={job.id} canImport={access.edit} />
      </header>
      <JobEditor
        lng={lng}
        jobId={job.id}
        userId={user.id}
        editable={access.edit}
        canComment={access.comment}
        segments={segments}
        translations={translations}
        glossary={workspace.glossary}
        source={source}
        target={target}
      />
      {threads && (
        <CommentThread
          lng={lng}
          jobId={job.id}
          segmentId={null}
          comments={threads.job}
          canComment={access.comment}
          label={t("editor:comments.jobTitle")}
        />
      )}
    </div>
  );
}
