/**
 * The xAPI 1.0.3 rules a Learning Record Provider must follow for the statements we send, as a list of problems
 * (empty = valid). Section numbers are those of xAPI-Data.md (part two of the spec,
 * https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md). It checks what we produce (Agents, Activities)
 * and reports other actor or object kinds instead of validating them.
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** RFC 5646 "langtag", private use and grandfathered tags; the LRS must at least check subtag lengths (2.2.s4.b2). */
const langtag =
  /^(?:(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*(?:-[a-wyz\d](?:-[a-z\d]{2,8})+)*(?:-x(?:-[a-z\d]{1,8})+)?|x(?:-[a-z\d]{1,8})+)$/i;
const grandfathered = new Set([
  'en-gb-oed',
  'i-ami',
  'i-bnn',
  'i-default',
  'i-enochian',
  'i-hak',
  'i-klingon',
  'i-lux',
  'i-mingo',
  'i-navajo',
  'i-pwn',
  'i-tao',
  'i-tay',
  'i-tsu',
  'sgn-be-fr',
  'sgn-be-nl',
  'sgn-ch-de',
  'art-lojban',
  'cel-gaulish',
  'no-bok',
  'no-nyn',
  'zh-guoyu',
  'zh-hakka',
  'zh-min',
  'zh-min-nan',
  'zh-xiang',
]);
export const isLanguageTag = (tag: unknown) =>
  typeof tag === 'string' && (langtag.test(tag) || grandfathered.has(tag.toLowerCase()));

/** Absolute IRI (RFC 3987): a scheme, then no characters IRIs exclude; relative references are not IRIs (2.4.4.1 note). */
export function isIri(value: unknown): boolean {
  if (typeof value !== 'string' || !/^[a-z][a-z\d+.-]*:[^\s<>"{}|\\^`\u0000-\u001f\u007f]+$/i.test(value)) return false;
  return !/^https?:/i.test(value) || /^https?:\/\/[^/?#]+/i.test(value); // a web IRI names a host
}

/** IRL: an IRI that can be fetched (2.4.2.4 homePage, activity definition moreInfo). */
const isIrl = (value: unknown) =>
  isIri(value) && /^https?:\/\//i.test(value as string) && URL.canParse(value as string);

/** Standard string form (4.4), lowercase as case-insensitive data should be sent (2.2.s3.b5), RFC 4122 versions 1–5, variant 10 (2.4.1). */
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** ISO 8601 date and time (4.5.s1.b1) with a time zone (4.5.s1.b4); "-00:00" is RFC 3339's "unknown", not ISO 8601. */
const timestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** ISO 8601 duration (4.6.s1.b1); the alternative format is not allowed. */
const duration =
  /^P(?:\d+(?:\.\d+)?W|(?=\d|T\d)(?:\d+(?:\.\d+)?Y)?(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?D)?(?:T(?=\d)(?:\d+(?:\.\d+)?H)?(?:\d+(?:\.\d+)?M)?(?:\d+(?:\.\d+)?S)?)?)$/;

/** The properties of a statement (2.4 table); others SHOULD* NOT be added (2.2.s3.b6) and the LRS rejects them (2.2.s4.b1.b7). */
const statementKeys = [
  'id',
  'actor',
  'verb',
  'object',
  'result',
  'context',
  'timestamp',
  'stored',
  'authority',
  'version',
  'attachments',
];
const agentKeys = ['objectType', 'name', 'mbox', 'mbox_sha1sum', 'openid', 'account'];
const ifiKeys = ['mbox', 'mbox_sha1sum', 'openid', 'account'];
const definitionKeys = [
  'name',
  'description',
  'type',
  'moreInfo',
  'extensions',
  'interactionType',
  'correctResponsesPattern',
  'choices',
  'scale',
  'source',
  'target',
  'steps',
];
const contextKeys = [
  'registration',
  'instructor',
  'team',
  'contextActivities',
  'revision',
  'platform',
  'language',
  'statement',
  'extensions',
];

export interface RuleOptions {
  /** When given, a timestamp after it is a problem: a provider MUST NOT use a future time (2.4.7.s3.b4). */
  now?: Date;
}

export function xapiProblems(statement: unknown, options: RuleOptions = {}): string[] {
  const problems: string[] = [];
  const say = (where: string, problem: string) => problems.push(`${where}: ${problem}`);
  if (!isObject(statement)) return ['statement: not a JSON object'];

  noNulls(statement, 'statement', say);
  onlyKeys(statement, statementKeys, 'statement', say);
  // 2.2.s2.b3: a statement MUST use actor, verb and object.
  for (const key of ['actor', 'verb', 'object']) if (!(key in statement)) say('statement', `missing required "${key}"`);

  if ('id' in statement && (typeof statement.id !== 'string' || !uuid.test(statement.id)))
    say('id', 'not a lowercase RFC 4122 UUID (2.4.1, 4.4)');
  if ('actor' in statement) agentOrGroup(statement.actor, 'actor', say);
  if ('verb' in statement) verb(statement.verb, say);
  if ('object' in statement) activity(statement.object, 'object', say);
  if ('result' in statement) result(statement.result, say);
  if ('context' in statement) context(statement.context, say);
  responseFormat(statement, say);
  if ('timestamp' in statement) {
    const t = statement.timestamp;
    if (typeof t !== 'string' || !timestamp.test(t) || Number.isNaN(Date.parse(t)))
      say('timestamp', 'not an ISO 8601 time with a time zone (4.5)');
    else if (options.now && Date.parse(t) > options.now.getTime()) say('timestamp', 'in the future (2.4.7.s3.b4)');
  }
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
  return problems;
}

type Say = (where: string, problem: string) => void;

/** 2.2.s4.b1.b1: no null values, except inside extensions. 2.2.s2.b1: no empty objects. */
function noNulls(value: unknown, where: string, say: Say) {
  if (value === null) return say(where, 'null value (2.2.s4.b1.b1)');
  if (Array.isArray(value)) return value.forEach((item, i) => noNulls(item, `${where}[${i}]`, say));
  if (!isObject(value)) return;
  if (Object.keys(value).length === 0) say(where, 'empty object (2.2.s2.b1)');
  for (const [key, item] of Object.entries(value)) if (key !== 'extensions') noNulls(item, `${where}.${key}`, say);
}

function onlyKeys(value: Json, allowed: string[], where: string, say: Say) {
  for (const key of Object.keys(value))
    if (!allowed.includes(key)) say(where, `property "${key}" is not defined by the spec (2.2.s3.b6)`);
}

function languageMap(value: unknown, where: string, say: Say) {
  // 4.2: keys are RFC 5646 tags (2.2.s3.b2), values plain strings.
  if (!isObject(value)) return say(where, 'not a language map (4.2)');
  for (const [tag, text] of Object.entries(value)) {
    if (!isLanguageTag(tag)) say(where, `"${tag}" is not an RFC 5646 language tag (2.2.s3.b2)`);
    if (typeof text !== 'string') say(`${where}.${tag}`, 'not a string (4.2)');
  }
}

function agentOrGroup(value: unknown, where: string, say: Say) {
  if (!isObject(value)) return say(where, 'not an object (2.4.2)');
  if (value.objectType === 'Group') return say(where, 'is a Group, which this validator does not check (2.4.2.2)');
  if ('objectType' in value && value.objectType !== 'Agent')
    say(where, `objectType must be "Agent" or "Group" (2.4.2.1)`);
  onlyKeys(value, agentKeys, where, say);
  if ('name' in value && typeof value.name !== 'string') say(`${where}.name`, 'not a string (2.4.2.1)');
  // 2.4.2.1.s2.b1–b2: identified by exactly one inverse functional identifier.
  const ifis = ifiKeys.filter((key) => key in value);
  if (ifis.length !== 1)
    say(
      where,
      `must have exactly one inverse functional identifier, has ${ifis.length ? ifis.join(', ') : 'none'} (2.4.2.1)`,
    );
  // 2.4.2.3 table: the forms of each identifier.
  if ('mbox' in value && (typeof value.mbox !== 'string' || !/^mailto:[^@\s]+@[^@\s]+$/.test(value.mbox)))
    say(`${where}.mbox`, 'not a "mailto:" IRI (2.4.2.3)');
  if (
    'mbox_sha1sum' in value &&
    (typeof value.mbox_sha1sum !== 'string' || !/^[0-9a-f]{40}$/i.test(value.mbox_sha1sum))
  )
    say(`${where}.mbox_sha1sum`, 'not a hex SHA-1 (2.4.2.3)');
  if ('openid' in value && !isIri(value.openid)) say(`${where}.openid`, 'not a URI (2.4.2.3)');
  if ('account' in value) {
    const account = value.account;
    if (!isObject(account)) return say(`${where}.account`, 'not an object (2.4.2.4)');
    onlyKeys(account, ['homePage', 'name'], `${where}.account`, say);
    // 2.4.2.4 table: homePage (IRL) and name (string) are both required.
    if (!isIrl(account.homePage)) say(`${where}.account.homePage`, 'missing or not an IRL (2.4.2.4)');
    if (typeof account.name !== 'string' || account.name === '')
      say(`${where}.account.name`, 'missing or empty (2.4.2.4)');
  }
}

function verb(value: unknown, say: Say) {
  if (!isObject(value)) return say('verb', 'not an object (2.4.3)');
  onlyKeys(value, ['id', 'display'], 'verb', say);
  // 2.4.3 table: id is a required IRI; display, a language map, is recommended (2.4.3.s5.b1).
  if (!isIri(value.id)) say('verb.id', 'missing or not an absolute IRI (2.4.3)');
  if ('display' in value) languageMap(value.display, 'verb.display', say);
}

function activity(value: unknown, where: string, say: Say) {
  if (!isObject(value)) return say(where, 'not an object (2.4.4)');
  // 2.4.4.1 table: objectType MUST be "Activity" when present; id is a required IRI; definition is optional.
  if ('objectType' in value && value.objectType !== 'Activity')
    say(where, `objectType "${String(value.objectType)}" is not an Activity (2.4.4.1)`);
  onlyKeys(value, ['objectType', 'id', 'definition'], where, say);
  if (!isIri(value.id)) say(`${where}.id`, 'missing or not an absolute IRI (2.4.4.1)');
  if (!('definition' in value)) return;
  const definition = value.definition;
  if (!isObject(definition)) return say(`${where}.definition`, 'not an object (2.4.4.1.s2)');
  onlyKeys(definition, definitionKeys, `${where}.definition`, say);
  if ('name' in definition) languageMap(definition.name, `${where}.definition.name`, say);
  if ('description' in definition) languageMap(definition.description, `${where}.definition.description`, say);
  if ('type' in definition && !isIri(definition.type))
    say(`${where}.definition.type`, 'not an absolute IRI (2.4.4.1.s2)');
  if ('moreInfo' in definition && !isIrl(definition.moreInfo))
    say(`${where}.definition.moreInfo`, 'not an IRL (2.4.4.1.s2)');
  if ('extensions' in definition) extensions(definition.extensions, `${where}.definition.extensions`, say);
  if ('interactionType' in definition) {
    // 2.4.4.1.s13.b1: a valid interactionType; b2: the Activity type of an interaction SHOULD be cmi.interaction.
    if (!interactionTypes.includes(definition.interactionType as string))
      say(
        `${where}.definition.interactionType`,
        `"${String(definition.interactionType)}" is not an interactionType (2.4.4.1.s13.b1)`,
      );
    if (definition.type !== 'http://adlnet.gov/expapi/activities/cmi.interaction')
      say(`${where}.definition.type`, 'an interaction should have the type cmi.interaction (2.4.4.1.s13.b2)');
  }
}

const interactionTypes = [
  'true-false',
  'choice',
  'fill-in',
  'long-fill-in',
  'matching',
  'performance',
  'sequencing',
  'likert',
  'numeric',
  'other',
];

/**
 * A response in its interaction's format (2.4.4.1.s10): for "choice" (and "sequencing") item ids delimited by
 * "[,]", the delimiter not used for one item, ids without whitespace (2.4.4.1.s16.b2); "true-false" is true or
 * false; "other" takes any string. The other formats are not produced here and are not checked.
 */
function responseFormat(statement: Json, say: Say) {
  const type = (statement.object as Json | undefined)?.definition as Json | undefined;
  const response = (statement.result as Json | undefined)?.response;
  if (!isObject(type) || typeof response !== 'string') return;
  const kind = type.interactionType;
  if (kind === 'choice' || kind === 'sequencing') {
    if (response === '') return; // nothing chosen
    const items = response.split('[,]');
    if (items.some((item) => item === '' || /\s/.test(item) || item.includes('[.]')))
      say('result.response', `"${response}" is not a list of ${kind} item ids delimited by [,] (2.4.4.1.s10)`);
  }
  if (kind === 'true-false' && response !== 'true' && response !== 'false')
    say('result.response', 'a true-false response is "true" or "false" (2.4.4.1.s10)');
}

function result(value: unknown, say: Say) {
  if (!isObject(value)) return say('result', 'not an object (2.4.5)');
  onlyKeys(value, ['score', 'success', 'completion', 'response', 'duration', 'extensions'], 'result', say);
  for (const key of ['success', 'completion'])
    if (key in value && typeof value[key] !== 'boolean') say(`result.${key}`, 'not a boolean (2.4.5, 2.2.s4.b1.b3)');
  if ('response' in value && typeof value.response !== 'string') say('result.response', 'not a string (2.4.5)');
  if ('duration' in value && (typeof value.duration !== 'string' || !duration.test(value.duration)))
    say('result.duration', 'not an ISO 8601 duration (4.6)');
  if ('extensions' in value) extensions(value.extensions, 'result.extensions', say);
  if (!('score' in value)) return;
  const score = value.score;
  if (!isObject(score)) return say('result.score', 'not an object (2.4.5.1)');
  onlyKeys(score, ['scaled', 'raw', 'min', 'max'], 'result.score', say);
  // 2.4.5.1 table: all decimal numbers (2.2.s4.b1.b2); scaled in [-1, 1]; min < max; raw within [min, max].
  for (const key of ['scaled', 'raw', 'min', 'max'])
    if (key in score && !isNumber(score[key])) say(`result.score.${key}`, 'not a number (2.2.s4.b1.b2)');
  const { scaled, raw, min, max } = score;
  if (isNumber(scaled) && (scaled < -1 || scaled > 1))
    say('result.score.scaled', `${scaled} is outside [-1, 1] (2.4.5.1)`);
  if (isNumber(min) && isNumber(max) && !(min < max))
    say('result.score', `min ${min} is not less than max ${max} (2.4.5.1)`);
  if (isNumber(raw) && isNumber(min) && raw < min) say('result.score.raw', `${raw} is below min ${min} (2.4.5.1)`);
  if (isNumber(raw) && isNumber(max) && raw > max) say('result.score.raw', `${raw} is above max ${max} (2.4.5.1)`);
}

function context(value: unknown, say: Say) {
  if (!isObject(value)) return say('context', 'not an object (2.4.6)');
  onlyKeys(value, contextKeys, 'context', say);
  if ('language' in value && !isLanguageTag(value.language))
    say('context.language', 'not an RFC 5646 language tag (2.4.6)');
  if ('registration' in value && (typeof value.registration !== 'string' || !uuid.test(value.registration)))
    say('context.registration', 'not a UUID (2.4.6)');
  for (const key of ['revision', 'platform'])
    if (key in value && typeof value[key] !== 'string') say(`context.${key}`, 'not a string (2.4.6)');
  if ('instructor' in value) agentOrGroup(value.instructor, 'context.instructor', say);
  if ('extensions' in value) extensions(value.extensions, 'context.extensions', say);
  if (!('contextActivities' in value)) return;
  const activities = value.contextActivities;
  if (!isObject(activities)) return say('context.contextActivities', 'not an object (2.4.6.2)');
  for (const [kind, list] of Object.entries(activities)) {
    const where = `context.contextActivities.${kind}`;
    // 2.4.6.2.s4.b1: only these four kinds; b5: the provider SHOULD send arrays, not single activities.
    if (!['parent', 'grouping', 'category', 'other'].includes(kind))
      say('context.contextActivities', `"${kind}" is not a context type (2.4.6.2.s4.b1)`);
    if (!Array.isArray(list)) say(where, 'not an array of activities (2.4.6.2.s4.b5)');
    else list.forEach((item, i) => activity(item, `${where}[${i}]`, say));
  }
}

/** 4.1.s3.b1: the keys of an extensions map MUST be IRIs. */
function extensions(value: unknown, where: string, say: Say) {
  if (!isObject(value)) return say(where, 'not an object (4.1)');
  for (const key of Object.keys(value)) if (!isIri(key)) say(where, `key "${key}" is not an IRI (4.1.s3.b1)`);
}
