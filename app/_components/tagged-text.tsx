"use client";

import { Fragment } from "react";
import type { InlineTag } from "@/db/json-shapes";
import { parseTaggedText } from "@/lib/segmentation/tagged-text";
import { useT } from "./use-t";

/**
 * A segment as translators see it: words, with each inline tag as a numbered chip. The chip's
 * title shows what the tag stands for (the link, the code), so nothing is hidden.
 */
export function TaggedText({ text, tags }: { text: string; tags: InlineTag[] }) {
  const t = useT();
  const byId = new Map(tags.map((tag) => [tag.id, tag]));
  const { tokens } = parseTaggedText(text, tags);
  return (
    <>
      {tokens.map((token, index) => {
        if (token.type === "text") return <Fragment key={index}>{token.value}</Fragment>;
        const tag = byId.get(token.id)!;
        const label = token.type === "close" ? `/${token.id}` : token.type === "self" ? `${token.id}/` : `${token.id}`;
        const detail = tag.attrs?.href ?? tag.attrs?.code ?? tag.attrs?.src ?? tag.open;
        const name = t(`manage:tagChip.${token.type}`, { kind: t(`common:tagKind.${tag.kind}`), id: tag.id });
        return (
          <span
            key={index}
            className={`tag-chip tag-${tag.kind}`}
            title={`${name}: ${detail}`}
            aria-label={name}
            role="img"
          >
            {label}
          </span>
        );
      })}
    </>
  );
}
