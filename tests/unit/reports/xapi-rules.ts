import * as xapiValidation from '@learninglocker/xapi-validation';

/**
 * The xAPI 1.0.3 rules for the statements we send, as a list of problems (empty = valid). The statement is checked
 * by Learning Locker's own validator (@learninglocker/xapi-validation, conformance-tested with its LRS), written
 * "path: Warning (value)". A few rules it does not check, because they bind the Learning Record Provider rather
 * than the LRS, stay here as small extra checks; section numbers are those of xAPI-Data.md
 * (https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md).
 */

type Json = Record<string, unknown>;
type Validate = (statement: unknown) => Array<{ path: Array<string | number>; name: string; data?: unknown }>;

/** The package is CommonJS with an `exports.default`: vitest hands it over as the default, Node's ESM loader
 * (Playwright) as a `default` inside the default. */
const interop = xapiValidation as unknown as { default: Validate | { default: Validate } };
const validateStatement: Validate = typeof interop.default === 'function' ? interop.default : interop.default.default;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Standard string form (4.4), lowercase as case-insensitive data should be sent (2.2.s3.b5). */
const lowercaseUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export interface RuleOptions {
  /** When given, a timestamp after it is a problem: a provider MUST NOT use a future time (2.4.7.s3.b4). */
  now?: Date;
}

export function xapiProblems(statement: unknown, options: RuleOptions = {}): string[] {
  if (!isObject(statement)) return ['statement: not a JSON object'];
  let warnings: ReturnType<Validate>;
  try {
    warnings = validateStatement(statement);
  } catch (error) {
    return [`statement: the validator failed (${String(error)})`];
  }
  const problems = warnings.map(({ path, name, data }) => {
    const value = data === undefined || typeof data === 'object' ? '' : ` (${JSON.stringify(data)})`;
    return `${path.join('.')}: ${name}${value}`;
  });
  return [...problems, ...providerProblems(statement, options)];
}

/** The rules for a provider that an LRS's validator does not apply. */
function providerProblems(statement: Json, options: RuleOptions): string[] {
  const problems: string[] = [];
  const say = (where: string, problem: string) => problems.push(`${where}: ${problem}`);
  if (typeof statement.id === 'string' && !lowercaseUuid.test(statement.id))
    say('id', 'not a lowercase RFC 4122 UUID (2.4.1, 2.2.s3.b5)');
  const t = statement.timestamp;
  if (options.now && typeof t === 'string' && Date.parse(t) > options.now.getTime())
    say('timestamp', 'in the future (2.4.7.s3.b4)');
  // 2.4.8.s3.b2: "stored" MUST be set by the LRS.
  if ('stored' in statement) say('stored', 'set by the provider; only the LRS sets it (2.4.8)');
  // 2.4.9.s3.b4: the LRS overwrites authority from the credentials used, so a provider's value means nothing.
  if ('authority' in statement) say('authority', 'set by the provider; the LRS sets it from the credentials (2.4.9)');
  // 2.4.10.s4.b1–b2: providers SHOULD NOT set the version, and if they do it MUST be "1.0.0".
  if ('version' in statement)
    say(
      'version',
      statement.version === '1.0.0' ? 'should be left to the LRS (2.4.10.s4.b2)' : 'must be "1.0.0" (2.4.10.s4.b1)',
    );
  const definition = isObject(statement.object) ? statement.object.definition : undefined;
  if (isObject(definition) && 'interactionType' in definition) {
    // 2.4.4.1.s13.b2: the Activity type of an interaction SHOULD be cmi.interaction.
    if (definition.type !== 'http://adlnet.gov/expapi/activities/cmi.interaction')
      say('object.definition.type', 'an interaction should have the type cmi.interaction (2.4.4.1.s13.b2)');
    responseFormat(definition.interactionType, isObject(statement.result) ? statement.result.response : undefined, say);
  }
  return problems;
}

/**
 * A response in its interaction's format (2.4.4.1.s10): for "choice" (and "sequencing") item ids delimited by
 * "[,]", the delimiter not used for one item, ids without whitespace (2.4.4.1.s16.b2); "true-false" is true or
 * false; "other" takes any string. The other formats are not produced here and are not checked.
 */
function responseFormat(kind: unknown, response: unknown, say: (where: string, problem: string) => void) {
  if (typeof response !== 'string') return;
  if (kind === 'choice' || kind === 'sequencing') {
    if (response === '') return; // nothing chosen
    const items = response.split('[,]');
    if (items.some((item) => item === '' || /\s/.test(item) || item.includes('[.]')))
      say('result.response', `"${response}" is not a list of ${kind} item ids delimited by [,] (2.4.4.1.s10)`);
  }
  if (kind === 'true-false' && response !== 'true' && response !== 'false')
    say('result.response', 'a true-false response is "true" or "false" (2.4.4.1.s10)');
}
