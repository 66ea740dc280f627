// Block Kit limits Slack enforces on a message's blocks (https://docs.slack.dev/reference/block-kit/blocks):
// a payload past one is refused with `invalid_blocks`, as Slack does, naming what broke.

const MAX_BLOCKS = 50;
const MAX_ID = 255;
const MAX_SECTION_TEXT = 3000;
const MAX_ACTIONS_ELEMENTS = 25;
const MAX_BUTTON_TEXT = 75;
const MAX_BUTTON_VALUE = 2000;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const textOf = (v: unknown): string | undefined => (isRecord(v) && typeof v.text === 'string' ? v.text : undefined);

/** Problems with `blocks` (empty when Slack would take them). */
export function blockProblems(blocks: unknown): string[] {
  if (blocks === undefined) return [];
  if (!Array.isArray(blocks)) return ['blocks must be an array'];
  const problems: string[] = [];
  if (blocks.length > MAX_BLOCKS) problems.push(`no more than ${MAX_BLOCKS} items allowed [json-pointer:/blocks]`);
  const blockIds = new Set<string>();
  const actionIds = new Set<string>();
  blocks.forEach((block: unknown, i) => {
    const at = `[json-pointer:/blocks/${i}]`;
    if (!isRecord(block) || typeof block.type !== 'string') return void problems.push(`a block needs a type ${at}`);
    if (typeof block.block_id === 'string') {
      if (block.block_id.length > MAX_ID) problems.push(`block_id longer than ${MAX_ID} ${at}`);
      if (blockIds.has(block.block_id)) problems.push(`duplicate block_id ${block.block_id} ${at}`);
      blockIds.add(block.block_id);
    }
    if (block.type === 'section' && (textOf(block.text)?.length ?? 0) > MAX_SECTION_TEXT) problems.push(`section text longer than ${MAX_SECTION_TEXT} ${at}`);
    if (block.type !== 'actions') return;
    const elements = Array.isArray(block.elements) ? block.elements : [];
    if (elements.length === 0 || elements.length > MAX_ACTIONS_ELEMENTS) problems.push(`an actions block holds 1 to ${MAX_ACTIONS_ELEMENTS} elements ${at}`);
    elements.forEach((element: unknown, j) => {
      const where = `[json-pointer:/blocks/${i}/elements/${j}]`;
      if (!isRecord(element) || element.type !== 'button') return;
      const label = textOf(element.text);
      if (!label || label.length > MAX_BUTTON_TEXT) problems.push(`button text must be 1 to ${MAX_BUTTON_TEXT} characters ${where}`);
      if (typeof element.value === 'string' && element.value.length > MAX_BUTTON_VALUE) problems.push(`button value longer than ${MAX_BUTTON_VALUE} ${where}`);
      if (typeof element.action_id === 'string') {
        if (element.action_id.length > MAX_ID) problems.push(`action_id longer than ${MAX_ID} ${where}`);
        if (actionIds.has(element.action_id)) problems.push(`duplicate action_id ${element.action_id} ${where}`);
        actionIds.add(element.action_id);
      }
    });
  });
  return problems;
}
