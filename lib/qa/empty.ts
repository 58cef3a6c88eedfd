import { message } from "../validation/message";
import type { QaCheck } from "./types";

/**
 * Nothing to publish: no text at all, or only tags where the source has words. A segment that is
 * only an image tag in the source may be only that tag in the translation.
 */
export const emptyCheck: QaCheck = {
  id: "empty",
  severity: "error",
  run: ({ target, targetPlain, sourcePlain }) =>
    target.trim() === "" || (targetPlain.trim() === "" && sourcePlain.trim() !== "")
      ? [message("qa:empty.message")]
      : [],
};
