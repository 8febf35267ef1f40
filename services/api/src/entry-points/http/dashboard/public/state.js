// The one state of the page: who is signed in, the chosen language and gate, and the panels' data.
export const state = {
  token: null,
  claims: null,
  lang: 'en',
  gate: '',
  data: { alerts: null, plate: null, hits: null, matches: null, policy: null, trends: null },
  /** Matches this session confirmed or dismissed, by id, until the list is loaded again. */
  decided: {},
  timer: null,
};
