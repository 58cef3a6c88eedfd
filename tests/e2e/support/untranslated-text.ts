// Finds text a page shows that did not come from locales/: rendered in the pseudo-locale
// (lib/i18n/pseudo.ts), every UI string is wrapped in ⟦ ⟧, so plain words left on the page were
// written into the code. People's own words are exempt where the page marks them: inside
// translate="no", inside an element whose lang is another language (articles, segments), a <time>,
// or a <kbd> (key caps: "Ctrl+Enter" is what the keyboard says). A URL is an address, not words.
import type { Page } from "@playwright/test";

export async function untranslatedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const OPEN = "⟦";
    const CLOSE = "⟧";
    const EXEMPT =
      '[translate="no"], time, kbd, script, style, noscript, template, next-route-announcer, [lang]:not([lang="qps"])';
    // Two letters in a row outside the pseudo brackets: a word, not a number, symbol or unit.
    const hasWords = (text: string) =>
      /\p{L}{2,}/u.test(text.replace(/⟦[^⟧]*⟧/g, "").replace(/\b(https?:\/\/|mailto:)\S+/g, ""));
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      // A string split around a person's data (a name inside a sentence) leaves one bracket per piece.
      if (text.includes(OPEN) || text.includes(CLOSE) || !hasWords(text) || node.parentElement?.closest(EXEMPT))
        continue;
      found.push(`text "${text.trim()}" in <${node.parentElement?.tagName.toLowerCase()}>`);
    }
    for (const element of document.body.querySelectorAll("[aria-label], [title], [placeholder], [alt]")) {
      if (element.closest(EXEMPT)) continue;
      for (const attribute of ["aria-label", "title", "placeholder", "alt"]) {
        const value = element.getAttribute(attribute);
        if (value && !value.includes(OPEN) && hasWords(value)) found.push(`${attribute}="${value}"`);
      }
    }
    if (!document.title.includes(OPEN)) found.push(`the page title "${document.title}"`);
    return found;
  });
}
