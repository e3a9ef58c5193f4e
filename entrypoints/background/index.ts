import '@/lib/zod-jitless';
import { defineBackground } from 'wxt/utils/define-background';
import { setupBadge, updateActiveBadges } from './browser-ui/badge';
import { setupChangeBroadcast, tellTabsPapersChanged } from './changes/change-broadcast';
import { setupCommands } from './browser-ui/commands';
import { setupContextMenu } from './browser-ui/context-menu';
import { setupListHistory } from './upkeep/list-history';
import { setupListings } from './answers/listings';
import { setupLookupCache } from './answers/lookup-service';
import { setupMessages } from './answers/messages';
import { setupPackUpdates } from './upkeep/pack-updates';
import { setupRanking } from './answers/ranking';
import { setupSources } from './upkeep/sources';
import { setupSync } from './upkeep/sync';

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
