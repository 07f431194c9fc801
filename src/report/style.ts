/** Colour functions a renderer uses; identity functions when colour is off, so one path serves both. */
export interface Style {
  agree(s: string): string;
  diverge(s: string): string;
  only(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  /** A claim within its sentence: reversed on a terminal, in [brackets] without colour. */
  claim(s: string): string;
}

const identity = (s: string) => s;
export const PLAIN: Style = { agree: identity, diverge: identity, only: identity, dim: identity, bold: identity, claim: (s) => `[${s}]` };
