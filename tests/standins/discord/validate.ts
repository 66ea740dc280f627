// Discord's documented limits for message payloads and application commands.
// Violations produce the same nested 50035 "Invalid Form Body" errors Discord returns.
import { FormErrors, isRecord } from './util.ts';

export const LIMITS = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  embedTotal: 6000,
  commandName: 32,
  commandDescription: 100,
  commandOptions: 25,
  choices: 25,
  chatInputCommands: 100,
  contextMenuCommands: 5,
  actionRows: 5,
  rowComponents: 5,
  customId: 100,
  buttonLabel: 80,
} as const;

/** Action rows of buttons (https://discord.com/developers/docs/components/reference#button). */
function validateComponents(errors: FormErrors, components: unknown): void {
  if (components === undefined || components === null) return;
  if (!Array.isArray(components)) return void errors.add(['components'], 'BASE_TYPE_ARRAY', 'Must be an array.');
  if (components.length > LIMITS.actionRows) errors.add(['components'], 'BASE_TYPE_MAX_LENGTH', `Must be ${LIMITS.actionRows} or fewer in length.`);
  const customIds = new Set<string>();
  components.forEach((row: unknown, i: number) => {
    const rowPath = ['components', i];
    if (!isRecord(row) || row.type !== 1) return void errors.add([...rowPath, 'type'], 'BASE_TYPE_CHOICES', 'Value must be one of {1}.');
    const children = Array.isArray(row.components) ? row.components : [];
    if (children.length < 1 || children.length > LIMITS.rowComponents) {
      errors.add([...rowPath, 'components'], 'BASE_TYPE_BAD_LENGTH', `Must be between 1 and ${LIMITS.rowComponents} in length.`);
    }
    children.forEach((button: unknown, j: number) => {
      const path = [...rowPath, 'components', j];
      if (!isRecord(button) || button.type !== 2) return;
      const style = button.style;
      if (typeof style !== 'number' || style < 1 || style > 6) errors.add([...path, 'style'], 'BASE_TYPE_CHOICES', 'Value must be one of {1, 2, 3, 4, 5, 6}.');
      maxLength(errors, [...path, 'label'], button.label, LIMITS.buttonLabel);
      if (style === 5) return;
      requiredLength(errors, [...path, 'custom_id'], button.custom_id, 1, LIMITS.customId);
      if (typeof button.custom_id === 'string') {
        if (customIds.has(button.custom_id)) errors.add([...path, 'custom_id'], 'COMPONENT_CUSTOM_ID_DUPLICATED', 'Component custom id cannot be duplicated');
        customIds.add(button.custom_id);
      }
    });
  });
}

const NAME_PATTERN = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

function maxLength(errors: FormErrors, path: Array<string | number>, value: unknown, max: number): number {
  if (value === undefined || value === null) return 0;
  if (typeof value !== 'string') {
    errors.add(path, 'BASE_TYPE_STRING', 'Must be a string.');
    return 0;
  }
  if (value.length > max) errors.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
  return value.length;
}

function requiredLength(errors: FormErrors, path: Array<string | number>, value: unknown, min: number, max: number): void {
  if (value === undefined || value === null) {
    errors.add(path, 'BASE_TYPE_REQUIRED', 'This field is required');
    return;
  }
  if (typeof value !== 'string') {
    errors.add(path, 'BASE_TYPE_STRING', 'Must be a string.');
    return;
  }
  if (value.length < min || value.length > max) {
    errors.add(path, 'BASE_TYPE_BAD_LENGTH', `Must be between ${min} and ${max} in length.`);
  }
}

