import { defineBackground } from 'wxt/utils/define-background';
import { setupMessages } from './messages';
import { setupPackSync } from './pack-sync';

export default defineBackground(() => {
  setupPackSync();
  setupMessages();
});
