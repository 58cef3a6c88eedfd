import type { GoldenRule } from "./golden-rule";

/**
 * French: the README lists no Golden Rules for French; these are the cases of the project's own French
 * specification (spec/pragmatic_segmenter/languages/french_spec.rb).
 */
export const frenchGoldenRules: GoldenRule[] = [
  {
    rule: "spec 1. Two sentences",
    input:
      "Après avoir été l'un des acteurs du projet génome humain, le Genoscope met aujourd'hui le cap vers la génomique environnementale. L'exploitation des données de séquences, prolongée par l'identification expérimentale des fonctions biologiques, notamment dans le domaine de la biocatalyse, ouvrent des perspectives de développements en biotechnologie industrielle.",
    expected: [
      "Après avoir été l'un des acteurs du projet génome humain, le Genoscope met aujourd'hui le cap vers la génomique environnementale.",
      "L'exploitation des données de séquences, prolongée par l'identification expérimentale des fonctions biologiques, notamment dans le domaine de la biocatalyse, ouvrent des perspectives de développements en biotechnologie industrielle.",
    ],
  },
  {
    rule: "spec 2. Quotation followed by its attribution",
    input:
      "\"Airbus livrera comme prévu 30 appareils 380 cette année avec en ligne de mire l'objectif d'équilibre financier du programme en 2015\", a-t-il ajouté.",
    expected: [
      "\"Airbus livrera comme prévu 30 appareils 380 cette année avec en ligne de mire l'objectif d'équilibre financier du programme en 2015\", a-t-il ajouté.",
    ],
  },
  {
    rule: "spec 3. Guillemets and a parenthesis",
    input:
      "À 11 heures ce matin, la direction ne décomptait que douze grévistes en tout sur la France : ce sont ceux du site de Saran (Loiret), dont l’effectif est de 809 salariés, dont la moitié d’intérimaires. Elle assure que ce mouvement « n’aura aucun impact sur les livraisons ».",
    expected: [
      "À 11 heures ce matin, la direction ne décomptait que douze grévistes en tout sur la France : ce sont ceux du site de Saran (Loiret), dont l’effectif est de 809 salariés, dont la moitié d’intérimaires.",
      "Elle assure que ce mouvement « n’aura aucun impact sur les livraisons ».",
    ],
  },
  {
    rule: "spec 4. Multi-period abbreviation inside guillemets",
    input:
      "Ce modèle permet d’afficher le texte « LL.AA.II.RR. » pour l’abréviation de « Leurs Altesses impériales et royales » avec son infobulle.",
    expected: [
      "Ce modèle permet d’afficher le texte « LL.AA.II.RR. » pour l’abréviation de « Leurs Altesses impériales et royales » avec son infobulle.",
    ],
  },
  {
    rule: "spec 5. Company abbreviation",
    input: "Les derniers ouvrages de Intercept Ltd. sont ici.",
    expected: ["Les derniers ouvrages de Intercept Ltd. sont ici."],
  },
];
