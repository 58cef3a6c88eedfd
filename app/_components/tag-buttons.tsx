"use client";

import type { InlineTag } from "@/db/json-shapes";
import { useT } from "./use-t";

/**
 * The source's inline tags as buttons beside a text box, so a translator or a reviewer can put each
 * one in without typing its placeholder. The title shows what the tag stands for (the link, the code).
 */
export function TagButtons({
  tags,
  number,
  onInsert,
}: {
  tags: InlineTag[];
  /** The segment's number, naming the group for screen readers. */
  number: number;
  onInsert: (tag: InlineTag) => void;
}) {
  const t = useT();
  if (tags.length === 0) return null;
  return (
    <div className="tag-buttons" role="group" aria-label={t("editor:insertTags", { number })}>
      {tags.map((tag) => (
        <button
          key={tag.id}
          type="button"
          className={`tag-chip tag-${tag.kind}`}
          onClick={() => onInsert(tag)}
          title={tag.attrs?.href ?? tag.attrs?.code ?? tag.open}
        >
          {tag.paired ? `<${tag.id}>` : `<${tag.id}/>`}
          <span className="visually-hidden">
            {t("editor:insertTag", { kind: t(`common:tagKind.${tag.kind}`), id: tag.id })}
          </span>
        </button>
      ))}
    </div>
  );
}
