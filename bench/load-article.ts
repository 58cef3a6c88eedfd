// The article every simulated translator of the load benchmark works on: Markdown news prose with a
// link in every paragraph, the shape of bench/editor.ts's long article at another length.

/** A heading, paragraphs of five sentences (the third with a link) and a closing paragraph of four. */
export function loadArticle(segmentCount: number): string {
  const paragraphs: string[] = ["# A report on volunteering in the districts"];
  // heading (1) + full paragraphs (5 each) + closing paragraph (4) = segmentCount
  const fullParagraphs = (segmentCount - 5) / 5;
  if (!Number.isInteger(fullParagraphs) || fullParagraphs < 0) {
    throw new Error(`the article's length must be 5 or more and a multiple of 5, not ${segmentCount}`);
  }
  for (let paragraph = 1; paragraph <= fullParagraphs; paragraph++) {
    const sentences = Array.from(
      { length: 5 },
      (_, index) =>
        `Volunteers in district ${paragraph} planted ${index + 3} hundred trees${index === 2 ? ` with the [local council](https://example.org/${paragraph})` : ""}.`,
    );
    paragraphs.push(sentences.join(" "));
  }
  paragraphs.push("The report ends here. Thanks to every volunteer. Thanks to every partner. See you next year.");
  return paragraphs.join("\n\n");
}
