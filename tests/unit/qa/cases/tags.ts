import { BOLD, BREAK, fails, IMAGE, LINK, passes, SECOND_LINK, type QaCase } from "../support";

const link = { tags: [LINK] };
const SEE = "See the <1>report</1>.";

/** Link 1 holds bold 2; link 4 stands apart. */
const NESTED = "Read <1>the <2>full</2> report</1> and <4>the summary</4>.";
const nested = { tags: [LINK, BOLD, SECOND_LINK] };

export const TAG_CASES: QaCase[] = [
  passes("tag_missing", "es", SEE, "Mira el <1>informe</1>.", link),
  fails("tag_missing", "es", SEE, "Mira el informe.", [["qa:tag_missing.missing", { tag: 1 }]], link),
  fails(
    "tag_missing",
    "es",
    "One line<3/>and another.",
    "Una línea y otra.",
    [["qa:tag_missing.missing", { tag: 3 }]],
    {
      tags: [BREAK],
      about: "a self-closing tag",
    },
  ),
  passes("tag_missing", "fr", SEE, "Voir le <1>rapport</1>.", link),
  fails("tag_missing", "fr", SEE, "Voir le rapport.", [["qa:tag_missing.missing", { tag: 1 }]], link),
  passes("tag_missing", "ar", SEE, "انظر <1>التقرير</1>.", link),
  fails("tag_missing", "ar", SEE, "انظر التقرير.", [["qa:tag_missing.missing", { tag: 1 }]], link),

  passes("tag_extra", "es", SEE, "Mira el <1>informe</1>.", link),
  fails("tag_extra", "es", SEE, "Mira el <1>informe</1> <4>aquí</4>.", [["qa:tag_extra.unknown", { tag: 4 }]], {
    ...link,
    about: "a tag the source does not have, reported once",
  }),
  passes("tag_extra", "fr", SEE, "Voir le <1>rapport</1> \\<4> ici.", {
    ...link,
    about: "an escaped literal <4> is text",
  }),
  fails(
    "tag_extra",
    "fr",
    SEE,
    "Voir le <1>rapport</1> et le <1>texte</1>.",
    [["qa:tag_extra.duplicate", { tag: 1 }]],
    {
      ...link,
      about: "a tag used twice",
    },
  ),
  passes("tag_extra", "ar", SEE, "انظر <1>التقرير</1>.", link),
  fails("tag_extra", "ar", SEE, "انظر <1/>التقرير.", [["qa:tag_extra.wrongForm", { tag: 1, expected: "<1>…</1>" }]], {
    ...link,
    about: "a paired tag written self-closing",
  }),

  passes("tag_unbalanced", "es", SEE, "Mira el <1>informe</1>.", link),
  fails("tag_unbalanced", "es", SEE, "Mira el <1>informe.", [["qa:tag_unbalanced.notClosed", { tag: 1 }]], link),
  passes("tag_unbalanced", "fr", SEE, "Voir le <1>rapport</1>.", link),
  fails("tag_unbalanced", "fr", SEE, "Voir le rapport</1>.", [["qa:tag_unbalanced.notOpened", { tag: 1 }]], link),
  passes("tag_unbalanced", "ar", SEE, "انظر <1>التقرير</1>.", link),
  fails(
    "tag_unbalanced",
    "ar",
    SEE,
    "انظر </1>التقرير<1>.",
    [["qa:tag_unbalanced.closedBeforeOpened", { tag: 1 }]],
    link,
  ),

  passes("tag_nesting", "es", NESTED, "Lee <4>el resumen</4> y <1>el informe <2>completo</2></1>.", {
    ...nested,
    about: "tags at the same level swapped",
  }),
  fails(
    "tag_nesting",
    "es",
    NESTED,
    "Lee <1>el informe <2>completo</1></2> y <4>el resumen</4>.",
    [["qa:tag_nesting.crossing", { tag: 1, other: 2 }]],
    { ...nested, about: "crossed tags" },
  ),
  passes("tag_nesting", "es", "<1>Read<3/>more</1>", "<1>Lee</1><3/>más", {
    tags: [LINK, BREAK],
    about: "a line break may move",
  }),
  passes("tag_nesting", "fr", NESTED, "Lisez <4>le résumé</4> et <1>le rapport <2>complet</2></1>.", nested),
  fails(
    "tag_nesting",
    "fr",
    NESTED,
    "Lisez <1>le rapport</1> <2>complet</2> et <4>le résumé</4>.",
    [["qa:tag_nesting.movedOutside", { tag: 2, parent: 1 }]],
    { ...nested, about: "a tag taken out of its enclosing tag" },
  ),
  passes("tag_nesting", "ar", NESTED, "اقرأ <4>الملخص</4> و<1>التقرير <2>الكامل</2></1>.", nested),
  fails(
    "tag_nesting",
    "ar",
    NESTED,
    "اقرأ <1>التقرير <2>الكامل</2> و<4>الملخص</4></1>.",
    [["qa:tag_nesting.movedInside", { tag: 4, parent: 1 }]],
    { ...nested, about: "a tag put inside another" },
  ),

  passes("empty", "es", SEE, "Mira el <1>informe</1>.", link),
  fails("empty", "es", SEE, "", [["qa:empty.message"]], link),
  passes("empty", "fr", "<3/>", "<3/>", { tags: [IMAGE], about: "a segment that is only an image" }),
  fails("empty", "fr", SEE, "   ", [["qa:empty.message"]], { ...link, about: "only spaces" }),
  passes("empty", "ar", SEE, "انظر <1>التقرير</1>.", link),
  fails("empty", "ar", SEE, "<1></1>", [["qa:empty.message"]], { ...link, about: "only the tags" }),
];
