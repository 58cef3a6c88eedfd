import { fails, LINK, passes, type QaCase } from "../support";

const THANKED = "The mayor thanked them.";
const COAST = "The volunteers planted mangroves along the coast.";
const link = { tags: [LINK] };

export const TEXT_CASES: QaCase[] = [
  passes("untranslated", "es", THANKED, "El alcalde les dio las gracias."),
  passes("untranslated", "es", "Suva", "Suva", { about: "a single name" }),
  fails("untranslated", "es", THANKED, THANKED, [["qa:untranslated.message"]]),
  passes("untranslated", "fr", THANKED, "Le maire les a remerciés."),
  fails("untranslated", "fr", "See the <1>report</1>.", "See  the report.", [["qa:untranslated.message"]], {
    ...link,
    about: "ignoring tags and spaces",
  }),
  passes("untranslated", "ar", THANKED, "شكرهم العمدة."),
  fails("untranslated", "ar", THANKED, "the mayor thanked them.", [["qa:untranslated.message"]], {
    about: "ignoring case",
  }),

  passes("length_ratio", "es", COAST, "Los voluntarios plantaron manglares a lo largo de la costa."),
  passes("length_ratio", "es", "Thank you.", "Muchas gracias a todos los voluntarios de Suva.", {
    about: "a short source",
  }),
  fails("length_ratio", "es", COAST, "Los voluntarios.", [
    ["qa:length_ratio.tooShort", { sourceLength: 49, targetLength: 16, expected: 59 }],
  ]),
  passes("length_ratio", "fr", COAST, "Les bénévoles ont planté des mangroves le long de la côte."),
  fails(
    "length_ratio",
    "fr",
    COAST,
    `${"Les bénévoles ont planté des mangroves le long de la côte. ".repeat(3).trim()}`,
    [["qa:length_ratio.tooLong", { sourceLength: 49, targetLength: 176, expected: 59 }]],
    { about: "a sentence pasted three times" },
  ),
  passes("length_ratio", "ar", COAST, "زرع المتطوعون أشجار المانغروف على طول الساحل."),
  fails("length_ratio", "ar", COAST, "زرع المتطوعون.", [
    ["qa:length_ratio.tooShort", { sourceLength: 49, targetLength: 14, expected: 49 }],
  ]),

  passes("repeated_word", "es", THANKED, "El alcalde les dio las gracias."),
  passes("repeated_word", "es", "The score was 2 2.", "El marcador fue 2 2.", { about: "numbers are not words" }),
  fails("repeated_word", "es", THANKED, "El alcalde les les dio las gracias.", [
    ["qa:repeated_word.message", { word: "les" }],
  ]),
  fails(
    "repeated_word",
    "es",
    "See the <1>report</1>.",
    "Mira el <1>el informe</1>.",
    [["qa:repeated_word.message", { word: "el" }]],
    {
      ...link,
      about: "across a tag, whatever the case",
    },
  ),
  passes("repeated_word", "fr", "We met again.", "Nous nous sommes revus.", { about: "a grammatical repetition" }),
  fails("repeated_word", "fr", THANKED, "Le Le maire les a remerciés.", [["qa:repeated_word.message", { word: "Le" }]]),
  passes("repeated_word", "ar", THANKED, "شكرهم العمدة."),
  fails("repeated_word", "ar", THANKED, "شكرهم العمدة العمدة.", [["qa:repeated_word.message", { word: "العمدة" }]]),

  passes("brackets", "es", "The volunteers (from Suva) met.", "Los voluntarios (de Suva) se reunieron."),
  passes("brackets", "es", "1) Plant the trees.", "1) Planta los árboles.", {
    about: "the source is unbalanced itself",
  }),
  fails("brackets", "es", "The volunteers (from Suva) met.", "Los voluntarios (de Suva se reunieron.", [
    ["qa:brackets.unbalanced", { mark: "(" }],
  ]),
  passes("brackets", "fr", 'He said "yes".', "Il a dit « oui ». L’eau monte.", {
    about: "an apostrophe is not a quote",
  }),
  fails("brackets", "fr", 'He said "yes".', "Il a dit « oui.", [["qa:brackets.unbalanced", { mark: "«" }]]),
  passes("brackets", "ar", 'He said "yes".', "قال «نعم»."),
  fails("brackets", "ar", 'He said "yes".', 'قال "نعم.', [["qa:brackets.unbalanced", { mark: '"' }]]),
];
