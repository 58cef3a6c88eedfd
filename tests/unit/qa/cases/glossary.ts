import { fails, glossaryEntry as entry, passes, type QaCase } from "../support";

const PROTECT = "The mangroves protect the coast.";
const spanish = {
  glossary: [
    entry("mangrove", "manglar", ["mangle"]),
    entry("UN", "ONU", [], true),
    entry("climate change", "cambio climático", ["cambio"]),
  ],
};
const french = { glossary: [entry("mangrove", "mangrove", ["palétuvier"])] };
const arabic = { glossary: [entry("mangrove", "المانغروف", ["القرم"])] };

export const GLOSSARY_CASES: QaCase[] = [
  passes("glossary_term", "es", PROTECT, "Los manglares protegen la costa.", {
    ...spanish,
    about: "a plural of the agreed term",
  }),
  passes("glossary_term", "es", "The UNDP met.", "El PNUD se reunió.", { ...spanish, about: "UN is not in UNDP" }),
  fails(
    "glossary_term",
    "es",
    PROTECT,
    "Los mangles protegen la costa.",
    [["qa:glossary_term.missing", { term: "mangrove", translation: "manglar" }]],
    spanish,
  ),
  fails(
    "glossary_term",
    "es",
    "The UN met.",
    "La onu se reunió.",
    [["qa:glossary_term.missing", { term: "UN", translation: "ONU" }]],
    {
      ...spanish,
      about: "a case-sensitive term",
    },
  ),
  passes("glossary_term", "fr", PROTECT, "Les mangroves protègent la côte.", french),
  fails(
    "glossary_term",
    "fr",
    PROTECT,
    "Les palétuviers protègent la côte.",
    [["qa:glossary_term.missing", { term: "mangrove", translation: "mangrove" }]],
    french,
  ),
  passes("glossary_term", "ar", PROTECT, "تحمي أشجارُ المانغروفِ الساحلَ.", { ...arabic, about: "short vowels written" }),
  passes("glossary_term", "ar", PROTECT, "والمانغروف يحمي الساحل.", { ...arabic, about: "a prefix attached" }),
  fails(
    "glossary_term",
    "ar",
    PROTECT,
    "أشجار القرم تحمي الساحل.",
    [["qa:glossary_term.missing", { term: "mangrove", translation: "المانغروف" }]],
    arabic,
  ),

  passes("forbidden_term", "es", PROTECT, "Los manglares protegen la costa.", spanish),
  passes("forbidden_term", "es", "Climate change is real.", "El cambio climático es real.", {
    ...spanish,
    about: "a forbidden word inside the agreed translation",
  }),
  fails(
    "forbidden_term",
    "es",
    PROTECT,
    "Los mangles protegen la costa.",
    [["qa:forbidden_term.used", { term: "mangrove", forbidden: "mangle", translation: "manglar" }]],
    spanish,
  ),
  passes("forbidden_term", "fr", PROTECT, "Les mangroves protègent la côte.", french),
  fails(
    "forbidden_term",
    "fr",
    PROTECT,
    "Les palétuviers protègent la côte.",
    [["qa:forbidden_term.used", { term: "mangrove", forbidden: "palétuvier", translation: "mangrove" }]],
    french,
  ),
  passes("forbidden_term", "ar", PROTECT, "أشجار المانغروف تحمي الساحل.", arabic),
  fails(
    "forbidden_term",
    "ar",
    PROTECT,
    "وأشجار القرم تحمي الساحل.",
    [["qa:forbidden_term.used", { term: "mangrove", forbidden: "القرم", translation: "المانغروف" }]],
    arabic,
  ),
];
