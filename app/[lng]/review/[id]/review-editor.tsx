"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { SerializableComment } from "@/app/_components/comment-thread";
import type { ReviewSegment } from "@/lib/workflow/get-review-workspace";
import type { SegmentState } from "@/lib/workflow/save-segment";
import { ReviewSegmentRow } from "./review-segment-row";

type Props = {
  lng: string;
  jobId: number;
  /** The user holds the review: decisions are possible. */
  active: boolean;
  segments: (ReviewSegment & { comments: SerializableComment[] })[];
  canComment: boolean;
  source: { lang: string; dir: "ltr" | "rtl" };
  target: { lang: string; dir: "ltr" | "rtl" };
};

/** Every segment of the job with the reviewer's decision controls; each decision is saved at once. */
export function ReviewEditor({ lng, jobId, active, segments, canComment, source, target }: Props) {
  // Decisions answer with the segment's new state; the page's server data is refreshed on job-level actions.
  const [states, setStates] = useState<ReadonlyMap<number, SegmentState>>(() => new Map());
  const router = useRouter();
  const update = (state: SegmentState) => {
    setStates((previous) => new Map(previous).set(state.segmentId, state));
    // The counts, the score and what the job-level buttons allow are the server's: fetch them anew.
    router.refresh();
  };

  return (
    <ol className="segment-list review-list">
      {segments.map((segment) => {
        // The newer of what a decision answered and what the server rendered (after a refresh).
        const decided = states.get(segment.id);
        const state = decided && decided.version >= segment.translation.version ? decided : undefined;
        const translation = state ? { text: state.text, status: state.status, version: state.version } : segment.translation;
        return (
          <ReviewSegmentRow
            key={segment.id}
            lng={lng}
            jobId={jobId}
            active={active}
            segment={segment}
            canComment={canComment}
            translation={translation}
            // A reviewer's edit shows against the translator's text, whichever came first.
            translatorText={
              segment.translatorText ?? (state && state.text !== segment.translation.text ? segment.translation.text : null)
            }
            source={source}
            target={target}
            onChange={update}
          />
        );
      })}
    </ol>
  );
}
