// `tandem segment --lang en [--format text|md|html]`: the segmentation engine on standard input.
import { parseArgs } from "node:util";
import { parseDocument, render } from "../../lib/segmentation/document";
import { splitSentences } from "../../lib/segmentation/sentences";

export const SEGMENT_USAGE = `Usage: npm run -s tandem -- segment --lang LANG [--format text|md|html] < file
  text (default): prints the JSON array of sentences.
  md, html:       prints {"segments": [{"id", "kind", "text", "words"}], "roundtrip": "<document>"}.`;

export type CommandResult = { stdout: string; stderr: string; exitCode: number };

const FORMATS = { md: "markdown", html: "html" } as const;

export function segmentCommand(args: string[], input: Uint8Array): CommandResult {
  let values: { lang?: string; format?: string };
  try {
    ({ values } = parseArgs({ args, options: { lang: { type: "string" }, format: { type: "string" } } }));
  } catch (error) {
    return failure(`${(error as Error).message}\n${SEGMENT_USAGE}`);
  }
  const language = canonicalLanguage(values.lang);
  if (!language) return failure(`--lang must be a language tag such as en, es or pt-BR.\n${SEGMENT_USAGE}`);
  const format = values.format ?? "text";
  if (format !== "text" && format !== "md" && format !== "html") {
    return failure(`--format must be text, md or html.\n${SEGMENT_USAGE}`);
  }

  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(input);
  } catch {
    return failure("The input is not UTF-8 text; nothing was segmented.");
  }
  if (text.includes("\u0000")) return failure("The input is binary, not text; nothing was segmented.");
  if (text.trim() === "") return failure(`The input is empty.\n${SEGMENT_USAGE}`);

  if (format === "text") return success(splitSentences(text, language));
  const document = parseDocument(text, FORMATS[format], language);
  // Each segment as its own translation: the round trip shows what the engine will publish.
  const identity = new Map(document.segments.map((segment) => [segment.id, segment.text]));
  const { output } = render(document, identity, document.format);
  const stderr = document.warnings
    .map(
      (warning) =>
        `warning: ${warning.code} <${warning.element}>${warning.attribute ? ` ${warning.attribute}` : ""} x${warning.count}: ${warning.example}\n`,
    )
    .join("");
  return {
    ...success({
      segments: document.segments.map(({ id, kind, text: segmentText, words }) => ({
        id,
        kind,
        text: segmentText,
        words,
      })),
      roundtrip: output,
    }),
    stderr,
  };
}

function canonicalLanguage(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

function success(value: unknown): CommandResult {
  return { stdout: `${JSON.stringify(value, null, 2)}\n`, stderr: "", exitCode: 0 };
}

function failure(message: string): CommandResult {
  return { stdout: "", stderr: `${message}\n`, exitCode: 1 };
}
