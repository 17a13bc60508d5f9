// An article written for these tests, as paragraphs: long enough to fill two columns of a few pages.
export const TITLE = 'Rooftop Bees and the Quiet City';

export const PARAGRAPHS: readonly string[] = [
  'Beekeepers in the old harbour district have moved their hives from the outskirts onto the flat roofs of warehouses, and the colonies have thrived there for three summers in a row. The keepers say the roofs are warmer, drier and calmer than the fields they left behind.',
  'The city council began counting rooftop hives after neighbours asked whether the bees were safe. Its survey found two hundred and twelve hives on ninety roofs, most of them kept by people who had never handled bees before the scheme began.',
  'Honey from the roofs tastes of lime trees and clover, because the parks and the railway banks flower one after another from April to September. A chemist at the university tested forty jars and found no more lead or soot than in honey from the countryside.',
  'The keepers meet every Thursday in a cafe by the ferry terminal, where they trade queens, swap equipment and argue about the best way to treat mites. Newcomers are given a mentor for their first season, and most of them keep their hives for years.',
  'Not everyone is pleased with the bees. A restaurant owner complained that swarms settled on his terrace twice last June, and the council now asks every keeper to inspect hives weekly in spring so that crowded colonies can be split before they swarm.',
  'Wild pollinators may pay a price for the boom. Ecologists warn that honey bees compete with solitary bees for the same flowers, and they want the council to plant more meadows before it allows another hundred hives on the roofs of the harbour.',
  'The council has agreed to a pause while the ecologists count solitary bees along the railway banks. If their numbers hold steady, new hives will be licensed again next spring, and each new keeper will have to plant a square metre of flowers for every hive.',
  'For the keepers the roofs have become a second neighbourhood above the first. They wave to each other across the streets, lend smokers and veils over the gaps between buildings, and say the city sounds different from up there, slower and quieter than below.',
];

export const ARTICLE_TEXT = `${TITLE}\n\n${PARAGRAPHS.join('\n\n')}\n`;
