import type { KindName } from '../types';
import type { KindSpec } from './spec';
import { date } from './date';
import { duration } from './duration';
import { quantity } from './quantity';
import { place } from './place';
import { person } from './person';
import { quote } from './quote';
import { statement } from './statement';

/**
 * Every claim kind, in order of precedence: where claims of two numeric kinds overlap, the earlier
 * kind keeps the span ("February 2022" is a date, not a quantity of 2022). Findings are listed in
 * this order too. Adding a kind is a folder under kinds/ and one line here.
 */
export const KINDS: KindSpec[] = [date, duration, quantity, person, place, quote, statement];

const BY_NAME = new Map(KINDS.map((k) => [k.kind, k]));
export const kindSpec = (kind: KindName): KindSpec => BY_NAME.get(kind)!;
export type { KindSpec, Verdict } from './spec';
