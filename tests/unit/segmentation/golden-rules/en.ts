import type { GoldenRule } from "./golden-rule";

/** Golden Rules (English): all 52, in the README's order. */
export const englishGoldenRules: GoldenRule[] = [
  {
    rule: "1. Simple period to end sentence",
    input: "Hello World. My name is Jonas.",
    expected: ["Hello World.", "My name is Jonas."],
  },
  {
    rule: "2. Question mark to end sentence",
    input: "What is your name? My name is Jonas.",
    expected: ["What is your name?", "My name is Jonas."],
  },
  {
    rule: "3. Exclamation point to end sentence",
    input: "There it is! I found it.",
    expected: ["There it is!", "I found it."],
  },
  {
    rule: "4. One letter upper case abbreviations",
    input: "My name is Jonas E. Smith.",
    expected: ["My name is Jonas E. Smith."],
  },
  {
    rule: "5. One letter lower case abbreviations",
    input: "Please turn to p. 55.",
    expected: ["Please turn to p. 55."],
  },
  {
    rule: "6. Two letter lower case abbreviations in the middle of a sentence",
    input: "Were Jane and co. at the party?",
    expected: ["Were Jane and co. at the party?"],
  },
  {
    rule: "7. Two letter upper case abbreviations in the middle of a sentence",
    input: "They closed the deal with Pitt, Briggs & Co. at noon.",
    expected: ["They closed the deal with Pitt, Briggs & Co. at noon."],
  },
  {
    rule: "8. Two letter lower case abbreviations at the end of a sentence",
    input: "Let's ask Jane and co. They should know.",
    expected: ["Let's ask Jane and co.", "They should know."],
  },
  {
    rule: "9. Two letter upper case abbreviations at the end of a sentence",
    input: "They closed the deal with Pitt, Briggs & Co. It closed yesterday.",
    expected: ["They closed the deal with Pitt, Briggs & Co.", "It closed yesterday."],
  },
  {
    rule: "10. Two letter (prepositive) abbreviations",
    input: "I can see Mt. Fuji from here.",
    expected: ["I can see Mt. Fuji from here."],
  },
  {
    rule: "11. Two letter (prepositive & postpositive) abbreviations",
    input: "St. Michael's Church is on 5th st. near the light.",
    expected: ["St. Michael's Church is on 5th st. near the light."],
  },
  {
    rule: "12. Possesive two letter abbreviations",
    input: "That is JFK Jr.'s book.",
    expected: ["That is JFK Jr.'s book."],
  },
  {
    rule: "13. Multi-period abbreviations in the middle of a sentence",
    input: "I visited the U.S.A. last year.",
    expected: ["I visited the U.S.A. last year."],
  },
  {
    rule: "14. Multi-period abbreviations at the end of a sentence",
    input: "I live in the E.U. How about you?",
    expected: ["I live in the E.U.", "How about you?"],
  },
  {
    rule: "15. U.S. as sentence boundary",
    input: "I live in the U.S. How about you?",
    expected: ["I live in the U.S.", "How about you?"],
  },
  {
    rule: "16. U.S. as non sentence boundary with next word capitalized",
    input: "I work for the U.S. Government in Virginia.",
    expected: ["I work for the U.S. Government in Virginia."],
  },
  {
    rule: "17. U.S. as non sentence boundary",
    input: "I have lived in the U.S. for 20 years.",
    expected: ["I have lived in the U.S. for 20 years."],
  },
  {
    rule: "18. A.M. / P.M. as non sentence boundary and sentence boundary",
    input: "At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.",
    expected: [
      "At 5 a.m. Mr. Smith went to the bank.",
      "He left the bank at 6 P.M.",
      "Mr. Smith then went to the store.",
    ],
  },
  {
    rule: "19. Number as non sentence boundary",
    input: "She has $100.00 in her bag.",
    expected: ["She has $100.00 in her bag."],
  },
  {
    rule: "20. Number as sentence boundary",
    input: "She has $100.00. It is in her bag.",
    expected: ["She has $100.00.", "It is in her bag."],
  },
  {
    rule: "21. Parenthetical inside sentence",
    input: "He teaches science (He previously worked for 5 years as an engineer.) at the local University.",
    expected: ["He teaches science (He previously worked for 5 years as an engineer.) at the local University."],
  },
  {
    rule: "22. Email addresses",
    input: "Her email is Jane.Doe@example.com. I sent her an email.",
    expected: ["Her email is Jane.Doe@example.com.", "I sent her an email."],
  },
  {
    rule: "23. Web addresses",
    input: "The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.",
    expected: ["The site is: https://www.example.50.com/new-site/awesome_content.html.", "Please check it out."],
  },
  {
    rule: "24. Single quotations inside sentence",
    input: "She turned to him, 'This is great.' she said.",
    expected: ["She turned to him, 'This is great.' she said."],
  },
  {
    rule: "25. Double quotations inside sentence",
    input: 'She turned to him, "This is great." she said.',
    expected: ['She turned to him, "This is great." she said.'],
  },
  {
    rule: "26. Double quotations at the end of a sentence",
    input: 'She turned to him, "This is great." She held the book out to show him.',
    expected: ['She turned to him, "This is great."', "She held the book out to show him."],
  },
  {
    rule: "27. Double punctuation (exclamation point)",
    input: "Hello!! Long time no see.",
    expected: ["Hello!!", "Long time no see."],
  },
  {
    rule: "28. Double punctuation (question mark)",
    input: "Hello?? Who is there?",
    expected: ["Hello??", "Who is there?"],
  },
  {
    rule: "29. Double punctuation (exclamation point / question mark)",
    input: "Hello!? Is that you?",
    expected: ["Hello!?", "Is that you?"],
  },
  {
    rule: "30. Double punctuation (question mark / exclamation point)",
    input: "Hello?! Is that you?",
    expected: ["Hello?!", "Is that you?"],
  },
  {
    rule: "31. List (period followed by parens and no period to end item)",
    input: "1.) The first item 2.) The second item",
    expected: ["1.) The first item", "2.) The second item"],
  },
  {
    rule: "32. List (period followed by parens and period to end item)",
    input: "1.) The first item. 2.) The second item.",
    expected: ["1.) The first item.", "2.) The second item."],
  },
  {
    rule: "33. List (parens and no period to end item)",
    input: "1) The first item 2) The second item",
    expected: ["1) The first item", "2) The second item"],
  },
  {
    rule: "34. List (parens and period to end item)",
    input: "1) The first item. 2) The second item.",
    expected: ["1) The first item.", "2) The second item."],
  },
  {
    rule: "35. List (period to mark list and no period to end item)",
    input: "1. The first item 2. The second item",
    expected: ["1. The first item", "2. The second item"],
  },
  {
    rule: "36. List (period to mark list and period to end item)",
    input: "1. The first item. 2. The second item.",
    expected: ["1. The first item.", "2. The second item."],
  },
  {
    rule: "37. List with bullet",
    input: "• 9. The first item • 10. The second item",
    expected: ["• 9. The first item", "• 10. The second item"],
  },
  {
    rule: "38. List with hypthen",
    input: "⁃9. The first item ⁃10. The second item",
    expected: ["⁃9. The first item", "⁃10. The second item"],
  },
  {
    rule: "39. Alphabetical list",
    input: "a. The first item b. The second item c. The third list item",
    expected: ["a. The first item", "b. The second item", "c. The third list item"],
  },
  {
    // pragmatic_segmenter's doc_type: 'pdf'. The README's expected text keeps the "\n"; splitSentences
    // collapses internal whitespace to one space, so the same single sentence reads with a space.
    rule: "40. Errant newline in the middle of a sentence (PDF)",
    input: "This is a sentence\ncut off in the middle because pdf.",
    expected: ["This is a sentence cut off in the middle because pdf."],
    options: { newlines: "space" },
  },
  {
    rule: "41. Errant newline in the middle of a sentence",
    input: "It was a cold \nnight in the city.",
    expected: ["It was a cold night in the city."],
  },
  {
    rule: "42. Lower case list separated by newline",
    input: "features\ncontact manager\nevents, activities\n",
    expected: ["features", "contact manager", "events, activities"],
  },
  {
    rule: "43. Geo Coordinates",
    input: "You can find it at N°. 1026.253.553. That is where the treasure is.",
    expected: ["You can find it at N°. 1026.253.553.", "That is where the treasure is."],
  },
  {
    rule: "44. Named entities with an exclamation point",
    input: "She works at Yahoo! in the accounting department.",
    expected: ["She works at Yahoo! in the accounting department."],
  },
  {
    rule: "45. I as a sentence boundary and I as an abbreviation",
    input: "We make a good team, you and I. Did you see Albert I. Jones yesterday?",
    expected: ["We make a good team, you and I.", "Did you see Albert I. Jones yesterday?"],
  },
  {
    rule: "46. Ellipsis at end of quotation",
    input: "Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”",
    expected: [
      "Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”",
    ],
  },
  {
    rule: "47. Ellipsis with square brackets",
    input: '"Bohr [...] used the analogy of parallel stairways [...]" (Smith 55).',
    expected: ['"Bohr [...] used the analogy of parallel stairways [...]" (Smith 55).'],
  },
  {
    rule: "48. Ellipsis as sentence boundary (standard ellipsis rules)",
    input:
      "If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . . Next sentence.",
    expected: [
      "If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . .",
      "Next sentence.",
    ],
  },
  {
    rule: "49. Ellipsis as sentence boundary (non-standard ellipsis rules)",
    input: "I never meant that.... She left the store.",
    expected: ["I never meant that....", "She left the store."],
  },
  {
    rule: "50. Ellipsis as non sentence boundary",
    input: "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.",
    expected: [
      "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.",
    ],
  },
  {
    rule: "51. 4-dot ellipsis",
    input:
      "One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds. . . . The practice was not abandoned. . . .",
    expected: [
      "One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds.",
      ". . . The practice was not abandoned. . . .",
    ],
  },
  {
    rule: "52. No whitespace in between sentences",
    input: "Hello world.Today is Tuesday.Mr. Smith went to the store and bought 1,000.That is a lot.",
    expected: ["Hello world.", "Today is Tuesday.", "Mr. Smith went to the store and bought 1,000.", "That is a lot."],
  },
];
