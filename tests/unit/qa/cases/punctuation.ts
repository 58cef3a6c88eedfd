import { fails, passes, type QaCase } from "../support";

const QUESTION = "Is it true?";
const NNBSP = "\u202F";

export const PUNCTUATION_CASES: QaCase[] = [
  passes("punctuation", "es", QUESTION, "¿Es verdad?"),
  passes("punctuation", "es", "Wait...", "Espera…", { about: "… and ... are the same mark" }),
  passes("punctuation", "es", 'He said "yes."', "Dijo «sí».", { about: "the period outside the quotes" }),
  passes("punctuation", "es", "Mangroves in Fiji", "Manglares en Fiyi", { about: "a heading" }),
  fails("punctuation", "es", QUESTION, "Es verdad?", [["qa:punctuation.invertedMissing", { mark: "¿" }]]),
  fails("punctuation", "es", "How good!", "Qué bien!", [["qa:punctuation.invertedMissing", { mark: "¡" }]]),
  fails("punctuation", "es", QUESTION, "¿Es verdad.", [["qa:punctuation.endDifferent", { expected: "?", found: "." }]]),
  fails("punctuation", "es", "They met in Suva.", "Se reunieron en Suva", [
    ["qa:punctuation.endMissing", { expected: "." }],
  ]),
  fails("punctuation", "es", "Mangroves in Fiji", "Manglares en Fiyi.", [["qa:punctuation.endExtra", { found: "." }]]),

  passes("punctuation", "fr", QUESTION, `Est-ce vrai${NNBSP}?`, { about: "narrow no-break space" }),
  passes("punctuation", "fr", QUESTION, "Est-ce vrai ?", { about: "an ordinary space is accepted" }),
  passes("punctuation", "fr", 'He said "yes" at 10:30.', `Il a dit «${NNBSP}oui${NNBSP}» à 10:30.`, {
    about: "guillemets and a time",
  }),
  fails("punctuation", "fr", QUESTION, "Est-ce vrai?", [["qa:punctuation.frenchSpace", { mark: "?" }]]),
  fails("punctuation", "fr", 'He said "yes".', "Il a dit «oui».", [
    ["qa:punctuation.frenchSpace", { mark: "«" }],
    ["qa:punctuation.frenchSpace", { mark: "»" }],
  ]),
  fails("punctuation", "fr", QUESTION, "C’est vrai.", [["qa:punctuation.endDifferent", { expected: "?", found: "." }]]),

  passes("punctuation", "ar", QUESTION, "هل هذا صحيح؟", { about: "؟ is the question mark" }),
  passes("punctuation", "ar", "They met in Suva.", "اجتمعوا في سوفا."),
  fails("punctuation", "ar", QUESTION, "هل هذا صحيح?", [["qa:punctuation.localMark", { expected: "؟", found: "?" }]]),
  fails("punctuation", "ar", QUESTION, "هذا صحيح.", [["qa:punctuation.endDifferent", { expected: "?", found: "." }]]),
];
