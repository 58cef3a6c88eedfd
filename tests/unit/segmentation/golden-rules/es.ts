import type { GoldenRule } from "./golden-rule";

/** Golden Rules (Spanish). */
export const spanishGoldenRules: GoldenRule[] = [
  {
    rule: "1. Question mark to end sentence",
    input: "¿Cómo está hoy? Espero que muy bien.",
    expected: ["¿Cómo está hoy?", "Espero que muy bien."],
  },
  {
    rule: "2. Exclamation point to end sentence",
    input: "¡Hola señorita! Espero que muy bien.",
    expected: ["¡Hola señorita!", "Espero que muy bien."],
  },
  {
    rule: "3. Abbreviations",
    input: "Hola Srta. Ledesma. Buenos días, soy el Lic. Naser Pastoriza, y él es mi padre, el Dr. Naser.",
    expected: ["Hola Srta. Ledesma.", "Buenos días, soy el Lic. Naser Pastoriza, y él es mi padre, el Dr. Naser."],
  },
  {
    rule: "4. Numbers",
    input: "¡La casa cuesta $170.500.000,00! ¡Muy costosa! Se prevé una disminución del 12.5% para el próximo año.",
    expected: [
      "¡La casa cuesta $170.500.000,00!",
      "¡Muy costosa!",
      "Se prevé una disminución del 12.5% para el próximo año.",
    ],
  },
  {
    rule: "5. Quotations",
    input: "«Ninguna mente extraordinaria está exenta de un toque de demencia.», dijo Aristóteles.",
    expected: ["«Ninguna mente extraordinaria está exenta de un toque de demencia.», dijo Aristóteles."],
  },
];
