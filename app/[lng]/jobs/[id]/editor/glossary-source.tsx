"use client";

import { Fragment, useMemo } from "react";
import { TaggedText } from "@/app/_components/tagged-text";
import { useT } from "@/app/_components/use-t";
import type { InlineTag } from "@/db/json-shapes";
import type { GlossaryMatch } from "@/lib/glossary/find-terms";
import { textDirection } from "@/lib/languages";
import type { TagToken } from "@/lib/segmentation/tagged-text";
import { glossarySourceParts } from "./glossary-parts";

type Props = {
  text: string;
  tags: InlineTag[];
  /** findGlossaryTerms' answer for `text`, computed once per segment. */
  matches: readonly GlossaryMatch[];
  /** Unique on the page: the tooltips' ids start with it. */
  idPrefix: string;
  /** The interface language, for the tooltip's label inside a source in another language. */
  lng: string;
  target: { lang: string; dir: "ltr" | "rtl" };
};

/** Tokens as TaggedText shows them: words, and each tag as a numbered chip saying what it stands for. */
function Tokens({ tokens, byId }: { tokens: TagToken[]; byId: ReadonlyMap<number, InlineTag> }) {
  const t = useT();
  return tokens.map((token, index) => {
    if (token.type === "text") return <Fragment key={index}>{token.value}</Fragment>;
    const tag = byId.get(token.id)!;
    const label = token.type === "close" ? `/${token.id}` : token.type === "self" ? `${token.id}/` : `${token.id}`;
    const detail = tag.attrs?.href ?? tag.attrs?.code ?? tag.attrs?.src ?? tag.open;
    const name = t(`manage:tagChip.${token.type}`, { kind: t(`common:tagKind.${tag.kind}`), id: tag.id });
    return (
      <span key={index} className={`tag-chip tag-${tag.kind}`} title={`${name}: ${detail}`} aria-label={name} role="img">
        {label}
      </span>
    );
  });
}

/**
 * A segment's source with its glossary terms underlined. Each term shows its translation on hover
 * (its title) and on keyboard focus (a tooltip, since browsers show a title to the mouse only);
 * screen readers get the tooltip as the term's description. A source without terms renders exactly
 * as TaggedText.
 */
export function GlossarySource({ text, tags, matches, idPrefix, lng, target }: Props) {
  const t = useT();
  const parts = useMemo(() => (matches.length === 0 ? [] : glossarySourceParts(text, tags, matches)), [text, tags, matches]);
  const byId = useMemo(() => new Map(tags.map((tag) => [tag.id, tag])), [tags]);
  if (matches.length === 0) return <TaggedText text={text} tags={tags} />;
  return parts.map((part, index) => {
    if (part.match === null) return <Tokens key={index} tokens={part.tokens} byId={byId} />;
    const entry = part.match.term;
    const tipId = `${idPrefix}-term-${index}`;
    return (
      <span key={index} className="glossary-hit">
        <mark
          className="glossary-term"
          tabIndex={0}
          title={entry.translation}
          aria-describedby={tipId}
          data-term-id={entry.id}
        >
          <Tokens tokens={part.tokens} byId={byId} />
        </mark>
        <span role="tooltip" id={tipId} className="glossary-tip">
          <span lang={lng} dir={textDirection(lng)}>
            {t("editor:glossary.tooltipLabel")}
          </span>{" "}
          <span lang={target.lang} dir={target.dir}>
            {entry.translation}
          </span>
        </span>
      </span>
    );
  });
}
