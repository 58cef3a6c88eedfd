// Escaping for the XML Tandem writes. Characters XML 1.0 cannot carry at all (most control
// characters, lone surrogates) become U+FFFD: a unit with one odd character is worth more than an
// export no reader can open.

// Exactly the characters XML 1.0 forbids, and surrogates without their other half.
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(value: string): string {
  return value.replace(NOT_XML, "\uFFFD").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** An attribute value in double quotes; tabs and line breaks as references, so a reader keeps them. */
export function xmlAttribute(value: string): string {
  return xmlText(value).replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}
