import { BREAK, fails, passes, type QaCase } from "../support";

const HELLO = "Hello to all the volunteers.";

export const WHITESPACE_CASES: QaCase[] = [
  passes("edge_whitespace", "es", HELLO, "Hola a todos los voluntarios."),
  fails("edge_whitespace", "es", HELLO, " Hola a todos los voluntarios.", [["qa:edge_whitespace.leadingAdded"]]),
  fails(
    "edge_whitespace",
    "es",
    `${HELLO} `,
    "Hola a todos los voluntarios.",
    [["qa:edge_whitespace.trailingMissing"]],
    {
      about: "the source's trailing space lost",
    },
  ),
  passes("edge_whitespace", "fr", HELLO, "Bonjour à tous les bénévoles."),
  fails("edge_whitespace", "fr", HELLO, "Bonjour à tous les bénévoles. ", [["qa:edge_whitespace.trailingAdded"]]),
  passes("edge_whitespace", "ar", HELLO, "مرحبا بجميع المتطوعين."),
  fails("edge_whitespace", "ar", HELLO, " مرحبا بجميع المتطوعين.", [["qa:edge_whitespace.leadingAdded"]]),

  passes("double_space", "es", HELLO, "Hola a todos los voluntarios."),
  passes("double_space", "es", "Before <3/> after.", "Antes <3/> después.", {
    tags: [BREAK],
    about: "one space each side of a tag",
  }),
  fails("double_space", "es", HELLO, "Hola a todos  los voluntarios.", [["qa:double_space.after", { word: "todos" }]]),
  passes("double_space", "fr", HELLO, "Bonjour à tous les bénévoles."),
  fails("double_space", "fr", HELLO, "Bonjour  à tous les bénévoles.", [
    ["qa:double_space.after", { word: "Bonjour" }],
  ]),
  passes("double_space", "ar", HELLO, "مرحبا بجميع المتطوعين."),
  fails("double_space", "ar", HELLO, "مرحبا  بجميع المتطوعين.", [["qa:double_space.after", { word: "مرحبا" }]]),
];