/** Returns the total counted characters of one embed (title, description, field names/values, footer text, author name). */
function validateEmbed(errors: FormErrors, embed: unknown, index: number): number {
  const base = ['embeds', index];
  if (!isRecord(embed)) {
    errors.add(base, 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
    return 0;
  }
  let total = 0;
  total += maxLength(errors, [...base, 'title'], embed.title, LIMITS.title);
  total += maxLength(errors, [...base, 'description'], embed.description, LIMITS.description);
  const footer = embed.footer;
  if (isRecord(footer)) total += maxLength(errors, [...base, 'footer', 'text'], footer.text, LIMITS.footer);
  const author = embed.author;
  if (isRecord(author)) total += maxLength(errors, [...base, 'author', 'name'], author.name, LIMITS.authorName);
  const fields = embed.fields;
  if (fields !== undefined && fields !== null) {
    if (!Array.isArray(fields)) {
      errors.add([...base, 'fields'], 'BASE_TYPE_ARRAY', 'Must be an array.');
    } else {
      if (fields.length > LIMITS.fields) {
        errors.add([...base, 'fields'], 'BASE_TYPE_MAX_LENGTH', `Must be ${LIMITS.fields} or fewer in length.`);
      }
      fields.forEach((field: unknown, fieldIndex: number) => {
        const fieldPath = [...base, 'fields', fieldIndex];
        if (!isRecord(field)) {
          errors.add(fieldPath, 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
          return;
        }
        if (field.name === undefined || field.name === null) errors.add([...fieldPath, 'name'], 'BASE_TYPE_REQUIRED', 'This field is required');
        if (field.value === undefined || field.value === null) errors.add([...fieldPath, 'value'], 'BASE_TYPE_REQUIRED', 'This field is required');
        total += maxLength(errors, [...fieldPath, 'name'], field.name, LIMITS.fieldName);
        total += maxLength(errors, [...fieldPath, 'value'], field.value, LIMITS.fieldValue);
      });
    }
  }
  return total;
}

export type MessageCheck =
  | { ok: true }
  | { ok: false; status: 400; body: { message: string; code: number; errors?: FormErrors['tree'] } };

/**
 * Validates a message create/edit body (channel message, webhook execute/edit, interaction response data).
 * `requireContent` adds Discord's 50006 "Cannot send an empty message" check (creates only).
 */
export function checkMessageBody(body: unknown, fileCount: number, requireContent: boolean): MessageCheck {
  const errors = new FormErrors();
  if (!isRecord(body)) {
    if (requireContent && fileCount === 0) return { ok: false, status: 400, body: { message: 'Cannot send an empty message', code: 50006 } };
    return { ok: true };
  }
  maxLength(errors, ['content'], body.content, LIMITS.content);
  validateComponents(errors, body.components);
  const embeds = body.embeds;
  let embedTotal = 0;
  if (embeds !== undefined && embeds !== null) {
    if (!Array.isArray(embeds)) {
      errors.add(['embeds'], 'BASE_TYPE_ARRAY', 'Must be an array.');
    } else {
      if (embeds.length > LIMITS.embeds) errors.add(['embeds'], 'BASE_TYPE_MAX_LENGTH', `Must be ${LIMITS.embeds} or fewer in length.`);
      embeds.forEach((embed: unknown, index: number) => {
        embedTotal += validateEmbed(errors, embed, index);
      });
      if (embedTotal > LIMITS.embedTotal) {
        errors.add(['embeds'], 'MAX_EMBED_SIZE_EXCEEDED', `Embed size exceeds maximum size of ${LIMITS.embedTotal}`);
      }
    }
  }
  if (!errors.empty) return { ok: false, status: 400, body: { message: 'Invalid Form Body', code: 50035, errors: errors.tree } };
  if (requireContent) {
    const hasContent = typeof body.content === 'string' && body.content.length > 0;
    const hasEmbeds = Array.isArray(embeds) && embeds.length > 0;
    const hasComponents = Array.isArray(body.components) && body.components.length > 0;
    const hasStickers = Array.isArray(body.sticker_ids) && body.sticker_ids.length > 0;
    const hasPoll = isRecord(body.poll);
    if (!hasContent && !hasEmbeds && !hasComponents && !hasStickers && !hasPoll && fileCount === 0) {
      return { ok: false, status: 400, body: { message: 'Cannot send an empty message', code: 50006 } };
    }
  }
  return { ok: true };
}

function validateName(errors: FormErrors, path: Array<string | number>, name: unknown, chatInput: boolean): void {
  requiredLength(errors, path, name, 1, LIMITS.commandName);
  if (typeof name !== 'string' || name.length === 0 || name.length > LIMITS.commandName) return;
  if (chatInput && (!NAME_PATTERN.test(name) || name !== name.toLowerCase())) {
    errors.add(path, 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
  }
}

const SUBCOMMAND = 1;
const SUBCOMMAND_GROUP = 2;

function validateOptions(errors: FormErrors, base: Array<string | number>, options: unknown, depth: number): void {
  if (options === undefined || options === null) return;
  if (!Array.isArray(options)) {
    errors.add([...base, 'options'], 'BASE_TYPE_ARRAY', 'Must be an array.');
    return;
  }
  if (options.length > LIMITS.commandOptions) {
    errors.add([...base, 'options'], 'BASE_TYPE_MAX_LENGTH', `Must be ${LIMITS.commandOptions} or fewer in length.`);
  }
  const seen = new Set<string>();
  let optionalSeen = false;
  let subcommands = 0;
  options.forEach((option: unknown, index: number) => {
    const path = [...base, 'options', index];
    if (!isRecord(option)) {
      errors.add(path, 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
      return;
    }
    const type = option.type;
    if (typeof type !== 'number' || !Number.isInteger(type) || type < 1 || type > 11) {
      errors.add([...path, 'type'], 'BASE_TYPE_CHOICES', 'Value must be one of {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}.');
    }
    validateName(errors, [...path, 'name'], option.name, true);
    requiredLength(errors, [...path, 'description'], option.description, 1, LIMITS.commandDescription);
    if (typeof option.name === 'string') {
      if (seen.has(option.name)) errors.add([...path, 'name'], 'APPLICATION_COMMAND_OPTIONS_NAME_ALREADY_EXISTS', 'Option names must be unique');
      seen.add(option.name);
    }
    const isSub = type === SUBCOMMAND || type === SUBCOMMAND_GROUP;
    if (isSub) {
      subcommands += 1;
      if (type === SUBCOMMAND_GROUP && depth > 0) {
        errors.add([...path, 'type'], 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID', 'Sub-command groups cannot be nested');
      }
      if (type === SUBCOMMAND && depth > 1) {
        errors.add([...path, 'type'], 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID', 'Sub-commands cannot be nested this deep');
      }
      validateOptions(errors, path, option.options, depth + 1);
    } else {
      if (option.required === true && optionalSeen) {
        errors.add([...path, 'required'], 'APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID', 'Required options must be placed before non-required options');
      }
      if (option.required !== true) optionalSeen = true;
      const choices = option.choices;
      if (Array.isArray(choices)) {
        if (choices.length > LIMITS.choices) errors.add([...path, 'choices'], 'BASE_TYPE_MAX_LENGTH', `Must be ${LIMITS.choices} or fewer in length.`);
        choices.forEach((choice: unknown, choiceIndex: number) => {
          const choicePath = [...path, 'choices', choiceIndex];
          if (!isRecord(choice)) return;
          requiredLength(errors, [...choicePath, 'name'], choice.name, 1, 100);
          if (typeof choice.value === 'string') maxLength(errors, [...choicePath, 'value'], choice.value, 100);
        });
      }
    }
  });
  if (subcommands > 0 && subcommands !== options.length) {
    errors.add([...base, 'options'], 'APPLICATION_COMMAND_OPTIONS_TYPE_INVALID', 'Sub-command and sub-command group option types are mutually exclusive to all other types');
  }
}

/** Validates one command; `path` is the prefix (the batch index for bulk overwrites, [] for single creates). */
export function validateCommand(errors: FormErrors, path: Array<string | number>, command: unknown): void {
  if (!isRecord(command)) {
    errors.add(path, 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
    return;
  }
  const type = command.type ?? 1;
  if (type !== 1 && type !== 2 && type !== 3 && type !== 4) {
    errors.add([...path, 'type'], 'BASE_TYPE_CHOICES', 'Value must be one of {1, 2, 3, 4}.');
    return;
  }
  const chatInput = type === 1;
  validateName(errors, [...path, 'name'], command.name, chatInput);
  if (chatInput) {
    requiredLength(errors, [...path, 'description'], command.description, 1, LIMITS.commandDescription);
    validateOptions(errors, path, command.options, 0);
  } else if (typeof command.description === 'string' && command.description.length > 0) {
    errors.add([...path, 'description'], 'APPLICATION_COMMAND_CONTEXT_MENU_DESCRIPTION_INVALID', 'Context menu commands cannot have description');
  }
}

/** Validates a bulk overwrite batch (PUT .../commands). */
export function validateCommandBatch(body: unknown): FormErrors {
  const errors = new FormErrors();
  if (!Array.isArray(body)) {
    errors.add([], 'BASE_TYPE_ARRAY', 'Must be an array.');
    return errors;
  }
  const names = new Set<string>();
  const perType = new Map<number, number>();
  body.forEach((command: unknown, index: number) => {
    validateCommand(errors, [index], command);
    if (!isRecord(command) || typeof command.name !== 'string') return;
    const type = typeof command.type === 'number' ? command.type : 1;
    const key = `${type}:${command.name}`;
    if (names.has(key)) errors.add([index, 'name'], 'APPLICATION_COMMANDS_DUPLICATE_NAME', 'Application command names must be unique');
    names.add(key);
    perType.set(type, (perType.get(type) ?? 0) + 1);
  });
  const chat = perType.get(1) ?? 0;
  if (chat > LIMITS.chatInputCommands) errors.add([], 'BASE_TYPE_MAX_LENGTH', `Must be ${LIMITS.chatInputCommands} or fewer in length.`);
  for (const type of [2, 3]) {
    if ((perType.get(type) ?? 0) > LIMITS.contextMenuCommands) {
      errors.add([], 'BASE_TYPE_MAX_LENGTH', `Must be ${LIMITS.contextMenuCommands} or fewer in length.`);
    }
  }
  return errors;
}
