// The article every simulated translator works on: plain Markdown, no links or emphasis, so a
// confirmed translation needs no inline tags to pass the blocking quality checks.
const PARAGRAPHS = [
  [
    "The river cooperative met again after a long and difficult winter.",
    "Farmers from every village along the valley came to the meeting hall.",
    "They talked about the water they share and the fields it feeds.",
    "Some families had lost part of their harvest to the early frost.",
    "Others had found new buyers for their beans in the nearby town.",
    "The treasurer explained how the common fund had been spent this year.",
    "Everyone agreed that the accounts should be read aloud at every meeting.",
    "A young member offered to keep the records on a shared computer.",
  ],
  [
    "Water was the main subject of the afternoon and of the evening too.",
    "The old channels leak, and the repairs cannot wait for another season.",
    "Volunteers from the school have already mapped the worst of the leaks.",
    "Their map shows where a small amount of work would save the most water.",
    "The cooperative will ask the regional office for help with the materials.",
    "Members will give their own time to dig and to carry the stones.",
    "The work should begin as soon as the ground is dry enough to walk on.",
    "Older farmers will teach the younger ones how the channels were built.",
  ],
  [
    "Prices were the second subject, and the discussion grew louder there.",
    "Traders in the town pay less when everyone sells in the same week.",
    "The cooperative could store part of the harvest and sell it later instead.",
    "A dry room near the school would be large enough for a first attempt.",
    "The members voted to try the idea with a small share of the beans.",
    "If it works, the room could hold the whole harvest within a few years.",
    "The women of the valley will run the store and keep its books open.",
    "Their first report is expected before the summer market opens its doors.",
  ],
  [
    "The meeting ended with a meal that each family had helped to prepare.",
    "Children sang the songs their grandparents had taught them long ago.",
    "Visitors from another valley asked how they could start a cooperative too.",
    "The members promised to share their rules and their mistakes with them.",
    "Everyone left with a list of tasks and the date of the next meeting.",
    "The secretary will send the minutes to every village within a week.",
    "Anyone who could not come is welcome to read them and to reply.",
    "The next meeting will take place in the hall by the old mill.",
  ],
];

/** A heading and four paragraphs of eight sentences: 33 segments. */
export function reliabilityArticle(): string {
  return ["# The river cooperative meets again", ...PARAGRAPHS.map((sentences) => sentences.join(" "))].join("\n\n");
}
