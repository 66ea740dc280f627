// ChatEvent → Reply: the one place where anything that leaks from below is caught, logged and apologised for.
import { runAsk, runMention } from './commands/ask.ts';
import { helpReply, runBrief } from './commands/brief.ts';
import { runFeedback } from './commands/feedback.ts';
import type { ChatContext } from './context.ts';
import type { ChatEvent, Reply } from './types.ts';

const GREETING = /^(hi|hello|hey|help|\?)?[!.\s]*$/i;

export async function handleEvent(event: ChatEvent, context: ChatContext): Promise<Reply> {
  try {
    if (event.kind === 'command') {
      return event.name === 'ask' ? await runAsk(event, context) : await runBrief(event, context);
    }
    if (event.kind === 'feedback') return await runFeedback(event, context);
    // A bare mention ("@bot", "@bot hi") gets what the bot can do, never silence.
    if (GREETING.test(event.text.trim())) return helpReply();
    return await runMention(event, context);
  } catch (err) {
    context.log.error('chat event failed', {
      platform: event.platform,
      channelId: event.channelId,
      kind: event.kind,
      command: event.kind === 'command' ? event.name : undefined,
      err,
    });
    return {
      kind: 'notice',
      tone: 'error',
      isPrivate: true,
      text: 'Sorry, something went wrong while answering. Please try again in a moment; if it keeps happening, tell whoever runs this bot.',
    };
  }
}
