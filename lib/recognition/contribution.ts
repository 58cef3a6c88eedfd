// A person's contribution in figures: what the dashboard, the public profile and the certificate show.
import type { Db } from "@/db/client";
import { translationsConfirmedBy } from "./confirmed-translations";
import { creditedArticles, type CreditedArticle } from "./credited-work";
import { helpedPublish, type HelpedPublication } from "./helped-publish";
import { reviewFeedback, type ReviewFeedback } from "./review-feedback";
import { estimatedHours } from "./words-per-hour";

export type LanguagePairFigures = {
  sourceLanguage: string;
  targetLanguage: string;
  wordsTranslated: number;
  wordsApproved: number;
};

export type Contribution = {
  /** Source words of the segments the person is credited with (lib/recognition/credited-work.ts). */
  wordsTranslated: number;
  /** Of those, the words a reviewer approved as part of approving the job. */
  wordsApproved: number;
  /** wordsTranslated at WORDS_PER_HOUR, rounded (lib/recognition/words-per-hour.ts). */
  estimatedHours: number;
  /** When the person first and last confirmed a translation they are credited with; null without any. */
  firstContributionAt: Date | null;
  lastContributionAt: Date | null;
  /** Most words first. */
  languagePairs: LanguagePairFigures[];
  /** One entry per job (article x target language) they are credited on, most words first. */
  articles: CreditedArticle[];
  /** Live publications that credit them, newest first. */
  publications: HelpedPublication[];
  feedback: ReviewFeedback;
};

function byLanguagePair(articles: readonly CreditedArticle[]): LanguagePairFigures[] {
  const pairs = new Map<string, LanguagePairFigures>();
  for (const article of articles) {
    const key = `${article.sourceLanguage}>${article.targetLanguage}`;
    const pair = pairs.get(key) ?? {
      sourceLanguage: article.sourceLanguage,
      targetLanguage: article.targetLanguage,
      wordsTranslated: 0,
      wordsApproved: 0,
    };
    pair.wordsTranslated += article.wordsTranslated;
    pair.wordsApproved += article.wordsApproved;
    pairs.set(key, pair);
  }
  return [...pairs.values()].sort((a, b) => b.wordsTranslated - a.wordsTranslated);
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/**
 * The contribution of `userId`. Reads only: whose figures may be shown to whom is the caller's
 * question (their own dashboard and certificate; the public profile once they opted in). The
 * queries share one read transaction, so a save landing meanwhile cannot make the figures disagree.
 */
export function contributionOf(db: Db, userId: number): Contribution {
  return db.transaction((tx) => {
    const confirmed = translationsConfirmedBy(tx, userId);
    const articles = creditedArticles(tx, userId, confirmed);
    const wordsTranslated = sum(articles.map((article) => article.wordsTranslated));
    const firstAt = articles.reduce((earliest, article) => Math.min(earliest, article.firstAt.getTime()), Infinity);
    const lastAt = articles.reduce((latest, article) => Math.max(latest, article.lastAt.getTime()), -Infinity);
    return {
      wordsTranslated,
      wordsApproved: sum(articles.map((article) => article.wordsApproved)),
      estimatedHours: estimatedHours(wordsTranslated),
      firstContributionAt: articles.length > 0 ? new Date(firstAt) : null,
      lastContributionAt: articles.length > 0 ? new Date(lastAt) : null,
      languagePairs: byLanguagePair(articles),
      articles,
      publications: helpedPublish(tx, userId, confirmed),
      feedback: reviewFeedback(tx, userId, confirmed),
    };
  });
}

/** Something to certify or show: credited words, or a publication that names them. */
export function hasContribution(contribution: Contribution): boolean {
  return contribution.wordsTranslated > 0 || contribution.publications.length > 0;
}
