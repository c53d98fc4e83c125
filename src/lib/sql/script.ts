/**
 * SQL text as the workbench needs it, read by DuckDB's own tokenizer: split into statements
 * (statements.ts), checked for anything that is more than a read before a shared link runs it
 * (readonly.ts), and DuckDB's errors put in words and back at a place in the editor (errors.ts).
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
export { firstWrite, type WriteProblem } from './readonly';
export { describeError, errorOffset, lineAndColumn, type DescribedError } from './errors';
