/** Where the content script runs; the page detectors decide what, if anything, it does there. */
export const CONTENT_MATCHES = ['https://arxiv.org/*', 'https://www.arxiv.org/*', 'https://huggingface.co/*'] as const;
