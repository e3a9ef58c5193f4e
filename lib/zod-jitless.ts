import { z } from 'zod';

// Extension pages forbid eval by their content security policy. Without this, Zod's first parse
// probes `new Function`, which the browser reports as a policy violation, then falls back anyway.
z.config({ jitless: true });
