export interface TagRule {
  tag: string;
  /** Any one of them, found in a paper's title, abstract or summaries, earns the tag. */
  keywords: RegExp[];
}

/** Topic tags for the curated picks, matched on words a paper's own text uses. */
export const TAXONOMY: readonly TagRule[] = [
  { tag: 'language models', keywords: [/\blanguage models?\b/i, /\bLLMs?\b/, /\bGPT(?:-\d|\b)/] },
  { tag: 'state space models', keywords: [/\bmamba/i, /\bstate[- ]space models?\b/i, /\bSSMs?\b/] },
  { tag: 'mixture of experts', keywords: [/\bmixture[- ]of[- ]experts\b/i, /\bMoE\b/] },
  { tag: 'diffusion', keywords: [/\bdiffusion\b/i] },
  { tag: 'transformers', keywords: [/\btransformers?\b/i, /\battention (?:mechanism|heads?|layers?)\b/i] },
  { tag: 'alignment', keywords: [/\bRLHF\b/, /\bDPO\b/, /\bself-rewarding\b/i, /\breward models?\b/i, /\bhuman feedback\b/i] },
  { tag: 'quantization', keywords: [/\bquantiz/i] },
  { tag: 'model compression', keywords: [/\bcompression\b/i, /\bpruning\b/i, /\brank reduction\b/i, /\bdistillation\b/i] },
  {
    tag: 'efficient inference',
    keywords: [
      /\bKV[- ]cache/i,
      /\bspeculative decoding\b/i,
      /\bthroughput\b/i,
      /\blatency\b/i,
      /\bfaster inference\b/i,
      /\binference (?:speed|efficiency|cost)\b/i,
      /\bmemory accesses\b/i,
    ],
  },
  { tag: 'sparsity', keywords: [/\bsparsity\b/i, /\bsparse (?:neural )?(?:networks?|models?|representations?|coding)\b/i] },
  {
    tag: 'optimization',
    keywords: [/\blearning rates?\b/i, /\bgradient descent\b/i, /\bSGD\b/, /\boptimi[sz]ers?\b/i, /\btraining (?:instability|stability)\b/i],
  },
  { tag: 'scaling laws', keywords: [/\bscaling laws?\b/i, /\bscaling behaviou?r\b/i] },
  { tag: 'self-supervised learning', keywords: [/\bself-supervised\b/i] },
  { tag: 'generative models', keywords: [/\bgenerative model(?:s|ing|ling)?\b/i] },
  { tag: 'interpretability', keywords: [/\binterpretab/i, /\bmechanistic\b/i] },
  { tag: 'reasoning', keywords: [/\breasoning\b/i, /\bchain[- ]of[- ]thought\b/i] },
  { tag: 'hallucination & uncertainty', keywords: [/\bhallucinat/i, /\buncertaint/i] },
  { tag: 'tokenization', keywords: [/\btokeniz/i, /\btoken-free\b/i] },
  { tag: 'sampling & decoding', keywords: [/\bsampling (?:method|technique|strateg)/i, /\bdecoding\b/i] },
  { tag: 'multimodal', keywords: [/\bmulti-?modal/i, /\bvision[- ]language\b/i, /\btext-to-(?:image|video|audio)\b/i] },
  { tag: 'image generation', keywords: [/\bimage (?:generation|synthesis)\b/i, /\btext-to-image\b/i] },
  {
    tag: 'video',
    keywords: [/\bvideo (?:generation|diffusion|models?|editing|understanding)\b/i, /\btext-to-video\b/i, /\b(?:images?|audio), videos\b/i],
  },
  { tag: 'audio & speech', keywords: [/\baudio\b/i, /\bspeech\b/i, /\bmusic\b/i] },
  { tag: '3d vision', keywords: [/\b3D\b/, /\bgaussian splatting\b/i, /\bnovel view synthesis\b/i, /\bpoint clouds?\b/i] },
  { tag: 'computer vision', keywords: [/\bcomputer vision\b/i, /\bvision transformers?\b/i, /\bimage (?:classification|recognition)\b/i] },
  { tag: 'code generation', keywords: [/\bprogram synthesis\b/i, /\bcode generation\b/i] },
  { tag: 'agents', keywords: [/\bagents?\b/i, /\bmulti-agent\b/i] },
  { tag: 'retrieval', keywords: [/\bretriev/i, /\bRAG\b/, /\bsearch engines?\b/i] },
  { tag: 'benchmarks', keywords: [/\b(?:introduce|present|propose|release)s?\b[^.]{0,60}\bbenchmark\b/i, /\bevaluation (?:framework|suite)\b/i] },
  { tag: 'robotics', keywords: [/\brobot/i] },
  { tag: 'probabilistic models', keywords: [/\bmarkov\b/i, /\bbayesian\b/i, /\bmonte carlo\b/i, /\bstochastic process/i] },
  {
    tag: 'theory',
    keywords: [
      /\btheoretical\b/i,
      /\bprovabl[ey]\b/i,
      /\btheorem\b/i,
      /\bformal (?:learning )?theory\b/i,
      /\bmathematical (?:analysis|expression)\b/i,
    ],
  },
  { tag: 'statistics', keywords: [/\bregression\b/i, /\bclustering\b/i, /\bmixture models?\b/i] },
  { tag: 'recommender systems', keywords: [/\brecommend(?:er|ation)/i] },
  { tag: 'cognitive science', keywords: [/\bcognitive science\b/i, /\bneuroscience\b/i, /\bcomputational creativity\b/i] },
];

/** The tag of a paper none of the rules matches, so that every paper has one. */
export const FALLBACK_TAG = 'machine learning';

export function taxonomyTags(text: string): string[] {
  return TAXONOMY.filter((rule) => rule.keywords.some((keyword) => keyword.test(text))).map((rule) => rule.tag);
}
