import Link from "next/link";
import { notFound } from "next/navigation";
import { CommentThread } from "@/app/_components/comment-thread";
import { commentThreads } from "@/app/_lib/comment-threads";
import { forPage } from "@/app/_lib/domain-errors";
import { formatDateTime } from "@/app/_lib/format";
import { pageLanguage } from "@/app/_lib/page-language";
import { titledPage } from "@/app/_lib/page-metadata";
import { requireUser } from "@/app/_lib/require-user";
import { getDb } from "@/db/client";
import { listJobComments } from "@/lib/comments/list-comments";
import { getT } from "@/lib/i18n/server";
import { languageName, textDirection } from "@/lib/languages";
import { getReviewWorkspace } from "@/lib/workflow/get-review-workspace";
import { QaSummaryPanel } from "./qa-summary";
import { ReviewControls } from "./review-controls";
import { ReviewEditor } from "./review-editor";

type Props = { params: Promise<{ lng: string; id: string }> };

export const generateMetadata = titledPage("review:editor.metaTitle");

/** The review editor: source and translation side by side, a decision per segment, one per job. */
export default async function ReviewPage({ params }: Props) {
  const lng = await pageLanguage(params);
  const { id } = await params;
  if (!/^\d{1,12}$/.test(id)) notFound();
  const user = await requireUser(lng, `/${lng}/review/${id}`);
  const workspace = forPage(() => getReviewWorkspace(getDb(), user, Number(id)));
  const { job, article, review, access } = workspace;
  const threads = access.comment
    ? commentThreads(listJobComments(getDb(), user, job.id), workspace.segments)
    : { job: [], bySegment: new Map() };
  const t = getT(lng);
  const number = new Intl.NumberFormat(lng, { maximumFractionDigits: 1 });
  const words = workspace.segments.reduce((sum, segment) => sum + segment.words, 0);
  const counts = { approved: 0, rejected: 0, translated: 0 };
  for (const segment of workspace.segments) {
    const status = segment.translation.status;
    if (status === "approved" || status === "rejected" || status === "translated") counts[status] += 1;
  }

  return (
    <div className="page wide">
      <p>
        <Link href={`/${lng}/review`}>{t("review:backToQueue")}</Link>
      </p>
      <header className="job-header">
        <h1 id="review-title" lang={article.sourceLanguage} dir={textDirection(article.sourceLanguage)}>
          {article.title}
        </h1>
        <p className="lead">
          {t("review:editor.summary", {
            source: languageName(article.sourceLanguage, lng),
            target: languageName(job.targetLanguage, lng),
            status: t(`jobStatus.${job.status}`),
            translator: job.translatorName ?? "—",
          })}
          {job.submittedAt && <> {t("review:editor.submitted", { date: formatDateTime(job.submittedAt, lng) })}</>}
        </p>
        <dl className="review-summary" aria-label={t("review:editor.summaryLabel")}>
          <div>
            <dt>{t("review:editor.words")}</dt>
            <dd>{number.format(words)}</dd>
          </div>
          <div>
            <dt>{t("review:editor.approved")}</dt>
            <dd>{number.format(counts.approved)}</dd>
          </div>
          <div>
            <dt>{t("review:editor.rejected")}</dt>
            <dd>{number.format(counts.rejected)}</dd>
          </div>
          <div>
            <dt>{t("review:editor.undecided")}</dt>
            <dd>{number.format(counts.translated)}</dd>
          </div>
          {review && (
            <div>
              <dt>{t("review:editor.score")}</dt>
              <dd>
                {t("review:editor.scoreValue", { score: number.format(review.score), points: review.penaltyPoints })}
              </dd>
            </div>
          )}
        </dl>
        <p className="hint">{t("review:editor.scoreHelp")}</p>
        {review?.reviewerName && !access.review && !access.takeReview && (
          <p className="alert alert-info">
            {job.status === "in_progress"
              ? t("review:editor.waitingForTranslator", { name: job.translatorName ?? "—" })
              : job.status === "in_review"
                ? t("review:editor.takenBy", { name: review.reviewerName })
                : t("review:editor.finished", { status: t(`jobStatus.${job.status}`) })}
          </p>
        )}
        <ReviewControls
          lng={lng}
          jobId={job.id}
          canTake={access.takeReview}
          holding={access.review}
          rejected={counts.rejected}
        />
      </header>
      <QaSummaryPanel lng={lng} summary={workspace.qaSummary} />
      <ReviewEditor
        lng={lng}
        jobId={job.id}
        active={access.review}
        segments={workspace.segments.map((segment) => ({
          ...segment,
          comments: threads.bySegment.get(segment.id) ?? [],
        }))}
        canComment={access.comment}
        source={{ lang: article.sourceLanguage, dir: textDirection(article.sourceLanguage) }}
        target={{ lang: job.targetLanguage, dir: textDirection(job.targetLanguage) }}
      />
      {access.comment && (
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
