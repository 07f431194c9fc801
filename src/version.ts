// Read once from package.json so --version and the JSON report never disagree with the package.
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const VERSION: string = require('../package.json').version;
