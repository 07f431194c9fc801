/** A problem with one input: the CLI prints it as one line and exits 2. */
export class InputError extends Error {
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`${path}: ${problem}`);
    this.name = 'InputError';
  }
}
