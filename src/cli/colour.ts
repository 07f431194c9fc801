import type { Style } from '../report/style';
import { PLAIN } from '../report/style';

/** Colour only on a terminal, unless NO_COLOR, FORCE_COLOR or --no-color say otherwise. */
export function wantsColour(flag: boolean, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (!flag) return false;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTTY;
}

/**
 * chalk is ESM-only: it is loaded with a real dynamic import(), and only when colour is on, so the
 * CommonJS build and jest (which never asks for colour) stay simple.
 */
export async function loadStyle(colour: boolean): Promise<Style> {
  if (!colour) return PLAIN;
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: 1 });
  // One argument each: chalk joins all it is given, so map(chalk.bold) would style "kind 0 kind,verdict".
  return { agree: (s) => chalk.green(s), diverge: (s) => chalk.red.bold(s), only: (s) => chalk.dim(s), dim: (s) => chalk.dim(s), bold: (s) => chalk.bold(s), claim: (s) => chalk.bold.inverse(s) };
}
