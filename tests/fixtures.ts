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
