// An uploaded XML file as a small tree, read with saxes, a strict parser: a file that is not
// well-formed is refused with the line and column where it went wrong, never repaired by guessing.
// saxes expands no entity but XML's five and reads no DTD, so a file cannot pull in other files or
// blow up in memory; a DOCTYPE is refused all the same, since XLIFF has none.
import { SaxesParser } from "saxes";
import { refuse } from "./refusal";

export type XmlElement = {
  /** The local name, without prefix. */
  name: string;
  /** The namespace URI ("" for none). */
  uri: string;
  /** Attributes without a namespace by local name; namespaced ones as "{uri}local". */
  attributes: ReadonlyMap<string, string>;
  children: XmlNode[];
};
export type XmlNode = XmlElement | string;

export const isElement = (node: XmlNode): node is XmlElement => typeof node !== "string";

/** The child elements of `parent` in namespace `uri` named `name` (any name when omitted). */
export function childElements(parent: XmlElement, uri: string, name?: string): XmlElement[] {
  return parent.children.filter(
    (child): child is XmlElement =>
      isElement(child) && child.uri === uri && (name === undefined || child.name === name),
  );
}

/** Thrown from inside the parser's callbacks to stop it at the first error. */
class Malformed extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
  ) {
    super("malformed XML");
  }
}

/** The document's root element; throws XliffRefusedError for malformed XML or a DOCTYPE. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let doctype = false;
  // Columns are 0-based in saxes; editors count from 1.
  const stop = () => {
    throw new Malformed(parser.line, parser.column + 1);
  };
  parser.on("error", stop);
  parser.on("doctype", () => {
    doctype = true;
    stop();
  });
  parser.on("opentag", (tag) => {
    const attributes = new Map<string, string>();
    for (const attribute of Object.values(tag.attributes)) {
      // Namespace declarations are the parser's business, not the document's content.
      if (attribute.prefix === "xmlns" || attribute.name === "xmlns") continue;
      attributes.set(attribute.uri ? `{${attribute.uri}}${attribute.local}` : attribute.local, attribute.value);
    }
    const element: XmlElement = { name: tag.local, uri: tag.uri, attributes, children: [] };
    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  const addText = (text: string) => {
    const parent = stack.at(-1);
    if (!parent) return;
    const last = parent.children.at(-1);
    if (typeof last === "string") parent.children[parent.children.length - 1] = last + text;
    else parent.children.push(text);
  };
  parser.on("text", addText);
  parser.on("cdata", addText);

  try {
    parser.write(xml).close();
  } catch (error) {
    if (!(error instanceof Malformed)) throw error;
    if (doctype) refuse("doctype");
    refuse("malformed", { line: error.line, column: error.column });
  }
  if (!root) refuse("malformed", { line: parser.line, column: parser.column + 1 });
  return root;
}
