// One small comparison shared by the renderer tests: a divergence, agreements and one-source facts.
import { compareTexts } from './claims';

export const TEXTS = [
  'The two leaders held a two-hour discussion in Rome on Monday. Mayor Ann Lee said: "We | will *rebuild* this town."',
  'The two leaders spent two and a half hours talking in Rome on Monday.',
];

export const report = () => compareTexts(...TEXTS);

// eslint-disable-next-line no-control-regex
export const ESCAPE = /\u001b\[/;

/** The index of the last line that passes `test`. */
export const lastIndexWhere = (lines: string[], test: (l: string) => boolean) => lines.length - 1 - [...lines].reverse().findIndex(test);
