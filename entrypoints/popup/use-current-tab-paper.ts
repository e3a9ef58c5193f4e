import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { parseArxivId } from '@/lib/arxiv/ids';
import { paperTitleFromTab } from '@/lib/page-reading/tab-title';

export interface TabPaper {
  id: string;
  title?: string;
}

/** The paper of the active tab, from any URL form parseArxivId knows (abs, pdf, html, Hugging Face, …). */
export function useCurrentTabPaper(): TabPaper | null {
  const [paper, setPaper] = useState<TabPaper | null>(null);
  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
      const parsed = tab?.url ? parseArxivId(tab.url) : null;
      setPaper(parsed ? { id: parsed.id, title: paperTitleFromTab(tab?.title) } : null);
    });
  }, []);
  return paper;
}
