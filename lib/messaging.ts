import { defineExtensionMessaging } from '@webext-core/messaging';
// Types only: the content script imports this file and must not bundle Zod.
import type { LookupRequest, LookupResponse } from './messaging-schemas';

/** The whole protocol between content scripts and the background, one typed entry per message. */
export interface ProtocolMap {
  lookup(request: LookupRequest): LookupResponse;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
