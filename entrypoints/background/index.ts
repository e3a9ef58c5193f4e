import '@/lib/zod-jitless';
import { defineBackground } from 'wxt/utils/define-background';
import { setupBadge, updateActiveBadges } from './badge';
import { setupChangeBroadcast, tellTabsPapersChanged } from './change-broadcast';
import { setupCommands } from './commands';
import { setupContextMenu } from './context-menu';
import { setupListHistory } from './list-history';
import { setupListings } from './listings';
import { setupLookupCache } from './lookup-service';
import { setupMessages } from './messages';
import { setupPackUpdates } from './pack-updates';
import { setupRanking } from './ranking';
import { setupSources } from './sources';
import { setupSync } from './sync';

export default defineBackground(() => {
  setupPackUpdates();
  setupLookupCache();
  setupMessages();
  setupListings();
  setupListHistory();
  setupRanking();
  setupChangeBroadcast();
  setupContextMenu();
  setupCommands();
  setupBadge();
  setupSync();
  setupSources(() => {
    void tellTabsPapersChanged(true);
    void updateActiveBadges();
  });
});
