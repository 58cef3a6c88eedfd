// Raw inline HTML in Markdown ("<sup>1</sup>") as one mdast node, so it is a tag like *emphasis* is.
import type { Data, Parent, PhrasingContent } from "mdast";
import type {} from "mdast-util-to-hast";

export interface TandemInlineHtml extends Parent {
  type: "tandemInlineHtml";
  tagName: string;
  /** The raw opening and closing tags as written; `close` is "" for a void element such as <br>. */
  open: string;
  close: string;
  children: PhrasingContent[];
  /** `hName`/`hProperties`: mdast-util-to-hast turns the node into this element. */
  data: Data;
}

declare module "mdast" {
  interface PhrasingContentMap {
    tandemInlineHtml: TandemInlineHtml;
  }
  interface RootContentMap {
    tandemInlineHtml: TandemInlineHtml;
  }
}
