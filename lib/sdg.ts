/** The 17 Sustainable Development Goals, by number; their names are UI strings (`common:sdg.N`). */
export const SDG_GOALS = Array.from({ length: 17 }, (_, index) => index + 1);
