// Local Slack stand-in for tests: Web API + response_url + Socket Mode on 127.0.0.1, and signed
// inbound requests (slash commands, Events API) the way Slack sends them. Implementation in ./slack/.
export { startSlackStandin } from './slack/standin.ts';
export { sendSigned, signSlackRequest } from './slack/inbound.ts';
export type {
  ApiCallRecord,
  ChannelFault,
  ChannelInfo,
  EventResult,
  InboundResult,
  JsonObject,
  MentionOptions,
  MethodHandler,
  NewMessage,
  ResponseUrlRecord,
  SendEventOptions,
  SendSignedOptions,
  SlackSocketStandin,
  SlackStandin,
  SlackEventInput,
  SlackStandinOptions,
  SlashCommandInput,
  SlashCommandResult,
  SocketAck,
  SocketAckRecord,
  SocketEventOptions,
  SocketSlashCommandAck,
  StandinFault,
  StandinRecord,
  StoredMessage,
  UserInfo,
} from './slack/types.ts';
