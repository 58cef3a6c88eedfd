// A concordance result marks the searched phrase wherever it occurs.
import { describe, expect, it } from "vitest";
import { highlightPhrase } from "@/app/[lng]/jobs/[id]/editor/highlight";

const marked = (text: string, phrase: string) =>
  highlightPhrase(text, phrase)
    .map((part) => (part.hit ? `[${part.text}]` : part.text))
    .join("");

describe("the concordance highlight", () => {
  it("marks every occurrence in any case", () => {
    expect(marked("Mangrove forests: mangroves and MANGROVE roots.", "mangrove")).toBe(
      "[Mangrove] forests: [mangrove]s and [MANGROVE] roots.",
    );
  });

  it("lets the words of a phrase be apart by any spaces", () => {
    expect(marked("Online  volunteers and online\u00a0volunteers.", "online volunteers")).toBe(
      "[Online  volunteers] and [online\u00a0volunteers].",
    );
  });

  it("takes the phrase literally, punctuation included", () => {
    expect(marked("Costs (in USD) rose. Costs in USD fell.", "(in USD)")).toBe("Costs [(in USD)] rose. Costs in USD fell.");
  });

  it("keeps accents apart and leaves the text whole when nothing matches", () => {
    expect(marked("Send your résumé.", "resume")).toBe("Send your résumé.");
    expect(highlightPhrase("Text", "   ")).toEqual([{ text: "Text", hit: false }]);
  });
});
