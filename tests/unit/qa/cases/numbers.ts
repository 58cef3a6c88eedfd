import { fails, passes, type QaCase } from "../support";

const PLANTED = "They planted 3,000.5 seedlings in 2019.";
const NNBSP = "\u202F";
const NBSP = "\u00A0";

export const NUMBER_CASES: QaCase[] = [
  passes("numbers", "es", PLANTED, "Plantaron 3.000,5 plántulas en 2019.", { about: "Spain's separators" }),
  passes("numbers", "es", PLANTED, "Plantaron 3 000,5 plántulas en 2019.", { about: "space grouping" }),
  passes("numbers", "es", PLANTED, "Plantaron 3,000.5 plántulas en 2019.", { about: "Mexico's separators" }),
  passes("numbers", "es", "It was the 1st meeting of 2 groups.", "Fue la 1.ª reunión de 2 grupos.", {
    about: "an ordinal",
  }),
  fails("numbers", "es", PLANTED, "Plantaron 300 plántulas en 2019.", [
    ["qa:numbers.missing", { number: "3,000.5" }],
    ["qa:numbers.extra", { number: "300" }],
  ]),
  passes("numbers", "fr", PLANTED, `Ils ont planté 3${NNBSP}000,5 plants en 2019.`, { about: "narrow no-break space" }),
  passes("numbers", "fr", PLANTED, `Ils ont planté 3${NBSP}000,5 plants en 2019.`, { about: "no-break space" }),
  passes("numbers", "fr", "The 21st session opens at 10:30.", "La 21e session s’ouvre à 10 h 30.", {
    about: "ordinal and time",
  }),
  fails(
    "numbers",
    "fr",
    PLANTED,
    "Ils ont planté 3 000,5 plants en 2018.",
    [
      ["qa:numbers.missing", { number: "2019" }],
      ["qa:numbers.extra", { number: "2018" }],
    ],
    { about: "a wrong year" },
  ),
  fails(
    "numbers",
    "fr",
    "Emissions fell by 0.5 percent.",
    "Les émissions ont baissé de 0.5 %.",
    [
      ["qa:numbers.missing", { number: "0.5" }],
      ["qa:numbers.extra", { number: "0" }],
      ["qa:numbers.extra", { number: "5" }],
    ],
    { about: "an English decimal point, which French does not read" },
  ),
  passes("numbers", "ar", PLANTED, "زرعوا ٣٬٠٠٠٫٥ شتلة في عام ٢٠١٩.", { about: "Arabic-Indic digits and separators" }),
  passes("numbers", "ar", PLANTED, "زرعوا 3,000.5 شتلة في عام 2019.", { about: "Western digits" }),
  fails("numbers", "ar", PLANTED, "زرعوا ٣٠٠ شتلة في عام ٢٠١٩.", [
    ["qa:numbers.missing", { number: "3,000.5" }],
    ["qa:numbers.extra", { number: "٣٠٠" }],
  ]),
];
