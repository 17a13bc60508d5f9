// Terms numbered for the life of the thread: counting over many documents then works on numbers, not
// strings. A term keeps its number once given; pure, but for the table it fills as terms arrive.
const ids = new Map<string, number>();
const terms: string[] = [];

/** The number of a term, given on first sight: 0, 1, 2… */
export const termId = (term: string): number => {
  let id = ids.get(term);
  if (id === undefined) {
    id = terms.length;
    ids.set(term, id);
    terms.push(term);
  }
  return id;
};

/** The term numbered `id`. */
export const termById = (id: number): string => terms[id]!;
