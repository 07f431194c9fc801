import type { Report } from '../types';

/** The report as JSON, two-space indented, ending in a newline. Byte-identical for one input. */
export const renderJson = (report: Report): string => `${JSON.stringify(report, null, 2)}\n`;
