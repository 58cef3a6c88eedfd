"use client";

import { Fragment, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { NAMESPACES } from "@/lib/i18n/namespaces";
import { wordDiff } from "@/lib/text/word-diff";

type Props = {
  before: string;
  after: string;
  /** The texts' language: it decides where words begin and end, and how screen readers speak them. */
  lang: string;
  dir: "ltr" | "rtl";
};

/**
 * What changed from `before` to `after`, word by word: removed words struck through, added words
 * underlined, each preceded by a label only screen readers hear ("removed:", "added:") because
 * most of them do not announce <del> and <ins>. A client component only for the labels' `t`; it
 * renders from server pages too. Placeholder tags (`<1>`) are shown as the text they are.
 */
export function WordDiff({ before, after, lang, dir }: Props) {
  const { t, i18n } = useTranslation(NAMESPACES);
  const parts = useMemo(() => wordDiff(before, after, lang), [before, after, lang]);
  // The labels are in the interface language, not the text's: say so, or a reader pronounces them wrongly.
  const uiLang = i18n.language;
  return (
    <span className="word-diff" lang={lang} dir={dir}>
      {parts.map((part, index) => {
        if (part.kind === "same") return <Fragment key={index}>{part.text}</Fragment>;
        const Tag = part.kind === "removed" ? "del" : "ins";
        return (
          <Tag key={index} className={part.kind === "removed" ? "diff-removed" : "diff-added"}>
            <span className="visually-hidden" lang={uiLang}>
              {part.kind === "removed" ? t("common:diff.removed") : t("common:diff.added")}{" "}
            </span>
            {part.text}
          </Tag>
        );
      })}
    </span>
  );
}
