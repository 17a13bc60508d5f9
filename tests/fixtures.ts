// Small synthetic articles for batch tests: texts written for the tests, one per seed.
const TOPICS = ['council budget schools', 'river flood rescue', 'museum painting theft', 'football final goal', 'bank interest rates'];

/** A headline and four sentences about a topic, different for each seed. */
export const article = (seed: number): string => {
  const [a, b, c] = TOPICS[seed % TOPICS.length]!.split(' ');
  return [
    `Story ${seed} About The ${a} And The ${b}`,
    '',
    `The ${a} drew attention on day ${seed} as the ${b} became the main concern of the town.`,
    `Officials said the ${c} would be reviewed by the ${a} committee before the end of the month.`,
    `Residents told reporters that the ${b} had changed how they thought about the ${c}.`,
    `A spokesperson declined to comment further on the ${a} or the ${c} until the report is published.`,
  ].join('\n');
};

/** The body of a short news article, a sentence a paragraph: the prose real pages wrap in clutter. */
export const NEWS_BODY: readonly string[] = [
  'The city council approved a new budget on Tuesday that raises spending on schools by a tenth.',
  'The vote followed a long night of debate in which several members asked for cuts elsewhere.',
  'Officials said the money would pay for more teachers and the repair of three old buildings.',
  'Opponents warned that the plan relied on optimistic forecasts of tax income next year.',
  'The mayor said the decision marked a turning point for the city and its families.',
];
