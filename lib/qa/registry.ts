// Every quality check, in the order the editor lists their problems.
//
// Severity policy: an error blocks confirming a segment and submitting the job; a warning may be
// dismissed with a reason, which the reviewer sees. Errors are what breaks the published page or
// leaves nothing to publish: tag problems (missing, extra, unbalanced, crossed or moved out of
// their enclosing tag) and an empty translation. Everything else is a warning, because a person
// can have a good reason for it: a number written out in words, a sentence split in two, a
// glossary term that does not fit the context.
import { emptyCheck } from "./empty";
import { forbiddenTermCheck, glossaryTermCheck } from "./glossary";
import { lengthRatioCheck } from "./length-ratio";
import { emailsCheck, urlsCheck } from "./links";
import { numbersCheck } from "./numbers";
import { punctuationCheck } from "./punctuation";
import { repeatedWordCheck } from "./repeated-word";
import { bracketsCheck } from "./brackets";
import { tagExtraCheck, tagMissingCheck, tagNestingCheck, tagUnbalancedCheck } from "./tags";
import { untranslatedCheck } from "./untranslated";
import { doubleSpaceCheck, edgeWhitespaceCheck } from "./whitespace";
import { QA_CHECK_IDS, type QaCheck, type QaCheckId, type QaSeverity } from "./types";

/** `empty` comes first: runChecks stops after it when the translation is empty. */
export const QA_CHECKS: readonly QaCheck[] = [
  emptyCheck,
  tagMissingCheck,
  tagExtraCheck,
  tagUnbalancedCheck,
  tagNestingCheck,
  numbersCheck,
  urlsCheck,
  emailsCheck,
  edgeWhitespaceCheck,
  doubleSpaceCheck,
  punctuationCheck,
  untranslatedCheck,
  lengthRatioCheck,
  glossaryTermCheck,
  forbiddenTermCheck,
  repeatedWordCheck,
  bracketsCheck,
];

const SEVERITY = new Map(QA_CHECKS.map((check) => [check.id, check.severity]));

export function qaSeverity(check: QaCheckId): QaSeverity {
  return SEVERITY.get(check) ?? "warning";
}

/** The check ids whose problems can be dismissed. */
export const DISMISSABLE_CHECKS: readonly QaCheckId[] = QA_CHECK_IDS.filter((id) => qaSeverity(id) === "warning");
