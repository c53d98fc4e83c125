/**
 * SQL text as the workbench needs it, read by DuckDB's own tokenizer: split into statements
 * (statements.ts), judged by DuckDB's plan before a shared link runs it (link.ts, plan.ts), and DuckDB's errors put in words and back at a place in the editor (errors.ts).
 */
export {
  splitStatements,
  stringIndexes,
  TokenType,
  type ScriptTokens,
  type Statement,
  type Token,
  type Tokenize,
} from './statements';
export {
  bidiControlProblem,
  linkProblem,
  PrepareError,
  type LinkProblem,
  type PlanEngine,
} from './link';
export { describeError, errorOffset, lineAndColumn, type DescribedError } from './errors';
