/** Name → a unit of text that is repeated to the wanted size. */
export const PATTERNS: Record<string, string>;
/** Every adversarial input at `size` characters: [name, text] pairs. */
export function adversarialInputs(size: number): Array<[string, string]>;
