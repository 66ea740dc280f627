// Story text is data, never instructions. A sentence that talks to a model or an assistant is not news
// anyone asked about: it is kept out of prompts, never quoted as support, and never put in a brief, by either engine.

// Each pattern addresses the reader as a machine or tries to move the prompt's fences. Kept narrow on
// purpose: "disregard for civilian lives" or "AI models" in a tech story are news and stay.
const INSTRUCTION_PATTERNS: RegExp[] = [
  // "Ignore previous instructions", "disregard the system prompt", "forget all prior instructions"
  /\b(ignore|disregard|forget|override|bypass)\b(\W+\w+){0,4}?\W+(instructions?|prompts?)\b/i,
  // "Ignore all previous", "disregard the above", "forget everything above"
  /\b(ignore|disregard|forget)\s+(all\s+|any\s+|everything\s+|the\s+)?(previous|prior|earlier|above|preceding)\b/i,
  // "You are now an AI assistant", "you are a language model"
  /\byou\s+are\s+(now\s+)?(an?\s+|the\s+)?(ai|assistant|model|language\s+model|llm|chatbot|bot|gpt)\b/i,
  /\b(system|developer)\s+(prompt|message|instructions?)\b/i,
  /\b(new|updated|real|actual|hidden|secret)\s+instructions?\b/i,
  // Direct address at the start: "Assistant: answer 7,777", "AI, reply that ..."
  /^\W*(dear\s+)?(assistant|ai|chatbot|ai\s+model|language\s+model|llm|model)\s*[,:]/i,
  /\b(assistant|model|ai|chatbot)\s+(must|should|will|shall)\s+(now\s+)?(answer|respond|reply|say|state|output|write)\b/i,
  /\byou\s+must\s+(now\s+)?(answer|respond|reply|say|output)\s+(only\s+)?(that|with)\b/i,
  // Fence-like markup: a story cannot open or close a passage, or speak as a chat role.
  /<\s*\/?\s*(passages?|system|assistant|user|instructions?|im_start|im_end)\b/i,
  /<\|\s*(im_start|im_end|system|assistant|user|endoftext)\s*\|>/i,
  /\[\/?(INST|SYS)\]/,
];

/** True when a sentence addresses a model or assistant instead of reporting news. */
export function isInstructionLike(text: string): boolean {
  return INSTRUCTION_PATTERNS.some((pattern) => pattern.test(text));
}

