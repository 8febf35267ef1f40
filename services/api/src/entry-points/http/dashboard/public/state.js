// The one state of the page: who is signed in, the chosen language and gate, and the panels' data.
export const state = {
  token: null,
  claims: null,
  lang: 'en',
  gate: '',
  data: { alerts: null, plate: null, hits: null, policy: null, trends: null },
  timer: null,
};
