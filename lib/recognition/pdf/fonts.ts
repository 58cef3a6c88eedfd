// The certificate's typeface: DejaVu Sans, which covers Latin, Greek, Cyrillic and Arabic, from the
// dejavu-fonts-ttf package. Read from node_modules when the first certificate is made, never
// bundled: the files are 700 kB each and no page needs them.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

export type FontName = "regular" | "bold";

const FONT_FILES: Record<FontName, string> = {
  regular: "dejavu-fonts-ttf/ttf/DejaVuSans.ttf",
  bold: "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf",
};

let loaded: Record<FontName, Buffer> | undefined;

/**
 * The font files' contents. Node resolves the package from the project's root (where `npm start`
 * and the tests run, and where data/ and db/migrations are found too) rather than from this
 * module: inside the Next.js build this module lives in a bundle whose own location tells nothing,
 * and a `require.resolve` the bundler could see would be rewritten into a module id.
 */
export function certificateFonts(): Record<FontName, Buffer> {
  if (!loaded) {
    const fromProject = createRequire(path.join(process.cwd(), "package.json"));
    loaded = {
      regular: readFileSync(fromProject.resolve(FONT_FILES.regular)),
      bold: readFileSync(fromProject.resolve(FONT_FILES.bold)),
    };
  }
  return loaded;
}
