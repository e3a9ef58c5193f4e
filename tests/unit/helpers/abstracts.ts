/** The title and abstract of 1902.02534 as its abstract page shows them (tests/fixtures/abs/abs_1902.02534_fetched-2026-07-12.html). */
export const CROCI_TITLE = 'Crowdsourcing open citations with CROCI -- An analysis of the current status of open citations, and a proposal';

export const CROCI_ABSTRACT =
  'In this paper, we analyse the current availability of open citations data in one particular dataset, namely COCI (the OpenCitations Index of Crossref open DOI-to-DOI citations; this http URL) provided by OpenCitations. ' +
  'The results of these analyses show a persistent gap in the coverage of the currently available open citation data. ' +
  'In order to address this specific issue, we propose a strategy whereby the community (e.g. scholars and publishers) can directly involve themselves in crowdsourcing open citations, by uploading their citation data via the OpenCitations infrastructure into our new index, CROCI, the Crowdsourced Open Citations Index.';
