import { fails, passes, type QaCase } from "../support";

const READ_MORE = "Read more at https://example.org/report-2024.";
const WRITE = "Write to info@example.org for details.";

export const LINK_CASES: QaCase[] = [
  passes("urls", "es", READ_MORE, "Más información en https://example.org/report-2024."),
  fails("urls", "es", READ_MORE, "Más información en https://example.org/informe-2024.", [
    ["qa:urls.missing", { value: "https://example.org/report-2024" }],
    ["qa:urls.extra", { value: "https://example.org/informe-2024" }],
  ]),
  passes(
    "urls",
    "fr",
    "See www.example.org/mangroves_(Fiji) for maps.",
    "Voir www.example.org/mangroves_(Fiji) pour les cartes.",
    {
      about: "brackets inside an address",
    },
  ),
  fails("urls", "fr", READ_MORE, "Pour en savoir plus : example.org/report-2024.", [
    ["qa:urls.missing", { value: "https://example.org/report-2024" }],
  ]),
  passes("urls", "ar", READ_MORE, "اقرأ المزيد على https://example.org/report-2024."),
  fails("urls", "ar", READ_MORE, "اقرأ المزيد على https://example.org/report-2025.", [
    ["qa:urls.missing", { value: "https://example.org/report-2024" }],
    ["qa:urls.extra", { value: "https://example.org/report-2025" }],
  ]),

  passes("emails", "es", WRITE, "Escribe a info@example.org para más detalles."),
  fails("emails", "es", WRITE, "Escribe a informacion@example.org para más detalles.", [
    ["qa:emails.missing", { value: "info@example.org" }],
    ["qa:emails.extra", { value: "informacion@example.org" }],
  ]),
  passes("emails", "fr", WRITE, "Écrivez à info@example.org pour en savoir plus."),
  fails("emails", "fr", WRITE, "Écrivez-nous pour en savoir plus.", [
    ["qa:emails.missing", { value: "info@example.org" }],
  ]),
  passes("emails", "ar", WRITE, "راسلونا على info@example.org لمزيد من التفاصيل."),
  fails("emails", "ar", WRITE, "راسلونا على info@example.com لمزيد من التفاصيل.", [
    ["qa:emails.missing", { value: "info@example.org" }],
    ["qa:emails.extra", { value: "info@example.com" }],
  ]),
];
